/** PostgreSQL through Micronaut Data JDBC: rows, repositories and the stores that implement the domain ports. */
package io.hrassist.api.db;
