package io.hrassist.resume.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How names and lines are compared: lower case, ё as е, "1c" with a Latin c as "1с" (both are written for 1С), and a
 * colon inside a name as a space.
 * Lines keep their length, so positions found in the normalized line hold in the original.
 */
final class Names {

    private static final Pattern ONE_C = Pattern.compile("(?<![\\p{L}\\p{N}])1c(?!\\p{L})");
    /** "1С:Бухгалтерии" is "1С Бухгалтерии": a colon inside a name, so its words inflect like any others. */
    private static final Pattern INNER_COLON = Pattern.compile("(?<=[\\p{L}\\p{N}]):(?=[\\p{L}\\p{N}])");
    /** "Kubernetes (K8s)": a vacancy skill with another name of it in brackets. */
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)\\s*$");

    private Names() {}

    static String line(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            lower = text.chars()
                    .map(Character::toLowerCase)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString();
        }
        String oneC = ONE_C.matcher(lower.replace('ё', 'е')).replaceAll("1с");
        return INNER_COLON.matcher(oneC).replaceAll(" ");
    }

    static String form(String text) {
        return line(text).strip();
    }

    /** The names a vacancy skill is written with: "Kubernetes (K8s)" is "kubernetes" and "k8s". */
    static List<String> parts(String skill) {
        String own = form(skill);
        Matcher bracketed = BRACKETED.matcher(own);
        if (!bracketed.matches()) {
            return List.of(own);
        }
        var parts = new ArrayList<String>();
        parts.add(own);
        parts.add(bracketed.group(1).strip());
        for (String alias : bracketed.group(2).split("[,;/]|\\bor\\b|\\bили\\b")) {
            if (!alias.isBlank()) {
                parts.add(alias.strip());
            }
        }
        return parts;
    }
}
