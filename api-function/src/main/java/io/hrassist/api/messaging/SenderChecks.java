package io.hrassist.api.messaging;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link SenderCheck} that {@code hr-assist.ingest.auth} names. */
@Factory
class SenderChecks {

    private static final Logger LOG = LoggerFactory.getLogger(SenderChecks.class);

    @Singleton
    SenderCheck senderCheck(IngestSettings settings) throws MalformedURLException {
        switch (settings.auth()) {
            case "token" -> {
                if (settings.token() == null || settings.token().isBlank()) {
                    LOG.warn("The event ingest is closed: HR_ASSIST_INGEST_AUTH=token and no HR_ASSIST_INGEST_TOKEN");
                }
                return SenderCheck.token(settings.token());
            }
            case "oidc" -> {
                return new OidcSenderCheck(
                        required(settings.oidcIssuer(), "HR_ASSIST_INGEST_OIDC_ISSUER"),
                        URI.create(required(settings.oidcJwksUrl(), "HR_ASSIST_INGEST_OIDC_JWKS_URL"))
                                .toURL(),
                        required(settings.oidcAudience(), "HR_ASSIST_INGEST_OIDC_AUDIENCE"),
                        subjects(settings.oidcSubjects()),
                        path(settings.oidcCaFile()),
                        path(settings.oidcTokenFile()));
            }
            case "network" -> {
                LOG.warn("The event ingest checks no sender (HR_ASSIST_INGEST_AUTH=network): only the network keeps"
                        + " strangers away from POST /, /dead-letters and /outbox/wake");
                return SenderCheck.network();
            }
            default ->
                throw new IllegalStateException(
                        "HR_ASSIST_INGEST_AUTH must be token, oidc or network, not " + settings.auth());
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is required with HR_ASSIST_INGEST_AUTH=oidc");
        }
        return value;
    }

    private static List<String> subjects(List<String> subjects) {
        if (subjects == null || subjects.isEmpty()) {
            throw new IllegalStateException(
                    "HR_ASSIST_INGEST_OIDC_SUBJECTS is required with HR_ASSIST_INGEST_AUTH=oidc");
        }
        return subjects;
    }

    private static Path path(String file) {
        return file == null || file.isBlank() ? null : Path.of(file);
    }
}
