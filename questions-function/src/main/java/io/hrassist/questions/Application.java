package io.hrassist.questions;

import io.micronaut.runtime.Micronaut;

/** Interview-question generator function. */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
