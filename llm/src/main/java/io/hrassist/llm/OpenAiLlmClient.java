package io.hrassist.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * {@link LlmClient} for any OpenAI-compatible endpoint through LangChain4j, asking for JSON-object answers. Calls time
 * out, transient failures (429, 5xx, I/O, timeouts) are retried with exponential backoff — or as long as
 * {@code Retry-After} asks, up to a minute — and a circuit breaker stops calling a failing endpoint for a while.
 */
public final class OpenAiLlmClient implements LlmClient {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_WAIT = Duration.ofMinutes(1);

    private final ChatModel chat;
    private final String model;
    private final Retry retry;
    private final CircuitBreaker breaker;

    public OpenAiLlmClient(LlmSettings settings) {
        this.model = settings.model();
        this.chat = OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey().isBlank() ? "not-needed" : settings.apiKey())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .responseFormat("json_object")
                .temperature(0.2)
                .httpClientBuilder(new RetryAfterHttpClient.Builder())
                .build();
        this.retry = Retry.of(
                "llm",
                RetryConfig.custom()
                        .maxAttempts(settings.attempts())
                        .retryOnException(OpenAiLlmClient::isTransient)
                        .intervalBiFunction(
                                (IntervalBiFunction<Object>) (attempt, outcome) -> wait(attempt, outcome.getLeft()))
                        .build());
        this.breaker = CircuitBreaker.of(
                "llm",
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(4)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(settings.breakerOpenFor())
                        .recordException(OpenAiLlmClient::isTransient)
                        .build());
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public String chat(String system, String user) {
        Supplier<ChatResponse> call = () -> chat.chat(SystemMessage.from(system), UserMessage.from(user));
        ChatResponse response;
        try {
            response = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call))
                    .get();
        } catch (CallNotPermittedException e) {
            throw new LlmUnavailableException("circuit open after repeated failures of " + model, e);
        } catch (RuntimeException e) {
            throw new LlmUnavailableException(describe(e), e);
        }
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new LlmUnavailableException("the model refused or gave an empty answer");
        }
        return text;
    }

    private static boolean isTransient(Throwable e) {
        HttpException http = httpCause(e);
        if (http != null) {
            int status = http.statusCode();
            return status == 408 || status == 409 || status == 429 || status >= 500;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }

    private static long wait(int attempt, Throwable failure) {
        HttpException http = httpCause(failure);
        if (http instanceof RetryAfterException r && r.retryAfter() != null) {
            return Math.min(r.retryAfter().toMillis(), MAX_WAIT.toMillis());
        }
        return Math.min(FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 10), MAX_WAIT.toMillis());
    }

    private static HttpException httpCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http;
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        if (e instanceof ContentFilteredException) {
            return "the model refused (content filter)"; // its words may quote the input
        }
        HttpException http = httpCause(e);
        if (http != null) {
            return "HTTP " + http.statusCode() + " from the model endpoint";
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        // A network failure says what failed; any other (a body that does not parse, …) may quote the answer: its kind
        // only.
        return root.getClass().getSimpleName()
                + (root instanceof IOException && root.getMessage() != null ? ": " + root.getMessage() : "");
    }
}
