package io.hrassist.bench.minimal;

import io.micronaut.runtime.Micronaut;

/** A minimal Micronaut HTTP app: the cold-start baseline the functions are compared with. */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start(); // as the apps start
    }
}
