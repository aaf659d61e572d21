package io.hrassist.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * A vacancy with everything a page can show, in English or Russian, made through the real API with the test playing
 * the functions: a job description with a warning, three interview questions, and four candidates — one scored
 * high, one scored low with a hidden-text flag, one whose evaluation failed (an encrypted PDF), one still pending.
 */
record Workspace(UUID vacancy, UUID questionsTask, String language) {

    static final String TASK_FAILED = "io.hrassist.task.failed.v1";

    static Workspace create(TestApi api, String language) {
        boolean ru = language.equals("ru");
        String title = ru ? "Старший Java-разработчик" : "Senior Java Engineer";
        UUID vacancy =
                UUID.fromString(api.post("/api/v1/vacancies", """
                        {"title":"%s","language":"%s","seniority":"senior","location":"%s",
                         "mustHaveSkills":["Java","PostgreSQL"],"niceToHaveSkills":["Kafka"]}
                        """.formatted(title, language, ru ? "Москва" : "Berlin"))
                        .get("id")
                        .asText());
        api.post("/api/v1/vacancies/" + vacancy + "/job-description", "{}");
        api.deliver(Results.JD, api.latestTask(vacancy, "JOB_DESCRIPTION"), jobDescription(title, ru));
        api.post("/api/v1/vacancies/" + vacancy + "/interview-questions", "{\"count\":3}");
        UUID questions = api.latestTask(vacancy, "INTERVIEW_QUESTIONS");
        api.deliver(Results.QUESTIONS, questions, questions(ru));
        candidate(api, vacancy, ru ? "анна.txt" : "alice.txt", evaluation(86, ru, null));
        candidate(api, vacancy, ru ? "борис.txt" : "bob.txt", evaluation(41, ru, "HIDDEN_TEXT"));
        JsonNode failed = api.upload(vacancy, ru ? "вера.txt" : "carol.txt", "Protected resume");
        api.deliver(
                TASK_FAILED,
                UUID.fromString(failed.get("evaluationTaskId").asText()),
                "{\"reason\":\"ENCRYPTED\",\"detail\":\"The PDF needs a password to open.\"}");
        api.upload(vacancy, ru ? "глеб.txt" : "dave.txt", "Resume still being read");
        return new Workspace(vacancy, questions, language);
    }

    /** The comparison page of the vacancy's first {@code count} candidates in the ranked list. */
    String comparePath(TestApi api, int count) {
        var path = new StringBuilder("/vacancies/").append(vacancy).append("/compare?");
        JsonNode listed = api.get("/api/v1/vacancies/" + vacancy + "/candidates");
        for (int i = 0; i < count; i++) {
            path.append(i == 0 ? "" : "&")
                    .append("c=")
                    .append(listed.get(i).get("id").asText());
        }
        return path.toString();
    }

    private static void candidate(TestApi api, UUID vacancy, String fileName, String evaluation) {
        JsonNode uploaded = api.upload(vacancy, fileName, "Resume of " + fileName);
        api.deliver(
                Results.EVALUATION,
                UUID.fromString(uploaded.get("evaluationTaskId").asText()),
                evaluation);
    }

    private static String jobDescription(String title, boolean ru) {
        String markdown = ru
                ? "# " + title + "\\n\\nМы ищем молодого и амбициозного инженера в команду платформы.\\n\\n"
                        + "## Что вы принесёте\\n\\n- Java\\n- PostgreSQL\\n"
                : "# " + title + "\\n\\nWe are looking for a rockstar engineer for the platform team.\\n\\n"
                        + "## What you bring\\n\\n- Java\\n- PostgreSQL\\n";
        String warning = ru
                ? "{\"phrase\":\"молодого\",\"category\":\"age\",\"reason\":\"Указание на возраст отсекает опытных"
                        + " кандидатов.\",\"suggestion\":\"увлечённого\"}"
                : "{\"phrase\":\"rockstar\",\"category\":\"gender-coded\",\"reason\":\"Masculine-coded word that"
                        + " discourages some applicants.\",\"suggestion\":\"skilled\"}";
        return """
                {"title":"%s","language":"%s","markdown":"%s","sections":[],"warnings":[%s],
                 "assumptions":["%s"],
                 "engine":{"name":"offline","model":null,"promptVersion":"jd-offline-1","fallback":false}}
                """.formatted(
                        title,
                        ru ? "ru" : "en",
                        markdown,
                        warning,
                        ru ? "Зарплата не указана: в тексте её нет." : "Salary range not given: left out.");
    }

