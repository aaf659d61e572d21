package io.hrassist.events.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.ConnectionFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.rabbitmq.connect.RabbitConnectionFactoryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS to RabbitMQ checks the broker's certificate and name, against the JVM's trust store or a configured CA. A TLS server with a self-signed certificate stands in for
 * the broker: the handshake is what is tested (it answers no AMQP).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifiedTlsTest {

    private static final String PASSWORD = "changeit";

    private Path keys;

    private TlsServer localhost;
    private TlsServer otherHost;

    @BeforeAll
    void startServers(@TempDir Path dir) throws Exception {
        keys = dir;
        localhost = new TlsServer(keyPair("localhost", "SAN=dns:localhost,ip:127.0.0.1"));
        otherHost = new TlsServer(keyPair("other.example", "SAN=dns:other.example"));
    }

    @AfterAll
    void stopServers() throws IOException {
        localhost.close();
        otherHost.close();
    }

    @Test
    void aCertificateNoTrustedAuthoritySignedIsRefused() throws Exception {
        ConnectionFactory factory = factory(localhost);
        VerifiedTls.verify(factory, null);

        assertThatThrownBy(factory::newConnection).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void theConfiguredAuthorityIsTrustedForItsHostName() throws Exception {
        ConnectionFactory factory = factory(localhost);
        VerifiedTls.verify(factory, keys.resolve("localhost.pem"));
        int before = localhost.handshakes.get();

        assertThatThrownBy(factory::newConnection).isNotInstanceOf(SSLHandshakeException.class);
        assertThat(localhost.handshakes.get()).isGreaterThan(before);
    }

    @Test
    void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
        ConnectionFactory factory = factory(otherHost);
        VerifiedTls.verify(factory, keys.resolve("other.example.pem"));

        assertThatThrownBy(factory::newConnection)
                .isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining("localhost");
    }

    @Test
    void theAppsConnectionFactoryTrustsTheConfiguredAuthorityForItsHostOnly() {
        try (var context = ApplicationContext.run(Map.of(
                "rabbitmq.uri",
                "amqps://guest:guest@localhost:" + otherHost.port() + "/",
                "rabbitmq.connection-timeout",
                "5000",
                "hr-assist.rabbitmq.ca-certificate",
                keys.resolve("other.example.pem").toString(),
                "hr-assist.rabbitmq.declare",
                "false"))) {
            RabbitConnectionFactoryConfig factory = context.getBean(RabbitConnectionFactoryConfig.class);

            assertThatThrownBy(factory::newConnection)
                    .isInstanceOf(SSLHandshakeException.class)
                    .hasMessageContaining("localhost");
        }
        try (var context = ApplicationContext.run(Map.of(
                "rabbitmq.uri",
                "amqps://guest:guest@localhost:" + localhost.port() + "/",
                "rabbitmq.connection-timeout",
                "5000",
                "hr-assist.rabbitmq.ca-certificate",
                keys.resolve("localhost.pem").toString(),
                "hr-assist.rabbitmq.declare",
                "false"))) {
            RabbitConnectionFactoryConfig factory = context.getBean(RabbitConnectionFactoryConfig.class);
            int before = localhost.handshakes.get();

            assertThatThrownBy(factory::newConnection).isNotInstanceOf(SSLHandshakeException.class);
            assertThat(localhost.handshakes.get()).isGreaterThan(before);
        }
    }

    private static ConnectionFactory factory(TlsServer server) throws Exception {
        var factory = new ConnectionFactory();
        factory.setUri("amqps://guest:guest@localhost:" + server.port() + "/");
        factory.setConnectionTimeout(5000);
        factory.setHandshakeTimeout(5000);
        return factory;
    }

    /** A PKCS#12 key store with a self-signed certificate for {@code name}, its certificate also as PEM. */
    private Path keyPair(String name, String extension) throws Exception {
        Path store = keys.resolve(name + ".p12");
        keytool(
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-validity",
                "2",
                "-dname",
                "CN=" + name,
                "-ext",
                extension,
                "-keystore",
                store.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                PASSWORD);
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "server",
                "-keystore",
                store.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                keys.resolve(name + ".pem").toString());
        return store;
    }

    private static void keytool(String... arguments) throws Exception {
        var command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }

    /** Accepts TLS connections, completes the handshake, then hangs up. */
    private static final class TlsServer implements AutoCloseable {

        final AtomicInteger handshakes = new AtomicInteger();
        private final SSLServerSocket socket;

        TlsServer(Path keyStore) throws Exception {
            var store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                store.load(in, PASSWORD.toCharArray());
            }
            var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(store, PASSWORD.toCharArray());
            var context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, null);
            socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0);
            var thread = new Thread(this::serve, "tls-server");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (SSLSocket client = (SSLSocket) socket.accept()) {
                    client.setSoTimeout(5000);
                    client.startHandshake();
                    handshakes.incrementAndGet();
                } catch (IOException e) {
                    // a refused handshake or a closed server: next
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
