/** The HTTP API under {@code /api/v1}: controllers, their request and response records, and problem+json errors. */
package io.hrassist.api.web;
