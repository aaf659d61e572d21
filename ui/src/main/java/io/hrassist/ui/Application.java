package io.hrassist.ui;

import io.hrassist.logging.LogFormat;
import io.micronaut.runtime.Micronaut;

/** Starts the browser UI. */
public final class Application {

    private Application() {}

    /** Starts without Micronaut's banner: every line on stdout is a log line (JSON ones with HR_ASSIST_LOG_FORMAT=json). */
    public static void main(String[] args) {
        LogFormat.check();
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
