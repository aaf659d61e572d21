/** CloudEvents in and out: result ingest at {@code POST /}, dead letters, and the outbox relay to the broker. */
package io.hrassist.api.messaging;
