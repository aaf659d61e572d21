package io.hrassist.ui.web;

import jakarta.annotation.Nullable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Where the UI may send a browser back to after signing in or switching language: a path of this site only, so that a
 * link cannot turn the UI into an open redirect. Browsers read {@code //host}, {@code /\host} and paths with tabs or
 * line breaks in them as other sites; anything but a plain absolute path with an optional query is refused.
 */
final class SitePath {

    private static final int MAX_LENGTH = 2000;
    /** Printable ASCII without space, backslash, quotes and angle brackets (percent-encoding covers the rest). */
    private static final Pattern PLAIN = Pattern.compile("/[!#-&(-;=?-\\[\\]-~]*");

    private SitePath() {}

    /** {@code target} when it is a path of this site to return to, else {@code null}. */
    static @Nullable String path(@Nullable String target) {
        if (target == null
                || target.length() > MAX_LENGTH
                || !PLAIN.matcher(target).matches()
                || target.startsWith("//")) {
            return null;
        }
        try {
            URI uri = new URI(target);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null) {
                return null;
            }
            String path = uri.getPath();
            if (path == null || path.startsWith("//")) {
                return null;
            }
            return target;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A page to open after signing in: a path of this site, but not the sign-in, sign-out or API addresses. */
    static @Nullable String afterSignIn(@Nullable String target) {
        String path = path(target);
        return path == null || isSignIn(URI.create(path).getPath()) ? null : path;
    }

    /** The path and query of a full URL this browser was at (htmx names it in {@code HX-Current-URL}). */
    static @Nullable String pathOf(@Nullable String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String path = uri.getRawPath();
            return path == null ? null : afterSignIn(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isSignIn(String path) {
        return path.equals("/login") || path.equals("/logout") || path.startsWith("/api/");
    }
}
