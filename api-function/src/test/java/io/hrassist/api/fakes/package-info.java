/** In-memory fakes of the domain's ports for fast domain tests, and the contract tests both they and the JDBC adapters pass. */
package io.hrassist.api.fakes;
