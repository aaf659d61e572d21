package io.hrassist.llm;

/**
 * The client of a function that runs offline: no model is configured ({@code openai.*} unset), so nothing is ever
 * sent anywhere and the offline engines answer as the engine of record, not as a fallback.
 */
final class OfflineLlmClient implements LlmClient {

    static final OfflineLlmClient INSTANCE = new OfflineLlmClient();

    private OfflineLlmClient() {}

    @Override
    public String model() {
        return "";
    }

    @Override
    public String chat(String system, String user) {
        throw new LlmUnavailableException("no model configured");
    }

    @Override
    public boolean configured() {
        return false;
    }
}
