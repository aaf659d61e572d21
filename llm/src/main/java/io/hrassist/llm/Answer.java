package io.hrassist.llm;

import io.hrassist.events.EngineInfo;

/** What the gateway got: a checked answer from the model, or the reason the offline engine has to answer instead. */
public sealed interface Answer<T> {

    /** The engine to record: the model's, or the offline engine's marked as fallback. */
    EngineInfo engine();

    /** A checked answer of the model. */
    record Answered<T>(T value, EngineInfo engine) implements Answer<T> {}

    /** No usable answer; {@code engine} is the offline engine marked as fallback, with the model and prompt tried. */
    record Unavailable<T>(String reason, EngineInfo engine) implements Answer<T> {}
}
