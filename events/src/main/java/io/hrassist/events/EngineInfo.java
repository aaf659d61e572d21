package io.hrassist.events;

import jakarta.annotation.Nullable;

/**
 * Which engine produced a result: {@code offline} or {@code openai}, the model and prompt version where an LLM was
 * used, and whether the result is a fallback after the LLM failed.
 */
public record EngineInfo(
        String name, @Nullable String model, @Nullable String promptVersion, boolean fallback) {

    public EngineInfo {
        name = Checks.text(name, "engine.name", 50);
    }

    public static EngineInfo offline(String version) {
        return new EngineInfo("offline", null, version, false);
    }
}
