/**
 * Identities: users with bcrypt-hashed passwords and one role each, {@code /login} issuing session-bound JWTs, the
 * user administration and the signed-in user's own account ({@code /api/v1/users}, {@code /api/v1/me}), the first
 * admin.
 */
package io.hrassist.api.security;
