package io.hrassist.events.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.GetResponse;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.hrassist.events.EventType;
import io.hrassist.events.fixtures.Fixtures;
import io.hrassist.events.rabbitmq.LeastPrivilege.Grant;
import io.hrassist.events.rabbitmq.testing.TestRabbit;
import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The least-privilege table against the real RabbitMQ: a throwaway virtual host with one user per component holding
 * exactly the table's rights, the API (declaring the topology) and the three functions (only checking it) started
 * with them. The happy path works; the resume function's user can do nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeastPrivilegeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Map<String, String> QUEUES = Map.of(
            "api", Topology.RESULTS_QUEUE,
            "jd", Topology.JOB_DESCRIPTION_QUEUE,
            "questions", Topology.QUESTION_GENERATION_QUEUE,
            "resume", Topology.RESUME_EVALUATION_QUEUE);

    private final String vhost =
            "hr-assist-test-" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = UUID.randomUUID().toString();
    private final List<ApplicationContext> contexts = new ArrayList<>();
    private URI broker;
    private boolean created;

    @BeforeAll
    void start() throws Exception {
        try (TestRabbit rabbit = TestRabbit.require()) {
            broker = URI.create(rabbit.uri());
        }
        RabbitCtl.require();
        RabbitCtl.importDefinitions(definitions());
        created = true;
        awaitLogin("resume");
        for (String component : List.of("api", "jd", "questions", "resume")) {
            contexts.add(ApplicationContext.run(properties(component), "least-privilege"));
        }
    }

    @AfterAll
    void stop() {
        contexts.forEach(ApplicationContext::close);
        if (created) {
            RabbitCtl.check("-q", "delete_vhost", vhost);
            LeastPrivilege.GRANTS.forEach(grant -> RabbitCtl.check("-q", "delete_user", user(grant.component())));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "io.hrassist.job-description.requested.v1, io.hrassist.job-description.generated.v1",
        "io.hrassist.interview-questions.requested.v1, io.hrassist.interview-questions.generated.v1",
        "io.hrassist.resume-evaluation.requested.v1, io.hrassist.resume-evaluation.completed.v1"
    })
    void eachTaskTravelsFromTheApiToItsFunctionAndBack(String request, String result) {
        String subject = "task-" + UUID.randomUUID();
        contexts.get(0).getBean(RabbitEvents.class).publish(event(request, subject));

        await().atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(LeastPrivilegeHandlers.results()).contains(result + " " + subject));
    }

    @Test
    void aFunctionAnswersARequestItCanNeverProcessWithTaskFailed() {
        String subject = LeastPrivilegeHandlers.UNPROCESSABLE + UUID.randomUUID();
        contexts.get(0)
                .getBean(RabbitEvents.class)
                .publish(event(EventType.RESUME_EVALUATION_REQUESTED.name(), subject));

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(LeastPrivilegeHandlers.results())
                        .contains(EventType.TASK_FAILED.name() + " " + subject));
    }

    @Test
    void theResumeFunctionCannotPublishATaskEvent() throws Exception {
        assertRefused(
                channel -> publish(
                        channel,
                        EventType.RESUME_EVALUATION_REQUESTED.name(),
                        EventType.RESUME_EVALUATION_REQUESTED.name()),
                "topic");
    }

    @Test
    void theResumeFunctionCannotPublishAJobDescriptionResult() throws Exception {
        assertRefused(
                channel -> publish(
                        channel,
                        EventType.JOB_DESCRIPTION_GENERATED.name(),
                        EventType.JOB_DESCRIPTION_GENERATED.name()),
                "topic");
    }

    @Test
    void aJobDescriptionResultUnderTheResumeRoutingKeyIsDeadLettered() throws Exception {
        try (Connection connection = connect("resume")) {
            Channel channel = connection.createChannel();
            channel.confirmSelect();
            publish(channel, EventType.RESUME_EVALUATION_COMPLETED.name(), EventType.JOB_DESCRIPTION_GENERATED.name());
            channel.waitForConfirmsOrDie(WAIT.toMillis());
        }
        try (Connection connection = connect("api")) {
            GetResponse dead = take(connection.createChannel(), Topology.DEAD_LETTER_QUEUE);
            assertThat(dead).as("a dead letter").isNotNull();
            assertThat(dead.getProps()
                            .getHeaders()
                            .get(RabbitEvents.ERROR_HEADER)
                            .toString())
                    .contains("routing key");
        }
        assertThat(LeastPrivilegeHandlers.results()).noneMatch(result -> result.endsWith(" forged"));
    }

    @Test
    void theResumeFunctionCannotReadAnotherQueue() throws Exception {
        for (String queue :
                List.of(Topology.JOB_DESCRIPTION_QUEUE, Topology.RESULTS_QUEUE, Topology.DEAD_LETTER_QUEUE)) {
            assertRefused(
                    channel -> channel.basicConsume(queue, new DefaultConsumer(channel)), "queue '" + queue + "'");
            assertRefused(channel -> channel.basicGet(queue, false), "queue '" + queue + "'");
        }
    }

    @Test
    void theResumeFunctionCannotDeclareBindOrDeleteAnything() throws Exception {
        String own = Topology.RESUME_EVALUATION_QUEUE;
        assertRefused(channel -> channel.queueDeclare("stolen_queue", true, false, false, Map.of()), "stolen_queue");
        assertRefused(channel -> channel.exchangeDeclare("stolen", "fanout"), "stolen");
        assertRefused(channel -> channel.queueBind(own, "hr-assist", "#"), own);
        assertRefused(channel -> channel.queueDelete(own), own);
        assertRefused(channel -> channel.exchangeDelete("hr-assist"), "hr-assist");
        assertRefused(
                channel -> channel.basicPublish(
                        "",
                        Topology.JOB_DESCRIPTION_QUEUE,
                        props(EventType.JOB_DESCRIPTION_REQUESTED.name()),
                        new byte[0]),
                "amq.default");
    }

    @Test
    void aFunctionThatMayNotDeclareFailsItsStartNamingUserVhostAndResource() {
        var properties = properties("resume");
        properties.put("hr-assist.rabbitmq.declare", true);

        assertThatThrownBy(() ->
                        ApplicationContext.run(properties, "least-privilege").close())
                .hasStackTraceContaining("RabbitMQ refused this component")
                .hasStackTraceContaining("ACCESS_REFUSED")
                .hasStackTraceContaining("user '" + user("resume") + "'")
                .hasStackTraceContaining("vhost '" + vhost + "'")
                .hasStackTraceContaining("exchange 'hr-assist'");
    }

    @Test
    void aFunctionOnAQueueItMayNotReadFailsItsStart() {
        var properties = properties("resume");
        properties.put("hr-assist.rabbitmq.queue", Topology.JOB_DESCRIPTION_QUEUE);

        assertThatThrownBy(() ->
                        ApplicationContext.run(properties, "least-privilege").close())
                .hasStackTraceContaining("RabbitMQ refused this component")
                .hasStackTraceContaining("ACCESS_REFUSED")
                .hasStackTraceContaining("user '" + user("resume") + "'")
                .hasStackTraceContaining("queue '" + Topology.JOB_DESCRIPTION_QUEUE + "'");
    }

    private interface ChannelAction {
        void run(Channel channel) throws Exception;
    }

    /** {@code action} as the resume function's user is refused by the broker, naming {@code resource}. */
    private void assertRefused(ChannelAction action, String resource) throws Exception {
        try (Connection connection = connect("resume")) {
            Channel channel = connection.createChannel();
            channel.confirmSelect();
            assertThatThrownBy(() -> {
                        action.run(channel);
                        channel.waitForConfirmsOrDie(WAIT.toMillis()); // a refused publish closes the channel
                    })
                    .satisfies(e -> assertThat(AccessRefusal.of(e))
                            .hasValueSatisfying(reason ->
                                    assertThat(reason).contains(resource).contains("user '" + user("resume") + "'")));
        }
    }

    private static void publish(Channel channel, String routingKey, String type) throws Exception {
        channel.basicPublish(
                "hr-assist",
                routingKey,
                props(type),
                Fixtures.data(EventType.named(type).orElseThrow()).getBytes(StandardCharsets.UTF_8));
    }

    private static AMQP.BasicProperties props(String type) {
        var message = AmqpCloudEvents.write(event(type, "forged"), Map.of());
        return message.properties();
    }

    private static CloudEvent event(String type, String subject) {
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create("/test"))
                .withType(type)
                .withSubject(subject)
                .withDataContentType("application/json")
                .withData(Fixtures.data(EventType.named(type).orElseThrow()).getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static GetResponse take(Channel channel, String queue) {
        return TestRabbit.take(channel, queue, WAIT);
    }

    private Map<String, Object> properties(String component) {
        Grant grant = LeastPrivilege.grant(component);
        var properties = new HashMap<String, Object>();
        properties.put("hr-assist.transport", "rabbitmq");
        properties.put(
                "rabbitmq.uri",
                "amqp://" + user(component) + ":" + password + "@" + broker.getHost() + ":" + port() + "/" + vhost);
        properties.put("hr-assist.rabbitmq.queue", QUEUES.get(component));
        properties.put("hr-assist.rabbitmq.declare", grant.declare());
        properties.put("hr-assist.rabbitmq.topology-wait", "10s");
        return properties;
    }

    private Connection connect(String component) throws Exception {
        var factory = new ConnectionFactory();
        factory.setHost(broker.getHost());
        factory.setPort(port());
        factory.setUsername(user(component));
        factory.setPassword(password);
        factory.setVirtualHost(vhost);
        return factory.newConnection("least-privilege-test");
    }

    /** Definitions import asynchronously: wait until the last user may log in. */
    private void awaitLogin(String component) {
        await().atMost(WAIT)
                .ignoreExceptions()
                .untilAsserted(() -> connect(component).close());
    }

    private int port() {
        return broker.getPort() == -1 ? 5672 : broker.getPort();
    }

    private String user(String component) {
        return vhost + "-" + component;
    }

    private String definitions() throws Exception {
        var users = new ArrayList<Map<String, Object>>();
        var permissions = new ArrayList<Map<String, Object>>();
        var topicPermissions = new ArrayList<Map<String, Object>>();
        for (Grant grant : LeastPrivilege.GRANTS) {
            String user = user(grant.component());
            users.add(Map.of("name", user, "password", password, "tags", ""));
            permissions.add(Map.of(
                    "user",
                    user,
                    "vhost",
                    vhost,
                    "configure",
                    grant.configure(),
                    "write",
                    grant.write(),
                    "read",
                    grant.read()));
            topicPermissions.add(Map.of(
                    "user",
                    user,
                    "vhost",
                    vhost,
                    "exchange",
                    "hr-assist",
                    "write",
                    grant.topicWrite(),
                    "read",
                    grant.topicRead()));
        }
        return new ObjectMapper()
                .writeValueAsString(Map.of(
                        "users", users,
                        "vhosts", List.of(Map.of("name", vhost)),
                        "permissions", permissions,
                        "topic_permissions", topicPermissions));
    }
}
