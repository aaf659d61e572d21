package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.hrassist.api.db.UserRepository;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A password is stored only as its bcrypt hash and never written to the log, at DEBUG on the application's and the
 * server's loggers: not when the user is created, signs in (rightly or wrongly), changes it or gets a new one.
 */
@MicronautTest(transactional = false)
class PasswordSecrecyTest extends ApiTest {

    private static final List<String> VERBOSE =
            List.of("io.hrassist", "io.micronaut.security", "io.micronaut.http.server");

    @Inject
    UserRepository users;

    @Test
    void storesOnlyABcryptHashAndNeverLogsThePassword() {
        String username = "secretive-" + UUID.randomUUID().toString().substring(0, 8);
        String created = secret("created");
        String wrong = secret("wrong");
        String changed = secret("changed");
        String reset = secret("reset");

        List<String> logged = logged(username, () -> {
            String id = call(HttpRequest.POST(
                            "/api/v1/users", Map.of("username", username, "password", created, "role", "RECRUITER")))
                    .get("id")
                    .asText();
            assertThat(hash(username)).startsWith("$2").isNotEqualTo(created);
            String token = signIn(username, created);
            statusOf(HttpRequest.POST("/login", Map.of("username", username, "password", wrong)));
            client.toBlocking()
                    .exchange(HttpRequest.PUT(
                                    "/api/v1/me/password", Map.of("oldPassword", created, "newPassword", changed))
                            .bearerAuth(token));
            assertThat(verifies(changed, hash(username))).isTrue();
            call(HttpRequest.PUT("/api/v1/users/" + id, Map.of("password", reset)));
            signIn(username, reset);
        });

        String stored = hash(username);
        assertThat(stored).matches("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}").doesNotContain(reset);
        assertThat(verifies(reset, stored)).isTrue();
        assertThat(verifies(changed, stored)).isFalse();
        assertThat(logged)
                .as("the capture works")
                .anySatisfy(line -> assertThat(line).startsWith("capture check " + username));
        assertThat(logged)
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line).doesNotContain(created, wrong, changed, reset));
    }

    /** A password no other text contains by chance. */
    private static String secret(String what) {
        return what + "-" + UUID.randomUUID().toString().replace("-", "");
    }

    private String hash(String username) {
        return users.findByUsername(username).orElseThrow().passwordHash();
    }

    private static boolean verifies(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /**
     * Every line logged while {@code work} runs (message with its arguments, MDC, stack traces), with DEBUG on; the
     * first is a check line naming {@code marker}, which shows that the capture works.
     */
    private List<String> logged(String marker, Runnable work) {
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        var capture = new ListAppender<ILoggingEvent>();
        capture.start();
        Map<String, Level> levels = new HashMap<>();
        VERBOSE.forEach(name -> {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            levels.put(name, logger.getLevel());
            logger.setLevel(Level.DEBUG);
        });
        root.addAppender(capture);
        try {
            LoggerFactory.getLogger("io.hrassist.api").debug("capture check {}", marker);
            work.run();
        } finally {
            root.detachAppender(capture);
            levels.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
        }
        return capture.list.stream().map(PasswordSecrecyTest::text).toList();
    }

    private static String text(ILoggingEvent event) {
        String thrown = event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy());
        return event.getFormattedMessage() + " " + event.getMDCPropertyMap() + " " + thrown;
    }
}
