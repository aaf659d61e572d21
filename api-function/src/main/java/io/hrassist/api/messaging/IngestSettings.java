package io.hrassist.api.messaging;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.annotation.Nullable;
import java.util.List;

/**
 * {@code hr-assist.ingest.*}: who may deliver events to the API. {@code auth} is {@code token} (a shared bearer {@code
 * token}; without one the ingest stays closed), {@code oidc} (Knative Eventing's sender identity: a JWT from the
 * cluster's issuer for this service's audience, whose subject matches one of {@code oidc.subjects}, an entry ending in
 * {@code *} matching by prefix) or {@code network} (no check: the network alone keeps strangers out).
 */
@ConfigurationProperties("hr-assist.ingest")
record IngestSettings(
        @Bindable(defaultValue = "token") String auth,
        @Nullable String token,
        @Bindable(defaultValue = "1048576") long maxResultBytes,
        @Nullable String oidcIssuer,
        @Nullable String oidcJwksUrl,
        @Nullable String oidcAudience,
        @Nullable List<String> oidcSubjects,
        @Nullable String oidcCaFile,
        @Nullable String oidcTokenFile) {}
