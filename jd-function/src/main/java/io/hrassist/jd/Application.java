package io.hrassist.jd;

import io.micronaut.runtime.Micronaut;

/** Job-description generator function. */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
