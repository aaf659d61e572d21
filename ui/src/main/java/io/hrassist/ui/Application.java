package io.hrassist.ui;

import io.micronaut.runtime.Micronaut;

/** Starts the browser UI. */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
