package io.hrassist.llm;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.function.Function;

/** Reads an answer into a record whose compact constructor checks it; anything wrong becomes a retry hint. */
public final class JsonAnswers {

    private JsonAnswers() {}

    public static <T> Function<String, T> reader(ObjectMapper mapper, Class<T> type) {
        return text -> {
            try {
                T value = mapper.readValue(strip(text), type);
                if (value == null) {
                    throw new InvalidAnswerException(
                            "the answer must be a JSON object", InvalidAnswerException.Kind.WRONG_SHAPE, null);
                }
                return value;
            } catch (ValueInstantiationException e) {
                throw new InvalidAnswerException(
                        e.getCause() == null
                                ? e.getOriginalMessage()
                                : e.getCause().getMessage(),
                        InvalidAnswerException.Kind.FAILED_CHECK,
                        e);
            } catch (JsonMappingException e) {
                throw new InvalidAnswerException(e.getOriginalMessage(), InvalidAnswerException.Kind.WRONG_SHAPE, e);
            } catch (IOException e) {
                throw new InvalidAnswerException(
                        "the answer is not valid JSON", InvalidAnswerException.Kind.NOT_JSON, e);
            }
        };
    }

    /** Some models wrap JSON in a Markdown code fence even when asked not to. */
    private static String strip(String text) {
        String t = text.strip();
        if (t.startsWith("```")) {
            t = t.substring(t.indexOf('\n') + 1);
            int end = t.lastIndexOf("```");
            t = end >= 0 ? t.substring(0, end) : t;
        }
        return t;
    }
}
