package io.hrassist.ui;

/** Result event data as the functions send it (shapes as in the events module's fixtures). */
final class Results {

    static final String JD = "io.hrassist.job-description.generated.v1";
    static final String QUESTIONS = "io.hrassist.interview-questions.generated.v1";
    static final String EVALUATION = "io.hrassist.resume-evaluation.completed.v1";

    static final String JD_MARKDOWN = "# Senior Backend Engineer\\n\\nWe are looking for a rockstar engineer to build"
            + " the routing platform. <script>alert('x')</script>\\n\\n## What you bring\\n\\n- Java\\n- PostgreSQL\\n";

    private Results() {}

    static String jobDescription() {
        return """
                {"title":"Senior Backend Engineer","language":"en","markdown":"%s",
                 "sections":[],"warnings":[{"phrase":"rockstar","category":"gender-coded",
                 "reason":"Masculine-coded word that discourages some applicants.","suggestion":"skilled"}],
                 "assumptions":["Salary range not given: left out."],
                 "engine":{"name":"offline","model":null,"promptVersion":"jd-offline-1","fallback":false}}
                """.formatted(JD_MARKDOWN);
    }

    static String questions() {
        return """
                {"language":"en","questions":[%s,%s,%s],
                 "engine":{"name":"offline","model":null,"promptVersion":"questions-offline-1","fallback":false}}
                """.formatted(
                        question("How does PostgreSQL choose an index scan?", "TECHNICAL", "PostgreSQL"),
                        question("Tell me about a conflict in your team.", "BEHAVIORAL", "Teamwork"),
                        question("How do you size a Kubernetes deployment?", "TECHNICAL", "Kubernetes"));
    }

    private static String question(String text, String type, String competency) {
        return """
                {"text":"%s","type":"%s","competency":"%s","goodAnswer":["Concrete example","Trade-offs"],
                 "rubric":[{"score":1,"description":"No answer."},{"score":2,"description":"Vague."},
                 {"score":3,"description":"Basics."},{"score":4,"description":"Solid."},
                 {"score":5,"description":"Expert."}]}
                """.formatted(text, type, competency);
    }

    /** A structured kit: each question traced to its requirement, with follow-ups and red flags, and its scoring. */
    static String structuredQuestions() {
        return """
                {"language":"en","questions":[{"text":"How does PostgreSQL choose an index scan?","type":"TECHNICAL",
                 "competency":"PostgreSQL","goodAnswer":["Cost-based planner"],
                 "rubric":[{"score":1,"description":"No answer."},{"score":2,"description":"Vague."},
                 {"score":3,"description":"Basics."},{"score":4,"description":"Solid."},
                 {"score":5,"description":"Expert."}],
                 "requirement":{"name":"PostgreSQL","kind":"MUST_HAVE"},
                 "followUps":["What changes when the table is ten times larger?"],
                 "redFlags":["Adds an index to every column"]}],
                 "engine":{"name":"offline","model":null,"promptVersion":"questions-offline-2","fallback":false},
                 "scoring":{"min":1,"max":5,"notAssessedAllowed":true,"instructions":"Score against the anchors."}}
                """;
    }

    /** A job description whose warnings say how serious they are and what was done with the phrase. */
    static String checkedJobDescription() {
        return """
                {"title":"Courier","language":"en","markdown":"# Courier\\n\\nDeliver parcels across Berlin.\\n",
                 "sections":[],"warnings":[{"phrase":"under 30","category":"age",
                 "reason":"An age limit is direct age discrimination.","suggestion":"remove","severity":"UNLAWFUL",
                 "action":"REMOVED","replacement":null},{"phrase":"ninjas","category":"gender-coded",
                 "reason":"Masculine-coded jargon.","suggestion":"experts","severity":"HINT","action":"REPLACED",
                 "replacement":"experts"}],"assumptions":[],
                 "engine":{"name":"offline","model":null,"promptVersion":"jd-offline-1","fallback":false}}
                """;
    }

    /** An evaluation whose criteria give {@code score}: Java met, weighing {@code score}; Kafka missing, the rest. */
    static String evaluation(int score, String evidence, String flagType) {
        String flags = flagType == null
                ? "[]"
                : "[{\"type\":\"%s\",\"detail\":\"White text on white background.\",\"excerpt\":null}]"
                        .formatted(flagType);
        return """
                {"score":%d,"criteria":[{"name":"Java","kind":"MUST_HAVE","weight":%d,"status":"MET",
                 "evidence":["%s"]},{"name":"Kafka","kind":"NICE_TO_HAVE","weight":%d,"status":"MISSING","evidence":[]}],
                 "flags":%s,"summary":"Evaluated against the vacancy.",
                 "engine":{"name":"offline","model":null,"promptVersion":"resume-offline-1","fallback":false}}
                """.formatted(score, score, evidence, 100 - score, flags);
    }
}
