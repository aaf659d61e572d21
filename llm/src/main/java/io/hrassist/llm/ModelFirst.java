package io.hrassist.llm;

import java.util.function.Function;

/**
 * A generator's engine as configured, the same way in every function: with a model, the model first (its answers
 * checked by the {@link LlmGateway}) and the offline engine finishing when there is no usable answer, recording the
 * {@link Answer#engine()} it was given; without a model, the offline engine alone, recording its own engine. Each
 * function's {@code @Factory} builds one; the function never asks whether a model is configured.
 *
 * @param <Q> the request
 * @param <R> the result
 */
public final class ModelFirst<Q, R> implements Function<Q, R> {

    private final Function<Q, R> offline;
    private final Function<Q, R> engine;

    private ModelFirst(Function<Q, R> offline, Function<Q, R> engine) {
        this.offline = offline;
        this.engine = engine;
    }

    /**
     * @param offline the offline engine, recording its own engine
     * @param withModel the result with the model asked through {@code llm}, finished by the offline engine when the
     *     answer is {@link Answer.Unavailable}
     */
    public static <Q, R> ModelFirst<Q, R> of(LlmGateway llm, Function<Q, R> offline, Function<Q, R> withModel) {
        return new ModelFirst<>(offline, llm.enabled() ? withModel : offline);
    }

    @Override
    public R apply(Q request) {
        return engine.apply(request);
    }

    /** The offline engine alone, never the model: the cold-start warm-up answers its sample with it. */
    public R offline(Q request) {
        return offline.apply(request);
    }
}
