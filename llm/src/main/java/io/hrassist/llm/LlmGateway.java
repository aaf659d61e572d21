package io.hrassist.llm;

import io.hrassist.events.EngineInfo;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the model for a JSON answer and checks it with the caller's reader. An invalid answer is asked for once more,
 * with what was wrong; a second invalid answer, or no answer at all, yields {@link Answer.Unavailable} so the caller's
 * offline engine answers and the result records the fallback.
 */
public final class LlmGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LlmGateway.class);

    private final LlmClient client;

    /** @param client the model, or {@link LlmClient#none()} when there is none */
    public LlmGateway(LlmClient client) {
        this.client = Objects.requireNonNull(client, "client; LlmClient.none() when there is no model");
    }

    /** Whether a model is configured at all; without one the offline engine is the engine, not a fallback. */
    public boolean enabled() {
        return client.configured();
    }

    /** @param reader parses and checks the answer text, throwing {@link InvalidAnswerException} with what is wrong */
    public <T> Answer<T> ask(Prompt prompt, Map<String, Object> variables, Function<String, T> reader) {
        if (!client.configured()) {
            return new Answer.Unavailable<>("no model configured", EngineInfo.offline(prompt.id()));
        }
        String system = prompt.system(variables);
        String user = prompt.user(variables);
        try {
            try {
                return answered(reader.apply(client.chat(system, user)), prompt);
            } catch (InvalidAnswerException first) {
                // The message goes back to the model; the log says only what kind of wrong (it may quote the resume).
                LOG.info("Invalid answer to {} ({}); asking once more", prompt.id(), first.kind());
                String again = user + "\n\nYour previous answer was not valid: " + first.getMessage()
                        + "\nAnswer again with only the JSON object described above.";
                return answered(reader.apply(client.chat(system, again)), prompt);
            }
        } catch (InvalidAnswerException e) {
            return unavailable(prompt, "invalid answer twice: " + e.kind());
        } catch (LlmUnavailableException e) {
            return unavailable(prompt, e.getMessage());
        }
    }

    private <T> Answer<T> answered(T value, Prompt prompt) {
        return new Answer.Answered<>(value, new EngineInfo("openai", client.model(), prompt.id(), false));
    }

    private <T> Answer<T> unavailable(Prompt prompt, String reason) {
        LOG.warn(
                "Model {} gave no usable answer to {}: {}; the offline engine answers",
                client.model(),
                prompt.id(),
                reason);
        return new Answer.Unavailable<>(reason, new EngineInfo("offline", client.model(), prompt.id(), true));
    }
}
