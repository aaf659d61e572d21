package io.hrassist.events.rabbitmq;

import java.util.List;

/**
 * The least-privilege table of the README (kept equal by {@link PermissionsTableTest}), as {@link LeastPrivilegeTest}
 * grants it: per component whether it declares the topology, its permissions on the virtual host and its topic
 * permissions (routing keys) on the {@code hr-assist} exchange.
 */
final class LeastPrivilege {

    static final String ALL_NAMES =
            "^(hr-assist|hr-assist\\.dead-letter|job_description_queue|question_generation_queue"
                    + "|resume_evaluation_queue|task_results_queue|dead_letter_queue)$";
    static final String EXCHANGES = "^hr-assist(\\.dead-letter)?$";
    static final String NOTHING = "^$";

    static final List<Grant> GRANTS = List.of(
            new Grant(
                    "api",
                    true,
                    ALL_NAMES,
                    ALL_NAMES,
                    ALL_NAMES,
                    "^io\\.hrassist\\.(job-description|interview-questions|resume-evaluation)\\.requested\\.v1$",
                    "^io\\.hrassist\\.(job-description\\.(requested|generated)|interview-questions\\.(requested|generated)"
                            + "|resume-evaluation\\.(requested|completed)|task\\.failed)\\.v1$"),
            function("jd", "job_description_queue", "job-description\\.generated"),
            function("questions", "question_generation_queue", "interview-questions\\.generated"),
            function("resume", "resume_evaluation_queue", "resume-evaluation\\.completed"));

    private LeastPrivilege() {}

    static Grant grant(String component) {
        return GRANTS.stream()
                .filter(grant -> grant.component().equals(component))
                .findFirst()
                .orElseThrow();
    }

    private static Grant function(String component, String queue, String result) {
        return new Grant(
                component,
                false,
                NOTHING,
                EXCHANGES,
                "^" + queue + "$",
                "^io\\.hrassist\\.(" + result + "|task\\.failed)\\.v1$",
                NOTHING);
    }

    /** One component's rights; the topic permissions apply to the {@code hr-assist} exchange. */
    record Grant(
            String component,
            boolean declare,
            String configure,
            String write,
            String read,
            String topicWrite,
            String topicRead) {}
}
