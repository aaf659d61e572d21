package io.hrassist.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.micronaut.data.annotation.Query;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No repository query reads {@code *}: a column the next release adds would fail this release's prepared statements
 * on open connections during a rolling update ("cached plan must not change result type", see package-info).
 */
class QueryColumnsTest {

    private static final Pattern STAR = Pattern.compile("(?i)\\bselect\\s+(distinct\\s+)?(\\w+\\.)?\\*");

    @Test
    void everyQueryNamesTheColumnsItReads() {
        List<String> queries = new ClassFileImporter()
                .importPackages("io.hrassist.api.db").stream()
                        .flatMap(type -> type.getMethods().stream())
                        .flatMap(method -> method.tryGetAnnotationOfType(Query.class).stream())
                        .map(Query::value)
                        .toList();

        assertThat(queries).as("the repositories' queries").hasSizeGreaterThan(20);
        assertThat(queries).noneMatch(query -> STAR.matcher(query).find());
        assertThat(STAR.matcher("SELECT o.* FROM outbox_event o").find()).isTrue();
    }
}
