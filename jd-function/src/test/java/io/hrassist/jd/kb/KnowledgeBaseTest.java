package io.hrassist.jd.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.Language;
import io.hrassist.events.Seniority;
import io.hrassist.jd.domain.Role;
import io.hrassist.wording.JsonWordingCheck;
import io.hrassist.wording.Screening;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private final JsonRoleCatalog catalog = new JsonRoleCatalog(new ObjectMapper());

    @Test
    void indexListsEveryRoleFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/kb/roles"))) {
            var ids = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .toList();
            assertThat(catalog.roles()).extracting(Role::id).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void coversAtLeastFortyRolesInTenFamiliesInBothLanguages() {
        assertThat(catalog.roles()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(catalog.roles().stream().map(Role::family).distinct()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(catalog.roles()).allSatisfy(role -> {
            for (Seniority seniority : Seniority.values()) {
                for (Language language : Language.values()) {
                    assertThat(role.responsibilities(seniority, language))
                            .as(role.id())
                            .hasSizeGreaterThanOrEqualTo(5);
                }
            }
        });
    }

    @Test
    void matchesCommonTitlesToTheirRole() {
        assertThat(catalog.match("Senior Java Developer")).map(Role::id).hasValue("backend-engineer");
        assertThat(catalog.match("Тестировщик ПО")).map(Role::id).hasValue("qa-engineer");
        assertThat(catalog.match("HR Business Partner")).map(Role::id).hasValue("hr-business-partner");
        assertThat(catalog.match("Chief Happiness Wizard")).isEmpty();
    }

    @Test
    void everyTitleMatchesItsOwnRoleReadInFull() {
        for (Role role : new JsonRoleCatalog(new ObjectMapper()).roles()) {
            for (Language language : Language.values()) {
                assertThat(role.titles().get(language)).as(role.id()).isNotEmpty();
                for (String title : role.titles().get(language)) {
                    assertThat(catalog.match("  " + title.toUpperCase(java.util.Locale.ROOT) + " "))
                            .as(title)
                            .hasValueSatisfying(matched -> assertThat(matched).isEqualTo(role));
                }
            }
        }
    }

    @Test
    void roleTextsPassTheirOwnWordingCheck() {
        var screening = new Screening(new JsonWordingCheck(new ObjectMapper()), List.of());
        for (Role role : catalog.roles()) {
            for (Language language : Language.values()) {
                var texts = new ArrayList<String>();
                texts.add(role.summary().get(language));
                texts.add(role.growth().get(language));
                for (Seniority seniority : Seniority.values()) {
                    texts.addAll(role.responsibilities(seniority, language));
                }
                assertThat(texts)
                        .as(role.id() + " " + language)
                        .allSatisfy(text ->
                                assertThat(screening.flags(text, language)).isEmpty());
            }
        }
    }
}
