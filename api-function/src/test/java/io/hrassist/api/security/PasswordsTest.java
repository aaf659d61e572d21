package io.hrassist.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void aHashChecksItsPasswordAndNoOther() {
        String hash = Passwords.hash("Correct-Horse-Battery-9");

        assertThat(hash).startsWith("$2a$" + Passwords.COST + "$");
        assertThat(Passwords.verify("Correct-Horse-Battery-9", hash)).isTrue();
        assertThat(Passwords.verify("Correct-Horse-Battery-8", hash)).isFalse();
        assertThat(Passwords.hash("Correct-Horse-Battery-9")).as("salted").isNotEqualTo(hash);
    }

    @Test
    void hashesStoredByTheEarlierBcryptLibraryStillCheck() {
        // made by at.favre.lib:bcrypt 0.10.2, which hashed the passwords of releases up to 0.1.0 (cost 12 then)
        assertThat(Passwords.verify(
                        "Correct-Horse-Battery-9", "$2a$12$9vY4osM5bngiMmgOXA8e9Ow0rnG.5OYDikNE3Um8ZWTKYr0tbpP1e"))
                .isTrue();
        assertThat(Passwords.verify(
                        "Пароль-кириллицей-1", "$2b$04$X8RTYufIW9A8GdHfllCC8u3gRH3HUusLVZnWlUAPOwLGMgSnnogYu"))
                .isTrue();
        assertThat(Passwords.verify(
                        "Пароль-кириллицей-2", "$2b$04$X8RTYufIW9A8GdHfllCC8u3gRH3HUusLVZnWlUAPOwLGMgSnnogYu"))
                .isFalse();
    }

    @Test
    void aMissingUserIsCheckedAgainstTheDummyHashAndFails() {
        assertThat(Passwords.verify("Correct-Horse-Battery-9", null)).isFalse();
    }

    @Test
    void aPasswordOverBcryptsLimitIsNamedTooLong() {
        assertThat(Passwords.tooLong("ä".repeat(36))).isEmpty();
        assertThat(Passwords.tooLong("ä".repeat(37)))
                .hasValueSatisfying(why -> assertThat(why).contains("72 bytes"));
    }
}
