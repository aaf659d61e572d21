package io.hrassist.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.resume.taxonomy.JsonSkillTaxonomy;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SkillTaxonomyTest {

    private final JsonSkillTaxonomy taxonomy = new JsonSkillTaxonomy(new ObjectMapper());

    @Test
    void knowsAtLeastFiveHundredSkills() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("taxonomy/skills.json")) {
            JsonNode skills = new ObjectMapper().readTree(in);
            assertThat(skills.size()).isGreaterThanOrEqualTo(500);
        }
    }

    @Test
    void resolvesAliasesInBothLanguages() {
        assertThat(taxonomy.mentions("Kubernetes", "k8s")).isEqualTo(1);
        assertThat(taxonomy.mentions("Kubernetes", "кубернетес")).isEqualTo(1);
        assertThat(taxonomy.mentions("k8s", "Kubernetes")).isEqualTo(1);
        assertThat(taxonomy.mentions("PostgreSQL", "postgres")).isEqualTo(1);
        assertThat(taxonomy.mentions("Underwater basket weaving", "Underwater basket weaving"))
                .isEqualTo(1);
        assertThat(taxonomy.mentions("Underwater basket weaving", "basket")).isZero();
    }

    @Test
    void findsInflectedMentionsInRussianAndEnglish() {
        assertThat(taxonomy.mentions("Kubernetes", "Развернул сервисы в кубернетесе и в k8s"))
                .isEqualTo(2);
        assertThat(taxonomy.mentions("PostgreSQL", "Оптимизировал запросы к постгресу"))
                .isEqualTo(1);
        assertThat(taxonomy.mentions("Microservices", "Split the monolith into a microservice per domain"))
                .isEqualTo(1);
    }

    @Test
    void keepsSymbolsApart() {
        assertThat(taxonomy.mentions("C#", "Wrote C# and Java services")).isEqualTo(1);
        assertThat(taxonomy.mentions("C++", "Wrote C# and Java services")).isZero();
        assertThat(taxonomy.mentions("Java", "Wrote JavaScript front ends")).isZero();
    }
}
