package io.hrassist.events.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import io.hrassist.events.rabbitmq.LeastPrivilege.Grant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The README's least-privilege table is the one {@link LeastPrivilegeTest} proves. */
class PermissionsTableTest {

    @Test
    void theReadmeTableIsTheTestedOne() throws Exception {
        assertThat(readmeGrants()).containsExactlyElementsOf(LeastPrivilege.GRANTS);
    }

    @SuppressWarnings("unchecked")
    private static List<Grant> readmeGrants() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Least-privilege users");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        int end = readme.indexOf("```", start);
        assertThat(section).as("the README's least-privilege section").isNotNegative();
        Map<String, Map<String, Object>> table = new Yaml().load(readme.substring(start, end));
        var grants = new ArrayList<Grant>();
        table.forEach((component, rights) -> {
            var permissions = (Map<String, String>) rights.get("permissions");
            var topic = (Map<String, String>) rights.get("topicPermissions");
            assertThat(topic.get("exchange")).isEqualTo("hr-assist");
            grants.add(new Grant(
                    component,
                    (Boolean) rights.get("declare"),
                    permissions.get("configure"),
                    permissions.get("write"),
                    permissions.get("read"),
                    topic.get("write"),
                    topic.get("read")));
        });
        return grants;
    }
}
