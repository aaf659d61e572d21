package io.hrassist.resume;

import io.micronaut.runtime.Micronaut;

/** Resume evaluation function. */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
