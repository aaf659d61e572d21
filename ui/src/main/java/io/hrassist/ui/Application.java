package io.hrassist.ui;

import io.hrassist.logging.LogFormat;
import io.micronaut.runtime.Micronaut;
import java.util.Map;

/** Starts the browser UI. */
public final class Application {

    private Application() {}

    /** Starts without Micronaut's banner: every line on stdout is a log line (JSON ones with HR_ASSIST_LOG_FORMAT=json). */
    public static void main(String[] args) {
        LogFormat.check();
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(Map.of("micronaut.http.client.ssl.enabled", apiOverTls(System.getenv("HR_ASSIST_API_URL"))))
                .start();
    }

    /**
     * The UI's one HTTP client talks to the API: it sets up TLS only where the API's address is {@code https} (an SSL
     * context built for nothing cost ~0.1 s of the first page after a start from zero; the chart and the launcher reach
     * the API over http).
     */
    static boolean apiOverTls(String apiUrl) {
        return apiUrl != null && apiUrl.strip().regionMatches(true, 0, "https:", 0, 6);
    }
}
