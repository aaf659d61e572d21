package io.hrassist.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.CloudEventRequests;
import io.hrassist.events.fixtures.Fixtures;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code HR_ASSIST_INGEST_AUTH=oidc}: deliveries carry a JWT as Knative Eventing's sender identity sends it, checked
 * against a real JWKS endpoint (served here as the cluster's issuer would).
 */
@MicronautTest
class OidcIngestTest extends ApiTest {

    private static final String ISSUER = "https://kubernetes.default.svc.cluster.local";
    private static final String AUDIENCE = "hr-assist-api";
    private static final String DISPATCHER = "system:serviceaccount:hr-assist:hr-assist-results-oidc";

    private final RSAKey clusterKey = key("cluster");
    private final RSAKey strangerKey = key("cluster"); // same key id, other key: a forged signature
    private final HttpServer jwks = jwks(clusterKey);

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(
                "hr-assist.ingest.auth",
                "oidc",
                "hr-assist.ingest.oidc-issuer",
                ISSUER,
                "hr-assist.ingest.oidc-jwks-url",
                "http://127.0.0.1:" + jwks.getAddress().getPort() + "/openid/v1/jwks",
                "hr-assist.ingest.oidc-audience",
                AUDIENCE,
                "hr-assist.ingest.oidc-subjects",
                DISPATCHER + ",system:serviceaccount:knative-eventing:*");
    }

    @AfterAll
    void stopJwks() {
        jwks.stop(0);
    }

    @Test
    void acceptsTheDispatchersToken() throws Exception {
        var delivery = unknownTaskFailure().bearerAuth(token(clusterKey, DISPATCHER, AUDIENCE, ISSUER, 60));
        var fromKnativeEventing = unknownTaskFailure()
                .bearerAuth(
                        token(clusterKey, "system:serviceaccount:knative-eventing:pingsource", AUDIENCE, ISSUER, 60));

        // past the sender check: the event itself is judged (no such task)
        assertThat(problem(delivery, 400).get("detail").asText()).contains("No task");
        assertThat(problem(fromKnativeEventing, 400).get("detail").asText()).contains("No task");
    }

    @Test
    void refusesTokensThatAreNotTheDispatchers() throws Exception {
        assertRefused(token(clusterKey, DISPATCHER, "hr-assist-jd", ISSUER, 60), "aud");
        assertRefused(token(clusterKey, DISPATCHER, AUDIENCE, "https://evil.example", 60), "iss");
        assertRefused(token(clusterKey, DISPATCHER, AUDIENCE, ISSUER, -120), "Expired");
        assertRefused(token(strangerKey, DISPATCHER, AUDIENCE, ISSUER, 60), "Signed JWT rejected");
        assertRefused(
                token(clusterKey, "system:serviceaccount:hr-assist:hr-assist-resume", AUDIENCE, ISSUER, 60),
                "may not deliver events here");
        assertRefused(INGEST_TOKEN, "rejected");
    }

    private void assertRefused(String token, String why) throws Exception {
        assertThat(problem(unknownTaskFailure().bearerAuth(token), 401)
                        .get("detail")
                        .asText())
                .contains(why);
    }

    private static MutableHttpRequest<String> unknownTaskFailure() {
        return CloudEventRequests.binary(
                "/",
                UUID.randomUUID().toString(),
                "/hr-assist/jd-function",
                EventType.TASK_FAILED.name(),
                UUID.randomUUID().toString(),
                Fixtures.data(EventType.TASK_FAILED));
    }

    private static String token(RSAKey key, String subject, String audience, String issuer, long validSeconds) {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .issueTime(Date.from(now.minusSeconds(Math.max(0, -validSeconds) + 5)))
                .expirationTime(Date.from(now.plusSeconds(validSeconds)))
                .build();
        try {
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer jwks(RSAKey key) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/openid/v1/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
