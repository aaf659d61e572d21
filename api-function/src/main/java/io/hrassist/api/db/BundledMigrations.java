package io.hrassist.api.db;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versions of the migrations in {@code db/migration} on the class path (in the app's jar, or a directory in
 * tests), as Flyway records them ({@code V1_2__x.sql} is {@code 1.2}). Empty whenever Flyway must decide: the folder
 * cannot be listed, or it holds a repeatable migration ({@code R__}), which has no version to compare.
 */
final class BundledMigrations {

    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9_.]+)__.*\\.sql");

    private BundledMigrations() {}

    static Set<String> versions() {
        URL folder = BundledMigrations.class.getClassLoader().getResource(LOCATION);
        try {
            return folder == null ? Set.of() : versions(names(folder));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Set.of();
        }
    }

    static Set<String> versions(List<String> fileNames) {
        Set<String> versions = new HashSet<>();
        for (String name : fileNames) {
            if (name.startsWith("R__")) {
                return Set.of();
            }
            Matcher versioned = VERSIONED.matcher(name);
            if (versioned.matches()) {
                versions.add(versioned.group(1).replace('_', '.'));
            }
        }
        return versions;
    }

    private static List<String> names(URL folder) throws IOException, URISyntaxException {
        if (folder.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(file -> file.getFileName().toString()).toList();
            }
        }
        if (folder.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            try (var file = jar.getJarFile()) {
                return file.stream()
                        .map(JarEntry::getName)
                        .filter(name -> name.startsWith(LOCATION + "/") && name.indexOf('/', LOCATION.length() + 1) < 0)
                        .map(name -> name.substring(LOCATION.length() + 1))
                        .toList();
            }
        }
        return List.of();
    }
}
