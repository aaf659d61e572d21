package io.hrassist.resume.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words {@link GenderedWords} knows by name, from a list beside this class ({@code gendered-words-ru.txt}): each
 * section a set of words, or of pairs (the feminine, then the masculine) where a line has two.
 */
record GenderedLexicon(Map<String, Set<String>> words, Map<String, Map<String, String>> pairs) {

    static GenderedLexicon load(String name) {
        var words = new HashMap<String, Set<String>>();
        var pairs = new HashMap<String, Map<String, String>>();
        String section = "";
        for (String line : lines(name)) {
            if (line.startsWith("[")) {
                section = line.substring(1, line.indexOf(']'));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.strip().split("\\s+");
                words.computeIfAbsent(section, s -> new HashSet<>()).addAll(List.of(parts));
                if (parts.length == 2) {
                    pairs.computeIfAbsent(section, s -> new HashMap<>()).put(parts[0], parts[1]);
                }
            }
        }
        return new GenderedLexicon(words, pairs);
    }

    /** The masculine of a short form or a word for a person («готова», «разработчица»). */
    Optional<String> named(String word) {
        return Optional.ofNullable(
                pair("short").getOrDefault(word, pair("persons").get(word)));
    }

    /** The masculine of a quality in the feminine: «ответственная», or after a linking verb «ответственной». */
    Optional<String> quality(String word, boolean afterLink) {
        for (String stem : words("qualities")) {
            if (word.equals(stem + "ая")) {
                return Optional.of(stem + ending(stem, "ый", "ий"));
            }
            if (afterLink && word.equals(stem + "ой")) {
                return Optional.of(stem + ending(stem, "ым", "им"));
            }
        }
        return Optional.empty();
    }

    /** The feminine words {@code masculine} may stand for, of those named here. */
    List<String> femininesOf(String masculine) {
        var feminines = new ArrayList<String>();
        for (String section : List.of("short", "persons")) {
            pair(section).forEach((feminine, word) -> {
                if (word.equals(masculine)) {
                    feminines.add(feminine);
                }
            });
        }
        for (String stem : words("qualities")) {
            if (masculine.equals(stem + ending(stem, "ый", "ий"))) {
                feminines.add(stem + "ая");
            } else if (masculine.equals(stem + ending(stem, "ым", "им"))) {
                feminines.add(stem + "ой");
            }
        }
        return feminines;
    }

    boolean isQuality(String word) {
        return words("qualities").stream().anyMatch(stem -> word.equals(stem + "ая"));
    }

    boolean isLink(String word) {
        return words("links").contains(word);
    }

    boolean isPreposition(String word) {
        return words("prepositions").contains(word);
    }

    boolean isNoun(String word) {
        return words("nouns").contains(word);
    }

    private Set<String> words(String section) {
        return words.getOrDefault(section, Set.of());
    }

    private Map<String, String> pair(String section) {
        return pairs.getOrDefault(section, Map.of());
    }

    /** The ending after {@code stem}: {@code soft} after г, к, х and the hushing letters, else {@code hard}. */
    private static String ending(String stem, String hard, String soft) {
        return "гкхжшчщ".indexOf(stem.charAt(stem.length() - 1)) >= 0 ? soft : hard;
    }

    private static List<String> lines(String name) {
        try (InputStream in = GenderedLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name + " beside " + GenderedLexicon.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
