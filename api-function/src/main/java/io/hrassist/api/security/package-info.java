/** Authentication: users with bcrypt-hashed passwords, {@code /login} issuing JWTs, and the first admin. */
package io.hrassist.api.security;
