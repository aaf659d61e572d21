package io.hrassist.events.rabbitmq;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** {@code rabbitmqctl} of the test RabbitMQ (it must run on this machine, as a user that may administer it). */
final class RabbitCtl {

    private RabbitCtl() {}

    /** Skips the test unless {@code rabbitmqctl} works here. */
    static void require() {
        boolean works;
        try {
            works = run("-q", "list_vhosts").exit == 0;
        } catch (IOException e) {
            works = false;
        }
        Assumptions.assumeTrue(works, "rabbitmqctl is missing or may not administer the broker: test skipped");
    }

    /** Runs {@code rabbitmqctl} with {@code arguments}; throws unless it succeeds. */
    static void check(String... arguments) {
        try {
            Result result = run(arguments);
            if (result.exit != 0) {
                throw new IllegalStateException("rabbitmqctl " + String.join(" ", arguments) + ": " + result.output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports broker definitions (users, vhosts, permissions) given as JSON, through standard input. */
    static void importDefinitions(String json) {
        try {
            Result result = runWithInput(json, "-q", "import_definitions");
            if (result.exit != 0) {
                throw new IllegalStateException("rabbitmqctl import_definitions: " + result.output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Result(int exit, String output) {}

    private static Result run(String... arguments) throws IOException {
        return runWithInput("", arguments);
    }

    private static Result runWithInput(String input, String... arguments) throws IOException {
        var command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new Result(-1, "interrupted");
        }
        return new Result(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
