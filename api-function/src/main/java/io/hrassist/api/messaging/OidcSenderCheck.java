package io.hrassist.api.messaging;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Knative Eventing's sender identity: the dispatcher presents a JWT that the cluster's issuer signed for this
 * service's audience; its subject (the sender's service account) must match one of the allowed subjects. The issuer's
 * keys are read from its JWKS URL (cached, refreshed when a token names an unknown key), with the pod's service account
 * token and the cluster CA where the URL needs them.
 */
final class OidcSenderCheck implements SenderCheck {

    private static final int TIMEOUT_MILLIS = 5000;
    private static final int JWKS_MAX_BYTES = 512 * 1024;

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final List<String> subjects;

    OidcSenderCheck(
            String issuer,
            URL jwks,
            String audience,
            List<String> subjects,
            @Nullable Path caFile,
            @Nullable Path tokenFile) {
        this.subjects = List.copyOf(subjects);
        var source = JWKSourceBuilder.create(jwks, new JwksRetriever(caFile, tokenFile))
                .build();
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), source));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat")));
    }

    @Override
    public Optional<String> refusal(@Nullable String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.of("A delivery needs an OIDC bearer token (Knative Eventing sender identity).");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(
                    authorization.substring("Bearer ".length()).strip(), null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return Optional.of("The sender's token was rejected: " + e.getMessage());
        }
        String subject = claims.getSubject();
        return subjects.stream().anyMatch(allowed -> matches(allowed, subject))
                ? Optional.empty()
                : Optional.of("Sender " + subject + " may not deliver events here.");
    }

    private static boolean matches(String allowed, String subject) {
        return allowed.endsWith("*")
                ? subject.startsWith(allowed.substring(0, allowed.length() - 1))
                : subject.equals(allowed);
    }

    /** Reads the JWKS, trusting {@code caFile} and presenting the (rotating) token in {@code tokenFile} if given. */
    private static final class JwksRetriever extends DefaultResourceRetriever {

        private final @Nullable Path tokenFile;

        JwksRetriever(@Nullable Path caFile, @Nullable Path tokenFile) {
            super(TIMEOUT_MILLIS, TIMEOUT_MILLIS, JWKS_MAX_BYTES, true, caFile == null ? null : trusting(caFile));
            this.tokenFile = tokenFile;
        }

        @Override
        public Resource retrieveResource(URL url) throws IOException {
            if (tokenFile != null) {
                setHeaders(Map.of(
                        "Authorization",
                        List.of("Bearer " + Files.readString(tokenFile).strip())));
            }
            return super.retrieveResource(url);
        }

        private static SSLSocketFactory trusting(Path caFile) {
            try (InputStream in = Files.newInputStream(caFile)) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                int i = 0;
                for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    store.setCertificateEntry("ca-" + i++, ca);
                }
                var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(store);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, trust.getTrustManagers(), null);
                return context.getSocketFactory();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the CA file " + caFile, e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot trust the CA in " + caFile, e);
            }
        }
    }
}
