/**
 * PostgreSQL through Micronaut Data JDBC: rows, repositories and the stores that implement the domain ports.
 *
 * <p>Queries name the columns they read, never {@code SELECT *}: during a rolling update this release's prepared
 * statements run beside the next release's migrations, and a column added to a table read with {@code *} fails every
 * such statement on an open connection ("cached plan must not change result type"). {@code QueryColumnsTest} holds it.
 */
package io.hrassist.api.db;
