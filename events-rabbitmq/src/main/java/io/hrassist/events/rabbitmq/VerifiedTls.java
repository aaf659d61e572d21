package io.hrassist.events.rabbitmq;

import com.rabbitmq.client.ConnectionFactory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.rabbitmq.connect.RabbitConnectionFactoryConfig;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS to RabbitMQ that checks whom it talks to, also when the broker's certificate comes from a private CA. With an
 * {@code amqps://} URI the RabbitMQ client checks the broker's certificate against the JVM's trust store; a cluster's
 * own CA would need a trust store built into the image. This trusts the CA certificates in the PEM file
 * {@code hr-assist.rabbitmq.ca-certificate} ({@code HR_ASSIST_RABBITMQ_CA_CERTIFICATE}, e.g. a mounted Secret's
 * {@code ca.crt}) instead, and always checks the host name against the certificate.
 */
@Singleton
class VerifiedTls implements BeanCreatedEventListener<RabbitConnectionFactoryConfig> {

    private final Path caCertificate;

    VerifiedTls(@Nullable @Value("${hr-assist.rabbitmq.ca-certificate:}") String caCertificate) {
        this.caCertificate = caCertificate == null || caCertificate.isBlank() ? null : Path.of(caCertificate);
    }

    @Override
    public RabbitConnectionFactoryConfig onCreated(BeanCreatedEvent<RabbitConnectionFactoryConfig> event) {
        RabbitConnectionFactoryConfig factory = event.getBean();
        verify(factory, caCertificate);
        return factory;
    }

    /** Makes {@code factory}, if it uses TLS, verify the server's certificate and host name. */
    static void verify(ConnectionFactory factory, @Nullable Path caCertificate) {
        if (!factory.isSSL()) {
            return;
        }
        factory.useSslProtocol(context(caCertificate));
        factory.enableHostnameVerification();
    }

    static SSLContext context(@Nullable Path caCertificate) {
        try {
            if (caCertificate == null) {
                return SSLContext.getDefault();
            }
            var trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates(caCertificate)) {
                trusted.setCertificateEntry("ca-" + i++, certificate);
            }
            if (i == 0) {
                throw new IllegalStateException(
                        "hr-assist.rabbitmq.ca-certificate " + caCertificate + " holds no certificate");
            }
            var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            var context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot set up TLS to RabbitMQ: " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> certificates(Path file) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read hr-assist.rabbitmq.ca-certificate " + file, e);
        }
    }
}
