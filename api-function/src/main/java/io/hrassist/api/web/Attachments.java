package io.hrassist.api.web;

import io.hrassist.events.DocumentType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * {@code Content-Disposition: attachment} for a file whose name came from an upload: the name loses any path, control
 * and quoting characters, gets the extension of the type the file really has, and is given twice (RFC 6266): as plain
 * ASCII for every client and UTF-8 encoded for those that read {@code filename*}.
 */
final class Attachments {

    private static final Map<String, String> EXTENSIONS = Map.of(
            DocumentType.PDF.mediaType(),
            ".pdf",
            DocumentType.DOCX.mediaType(),
            ".docx",
            DocumentType.TEXT.mediaType(),
            ".txt");
    private static final int MAX_NAME = 150;

    private Attachments() {}

    /** The header value for a file named {@code uploadedName} of {@code mediaType}. */
    static String disposition(String uploadedName, String mediaType) {
        String name = safeName(uploadedName, mediaType);
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ ()-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The uploaded name without path, control characters and quotes, ending in the extension of its real type. */
    static String safeName(String uploadedName, String mediaType) {
        String base =
                uploadedName.substring(Math.max(uploadedName.lastIndexOf('/'), uploadedName.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("[\\p{Cntrl}\"\\\\;:*?<>|]", "_").strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        String extension = EXTENSIONS.getOrDefault(mediaType, "");
        if (!clean.toLowerCase(Locale.ROOT).endsWith(extension)) {
            clean = clean + extension;
        }
        if (clean.length() > MAX_NAME) {
            clean = clean.substring(clean.length() - MAX_NAME);
        }
        return clean.length() <= extension.length() ? "resume" + extension : clean;
    }
}
