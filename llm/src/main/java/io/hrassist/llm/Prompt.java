package io.hrassist.llm;

import dev.langchain4j.model.input.PromptTemplate;
import io.hrassist.events.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A versioned prompt kept as a resource {@code prompts/<name>.v<version>.txt}: a system part and a user part, split by
 * a line {@code ---user---}, with {@code {{variables}}}. Its {@link #id()} is recorded in every result it produced.
 */
public record Prompt(String name, int version, String system, String user) {

    private static final String SEPARATOR = "\n---user---\n";

    public static Prompt load(String name, int version) {
        String resource = "prompts/" + name + ".v" + version + ".txt";
        try (InputStream in = Prompt.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing prompt " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf(SEPARATOR);
            if (split < 0) {
                throw new IllegalStateException("Prompt " + resource + " has no ---user--- line");
            }
            return new Prompt(
                    name,
                    version,
                    text.substring(0, split).strip(),
                    text.substring(split + SEPARATOR.length()).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language's English name ({@code English}, {@code Russian}) for a prompt's {@code {{language}}}. */
    public static String languageName(Language language) {
        return Locale.forLanguageTag(language.code()).getDisplayLanguage(Locale.ENGLISH);
    }

    /** For example {@code job-description.v1}. */
    public String id() {
        return name + ".v" + version;
    }

    String system(Map<String, Object> variables) {
        return PromptTemplate.from(system).apply(variables).text();
    }

    String user(Map<String, Object> variables) {
        return PromptTemplate.from(user).apply(variables).text();
    }
}