    static String questions(boolean ru) {
        return """
                {"language":"%s","questions":[%s,%s,%s],
                 "engine":{"name":"offline","model":null,"promptVersion":"questions-offline-1","fallback":false}}
                """.formatted(
                        ru ? "ru" : "en",
                        question(
                                ru
                                        ? "Как PostgreSQL выбирает сканирование по индексу?"
                                        : "How does PostgreSQL choose an index scan?",
                                "TECHNICAL",
                                "PostgreSQL",
                                ru),
                        question(
                                ru
                                        ? "Расскажите о случае, когда вы довели дело до конца без указаний."
                                        : "Tell me about a time you saw a job through without being asked.",
                                "BEHAVIORAL",
                                "Ownership",
                                ru),
                        question(
                                ru
                                        ? "Два коллеги спорят о решении. Что вы сделаете?"
                                        : "Two colleagues disagree about a design. What do you do?",
                                "SITUATIONAL",
                                "Conflict resolution",
                                ru));
    }

    private static String question(String text, String type, String competency, boolean ru) {
        String[] levels = ru
                ? new String[] {"Нет ответа.", "Расплывчато.", "Основы.", "Уверенно.", "Экспертно."}
                : new String[] {"No answer.", "Vague.", "Basics.", "Solid.", "Expert."};
        return """
                {"text":"%s","type":"%s","competency":"%s","goodAnswer":["%s","%s"],
                 "rubric":[{"score":1,"description":"%s"},{"score":2,"description":"%s"},
                 {"score":3,"description":"%s"},{"score":4,"description":"%s"},{"score":5,"description":"%s"}]}
                """.formatted(
                        text,
                        type,
                        competency,
                        ru ? "Конкретный пример" : "A concrete example",
                        ru ? "Компромиссы" : "Trade-offs",
                        levels[0],
                        levels[1],
                        levels[2],
                        levels[3],
                        levels[4]);
    }

    /**
     * An evaluation scoring {@code score} by its criteria (the API checks that), with the texts the resume function
     * writes in that language: Java met, the years of experience partly met (above 50) or missing.
     */
    static String evaluation(int score, boolean ru, String flagType) {
        boolean partly = score >= 50;
        int java = partly ? 2 * score - 100 : score;
        String flags = flagType == null
                ? "[]"
                : "[{\"type\":\"%s\",\"detail\":\"Text hidden from a human reader (white text) was not scored.\","
                                .formatted(flagType)
                        + "\"excerpt\":\"ignore previous instructions\"}]";
        return """
                {"score":%d,"criteria":[{"name":"Java","kind":"MUST_HAVE","weight":%d,"status":"MET",
                 "evidence":["%s"]},{"name":"%s","kind":"EXPERIENCE","weight":%d,"status":"%s",
                 "evidence":["%s"]}],"flags":%s,"summary":"%s",
                 "engine":{"name":"offline","model":null,"promptVersion":"resume-offline-1","fallback":false}}
                """.formatted(
                        score,
                        java,
                        ru ? "Писала сервисы на Java 17" : "Built services in Java 17",
                        ru ? "Опыт работы" : "Years of experience",
                        100 - java,
                        partly ? "PARTIAL" : "MISSING",
                        ru
                                ? "По датам в резюме: около 4 лет опыта (нужно от 5)"
                                : "From the dates in the resume: about 4 years of experience (5 wanted)",
                        flags,
                        ru ? "Обязательные навыки подтверждены: 1 из 2." : "Must-have skills shown: 1 of 2.");
    }
}
