package io.hrassist.events.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.ShutdownSignalException;
import java.util.Optional;

/**
 * The broker's ACCESS_REFUSED (reply code 403): a user without the rights it needs, which no retry can fix. Its text
 * names the resource, the virtual host and the user ("access to queue 'q' in vhost 'v' refused for user 'u'").
 */
final class AccessRefusal {

    private AccessRefusal() {}

    /** The broker's reason when {@code error} (or one of its causes) is an ACCESS_REFUSED. */
    static Optional<String> of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ShutdownSignalException signal
                    && signal.getReason() instanceof AMQP.Channel.Close close
                    && close.getReplyCode() == AMQP.ACCESS_REFUSED) {
                return Optional.of(close.getReplyText());
            }
        }
        return Optional.empty();
    }

    /** The start failure for a refusal, saying where the rights are listed. */
    static IllegalStateException failure(String reason) {
        return new IllegalStateException("RabbitMQ refused this component: " + reason
                + ". Give its user the permissions in the least-privilege table of the events-rabbitmq README"
                + " (or set HR_ASSIST_RABBITMQ_DECLARE=false if it should not declare the topology).");
    }
}
