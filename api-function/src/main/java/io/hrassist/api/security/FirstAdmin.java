package io.hrassist.api.security;

import io.hrassist.api.domain.AccountStore;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start (no users yet) creates the {@code admin} user with {@code HR_ASSIST_ADMIN_PASSWORD}, or with a
 * generated password written to {@code HR_ASSIST_ADMIN_PASSWORD_FILE} (owner-only; never to a log or the console).
 * Replicas that start together create one admin: the insert does nothing where the name exists.
 */
@Singleton
class FirstAdmin implements ApplicationEventListener<StartupEvent> {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountStore users;
    private final String configuredPassword;
    private final String passwordFile;

    FirstAdmin(
            AccountStore users,
            @Value("${hr-assist.admin.password:}") String configuredPassword,
            @Value("${hr-assist.admin.password-file:}") String passwordFile) {
        this.users = users;
        this.configuredPassword = configuredPassword;
        this.passwordFile = passwordFile;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (users.count() > 0) {
            return;
        }
        String password = configuredPassword.isBlank() ? generated() : configuredPassword;
        Passwords.weakness(password).ifPresent(weakness -> {
            throw new IllegalStateException("HR_ASSIST_ADMIN_PASSWORD is too weak: " + weakness);
        });
        boolean created = users.insertIfAbsent(
                UUID.randomUUID(), USERNAME, Passwords.hash(password), "ADMIN,RECRUITER", Instant.now());
        if (created) {
            LOG.info("Created the first user '{}'", USERNAME);
        }
    }

    private String generated() {
        if (passwordFile.isBlank()) {
            throw new IllegalStateException("No users yet: set HR_ASSIST_ADMIN_PASSWORD (at least "
                    + Passwords.MIN_LENGTH + " characters), or HR_ASSIST_ADMIN_PASSWORD_FILE to have one generated");
        }
        String password = Passwords.generate();
        Path file = Path.of(passwordFile);
        try {
            Files.writeString(file, password + "\n", StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the admin password to " + file, e);
        }
        LOG.info("Generated the password of '{}' into {}", USERNAME, file);
        return password;
    }
}
