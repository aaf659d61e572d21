package io.hrassist.events.rabbitmq;

import com.rabbitmq.client.AMQP;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.CloudEventUtils;
import io.cloudevents.core.data.BytesCloudEventData;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.core.message.MessageWriter;
import io.cloudevents.core.message.impl.BaseGenericBinaryMessageReaderImpl;
import io.cloudevents.core.message.impl.GenericStructuredMessageReader;
import io.cloudevents.core.message.impl.MessageUtils;
import io.cloudevents.rw.CloudEventContextWriter;
import io.cloudevents.rw.CloudEventRWException;
import io.cloudevents.rw.CloudEventWriter;
import jakarta.annotation.Nullable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * CloudEvents in AMQP 0-9-1 messages, as the CloudEvents AMQP binding lays them out: in binary mode every attribute is
 * an application header named {@code cloudEvents:<attribute>}, {@code datacontenttype} is the message's content type
 * and the data is the body; structured mode ({@code application/cloudevents+json}) is read too. Events therefore look
 * the same over HTTP and over RabbitMQ.
 */
public final class AmqpCloudEvents {

    static final String PREFIX = "cloudEvents:";
    private static final String SPEC_VERSION = PREFIX + "specversion";

    private AmqpCloudEvents() {}

    /** A message's properties and body in binary mode. */
    public record Message(AMQP.BasicProperties properties, byte[] body) {}

    /** The event in a message; throws {@link CloudEventRWException} when the message does not hold a valid one. */
    public static CloudEvent read(AMQP.BasicProperties properties, @Nullable byte[] body) {
        Map<String, Object> headers = properties.getHeaders() == null ? Map.of() : properties.getHeaders();
        byte[] payload = body == null ? new byte[0] : body;
        MessageReader reader = MessageUtils.parseStructuredOrBinaryMessage(
                properties::getContentType,
                format -> new GenericStructuredMessageReader(format, payload),
                () -> text(headers.get(SPEC_VERSION)),
                version -> new BinaryReader(version, properties.getContentType(), headers, payload));
        return reader.toEvent();
    }

    /**
     * The message for {@code event} in binary mode: persistent, its id as message id, {@code extraHeaders} beside the
     * event's own.
     */
    public static Message write(CloudEvent event, Map<String, Object> extraHeaders) {
        var writer = new BinaryWriter();
        writer.headers.putAll(extraHeaders);
        CloudEventUtils.toReader(event).read(writer);
        var properties = new AMQP.BasicProperties.Builder()
                .contentType(writer.contentType)
                .deliveryMode(2)
                .messageId(event.getId())
                .headers(Map.copyOf(writer.headers))
                .build();
        return new Message(properties, writer.body);
    }

    static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString(); // AMQP strings arrive as LongString
    }

    private static final class BinaryReader extends BaseGenericBinaryMessageReaderImpl<String, Object> {

        private final @Nullable String contentType;
        private final Map<String, Object> headers;

        BinaryReader(SpecVersion version, @Nullable String contentType, Map<String, Object> headers, byte[] body) {
            super(version, body.length == 0 ? null : BytesCloudEventData.wrap(body));
            this.contentType = contentType;
            this.headers = headers;
        }

        @Override
        protected boolean isContentTypeHeader(String key) {
            return key.equals("content-type");
        }

        @Override
        protected boolean isCloudEventsHeader(String key) {
            return key.startsWith(PREFIX) && key.length() > PREFIX.length();
        }

        @Override
        protected String toCloudEventsKey(String key) {
            return key.substring(PREFIX.length());
        }

        @Override
        protected void forEachHeader(BiConsumer<String, Object> fn) {
            if (contentType != null) {
                fn.accept("content-type", contentType);
            }
            headers.forEach(fn);
        }

        @Override
        protected String toCloudEventsValue(Object value) {
            return text(value);
        }
    }

    private static final class BinaryWriter
            implements MessageWriter<BinaryWriter, BinaryWriter>, CloudEventWriter<BinaryWriter> {

        private final Map<String, Object> headers = new HashMap<>();
        private @Nullable String contentType;
        private byte[] body = new byte[0];

        @Override
        public BinaryWriter create(SpecVersion version) {
            headers.put(SPEC_VERSION, version.toString());
            return this;
        }

        @Override
        public CloudEventContextWriter withContextAttribute(String name, String value) {
            if (name.equals("datacontenttype")) {
                contentType = value;
            } else if (!name.equals("specversion")) {
                headers.put(PREFIX + name, value);
            }
            return this;
        }

        @Override
        public BinaryWriter end(CloudEventData data) {
            body = data.toBytes();
            return this;
        }

        @Override
        public BinaryWriter end() {
            return this;
        }

        @Override
        public BinaryWriter setEvent(EventFormat format, byte[] value) {
            throw new UnsupportedOperationException("binary mode only");
        }
    }
}
