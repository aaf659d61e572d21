package io.hrassist.llm;

import dev.langchain4j.exception.HttpException;
import jakarta.annotation.Nullable;
import java.time.Duration;

/** An HTTP error answer of the model endpoint, with the wait its {@code Retry-After} header asked for. */
final class RetryAfterException extends HttpException {

    private final @Nullable Duration retryAfter;

    RetryAfterException(int statusCode, String message, @Nullable Duration retryAfter) {
        super(statusCode, message);
        this.retryAfter = retryAfter;
    }

    @Nullable
    Duration retryAfter() {
        return retryAfter;
    }
}
