package io.hrassist.api.security;

import io.hrassist.api.db.UserRepository;
import io.hrassist.api.db.UserRow;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start (no users yet) creates the {@code admin} user with {@code HR_ASSIST_ADMIN_PASSWORD}, or with a
 * generated password that is printed once to the console and never logged again.
 */
@Singleton
class FirstAdmin implements ApplicationEventListener<StartupEvent> {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserRepository users;
    private final String configuredPassword;

    FirstAdmin(UserRepository users, @Value("${hr-assist.admin.password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? Passwords.generate() : configuredPassword;
        if (password.length() < 8) {
            throw new IllegalStateException("HR_ASSIST_ADMIN_PASSWORD must have at least 8 characters");
        }
        users.save(
                new UserRow(UUID.randomUUID(), USERNAME, Passwords.hash(password), "ADMIN,RECRUITER", Instant.now()));
        if (generated) {
            System.out.println("HR Assist: created user 'admin' with password " + password
                    + " (shown once; set HR_ASSIST_ADMIN_PASSWORD to choose it)");
        }
        LOG.info("Created the first user '{}'", USERNAME);
    }
}
