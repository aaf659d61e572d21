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
        assertThat(taxonomy.surfaceForms("Kubernetes")).contains("k8s", "кубернетес");
        assertThat(taxonomy.surfaceForms("k8s")).contains("kubernetes");
        assertThat(taxonomy.surfaceForms("PostgreSQL")).contains("postgres");
        assertThat(taxonomy.surfaceForms("Underwater basket weaving")).containsExactly("underwater basket weaving");
    }
}
