/** Core API of HR Assist: REST and auth, PostgreSQL state, the outbox relay and the result-event ingest. */
package io.hrassist.api;
