package io.hrassist.api;

import io.hrassist.logging.LogFormat;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Core API of HR Assist. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "HR Assist API",
                        version = "1",
                        description =
                                "Vacancies, job descriptions, interview questions and explainable resume evaluation.",
                        license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    /**
     * The bootstrap context reads bootstrap-k8s.yml for the Kubernetes config client, on only where the chart turns it
     * on; otherwise Micronaut would look through every jar for a bootstrap property source at each start.
     */
    private static final boolean KUBERNETES_CONFIG = Boolean.parseBoolean(System.getenv("HR_ASSIST_KUBERNETES_CONFIG"));

    private Application() {}

    /** Starts without Micronaut's banner: every line on stdout is a log line (JSON ones with HR_ASSIST_LOG_FORMAT=json). */
    public static void main(String[] args) {
        LogFormat.check();
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .bootstrapEnvironment(KUBERNETES_CONFIG)
                .start();
    }
}
