/** The one-command local system: PostgreSQL, each function as its own process, and a Knative-like local broker. */
package io.hrassist.local;
