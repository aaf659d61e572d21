package io.hrassist.api.security;

import io.hrassist.api.domain.Account;
import io.hrassist.api.domain.AccountStore;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Slows password guessing down before any hash is computed: an account is locked after {@code account-failures} wrong
 * passwords in a row (for 30 s, doubling with every further failure, at most 15 min; kept in PostgreSQL so every
 * replica sees it), a client address may fail {@code address-failures} times per {@code window}, and at most {@code
 * concurrent-checks} bcrypt checks run at once (each costs ~0.1 s of a core at cost 10), so sign-in cannot starve the API.
 *
 * <p>Behind the UI every sign-in comes from the UI's address; the UI names the client in {@code
 * client-address-header} (set it only where nothing but the UI reaches the API), else the socket's peer counts.
 */
@Singleton
class LoginThrottle {

    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private final AccountStore users;
    private final Clock clock;
    private final int accountFailures;
    private final int addressFailures;
    private final Duration window;
    private final Semaphore checks;
    private final String clientAddressHeader;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    LoginThrottle(
            AccountStore users,
            Clock clock,
            @Value("${hr-assist.login.account-failures:5}") int accountFailures,
            @Value("${hr-assist.login.address-failures:20}") int addressFailures,
            @Value("${hr-assist.login.window:10m}") Duration window,
            @Value("${hr-assist.login.concurrent-checks:2}") int concurrentChecks,
            @Value("${hr-assist.login.client-address-header:}") String clientAddressHeader) {
        this.users = users;
        this.clock = clock;
        this.accountFailures = accountFailures;
        this.addressFailures = addressFailures;
        this.window = window;
        this.checks = new Semaphore(concurrentChecks, true);
        this.clientAddressHeader = clientAddressHeader;
    }

    /** The address whose failures count: the one the UI names, else the connection's peer. */
    String clientAddress(HttpRequest<?> request) {
        String named =
                clientAddressHeader.isBlank() ? null : request.getHeaders().get(clientAddressHeader);
        return named != null && !named.isBlank() && named.length() <= 100
                ? named.strip()
                : request.getRemoteAddress().getAddress().getHostAddress();
    }

    /** How long {@code address} or {@code user} must wait before trying again, if they must. */
    Optional<Duration> wait(String address, Optional<Account> user) {
        Instant now = clock.instant();
        Optional<Duration> addressWait = addressWait(address, now);
        if (addressWait.isPresent()) {
            return addressWait;
        }
        return user.map(Account::lockedUntil)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** Runs a password check when a slot is free within a second; empty when sign-in is too busy. */
    Optional<Boolean> check(BooleanSupplier passwordCheck) throws InterruptedException {
        if (!checks.tryAcquire(1, TimeUnit.SECONDS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(passwordCheck.getAsBoolean());
        } finally {
            checks.release();
        }
    }

    void failed(String address, Optional<Account> user) {
        Instant now = clock.instant();
        Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            failures.addLast(now);
        }
        user.ifPresent(u -> {
            int count = u.failedLogins() + 1;
            users.updateLoginFailures(u.username(), count, count >= accountFailures ? now.plus(lock(count)) : null);
        });
    }

    void succeeded(Account user) {
        if (user.failedLogins() > 0 || user.lockedUntil() != null) {
            users.updateLoginFailures(user.username(), 0, null);
        }
    }

    private Duration lock(int failures) {
        int doublings = Math.min(failures - accountFailures, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private Optional<Duration> addressWait(String address, Instant now) {
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
                failures.removeFirst();
            }
            if (failures.isEmpty()) {
                failuresByAddress.remove(address, failures);
                return Optional.empty();
            }
            return failures.size() >= addressFailures
                    ? Optional.of(Duration.between(now, failures.peekFirst().plus(window)))
                    : Optional.empty();
        }
    }
}
