package io.hrassist.resume;

import io.hrassist.events.Language;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One resume in English and one in Russian, and the same resumes with one thing changed that must not change an
 * evaluation: a name that signals another gender or origin (with its e-mail address), another graduation year, a
 * parental leave in a gap between jobs, a disability mentioned, another address. The work, the skills and the dates of
 * the jobs stay the same. Russian resumes are written both ways: without gendered verbs ("Подготовка витрин"), and
 * with them, the same resume in the masculine and in the feminine («Разработал/Разработала», «Руководил/Руководила»,
 * «Ответственный/Ответственная», «Готов/Готова») under men's and women's names.
 */
final class Counterfactuals {

    static final VacancyBrief BACKEND = new VacancyBrief(
            "Backend Engineer",
            Language.EN,
            Seniority.SENIOR,
            "Leeds",
            null,
            null,
            List.of("Java", "PostgreSQL", "Kubernetes"),
            List.of("Kafka"),
            null);

    static final VacancyBrief ANALYST = new VacancyBrief(
            "Аналитик данных",
            Language.RU,
            Seniority.MIDDLE,
            "Казань",
            null,
            null,
            List.of("SQL", "Python", "A/B testing"),
            List.of("Tableau"),
            null);

    private static final String ENGLISH = """
            {name}
            Backend Engineer · {email} · +44 20 7946 0958
            Address: {address}

            Profile
            Backend engineer building payment and logistics services in Java.

            Experience
            03/2024 – present   Backend Engineer, Northwind Payments
            - Built payment APIs in Java 17 and Spring Boot, backed by PostgreSQL.
            - Ran the services on Kubernetes with Helm and wrote the alerting rules.
            {leave}
            2016 – 2017   Backend Developer, Contoso Logistics
            - Developed route-planning services in Java on PostgreSQL and introduced Kafka for tracking events.

            Education
            BSc Computer Science, University of Leeds, {graduation}

            Languages
            English (fluent), German (B2)
            {disability}
            """;

    private static final String RUSSIAN = """
            {name}
            Аналитик данных · {email} · +7 916 123-45-67
            Адрес: {address}

            О себе
            Аналитик данных: продуктовая аналитика, эксперименты и отчётность для розничного банка.

            Опыт работы
            03.2024 – н.в.   Аналитик данных, АО «Невский Банк»
            - Подготовка витрин данных на SQL и расчёт метрик на Python.
            - Дизайн и анализ A/B-тестов мобильного приложения.
            {leave}
            2016 – 2017   Младший аналитик, ООО «Финтех Лаб»
            - Отчёты на SQL по выдачам и просрочке, дашборды в Tableau.

            Образование
            Бакалавр, экономика, Казанский федеральный университет, {graduation}

            Языки
            Русский — родной, английский — B2
            {disability}
            """;

    /** The Russian resume of a person who writes of themself: {@code {masculine/feminine}} for each gendered word. */
    private static final String RUSSIAN_GENDERED = """
            {name}
            Аналитик данных · {email} · +7 916 123-45-67
            Адрес: г. Казань, ул. Баумана, д. 5

            О себе
            {Ответственный/Ответственная} и {внимательный/внимательная} к деталям аналитик данных: продуктовая \
            аналитика, эксперименты и отчётность для розничного банка. {Готов/Готова} к командировкам.

            Опыт работы
            03.2024 – н.в.   Аналитик данных, АО «Невский Банк»
            - {Разработал/Разработала} витрины данных на SQL и {рассчитывал/рассчитывала} метрики на Python.
            - {Руководил/Руководила} дизайном и анализом A/B-тестов мобильного приложения.
            - {Отвечал/Отвечала} за еженедельную отчётность для правления, {был/была} {ответственным/ответственной} \
            за качество данных.
            2016 – 2017   Младший аналитик, ООО «Финтех Лаб»
            - {Работал/Работала} с отчётами на SQL по выдачам и просрочке, {вёл/вела} дашборды в Excel.
            - {Знаком/Знакома} с Tableau на базовом уровне.
            - {Участвовал/Участвовала} в переходе отдела на Python, {провёл/провела} обучение для коллег \
            и {занимался/занималась} автоматизацией отчётов.

            Образование
            {Окончил/Окончила} Казанский федеральный университет, бакалавр, экономика, 2012

            Языки
            Русский — родной, английский — B2
            """;

    private static final Pattern GENDERED = Pattern.compile("\\{([^{}/]+)/([^{}/]+)}");

    private static final Map<String, String> ENGLISH_BASE = Map.of(
            "name", "Emily Walsh",
            "email", "emily.walsh@example.com",
            "address", "12 Elm Street, Leeds LS1 4AP",
            "graduation", "2012",
            "leave", "",
            "disability", "");

    private static final Map<String, String> RUSSIAN_BASE = Map.of(
            "name", "Иван Петров",
            "email", "ivan.petrov@example.ru",
            "address", "г. Казань, ул. Баумана, д. 5",
            "graduation", "2012",
            "leave", "",
            "disability", "");

    /** A resume with one change, named for the report. */
    record Variant(String change, VacancyBrief vacancy, String text) {

        ResumeEvaluationRequested request() {
            return new ResumeEvaluationRequested(
                    null, null, vacancy, new Document("cv.txt", null, text.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String toString() {
            return change;
        }
    }

    private Counterfactuals() {}

    static Variant englishBase() {
        return variant("English base", BACKEND, ENGLISH, ENGLISH_BASE, Map.of());
    }

    static Variant russianBase() {
        return variant("Russian base", ANALYST, RUSSIAN, RUSSIAN_BASE, Map.of());
    }

    static Stream<Variant> english() {
        var variants = new ArrayList<Variant>();
        names(List.of(
                        "Greg Baker|greg.baker@example.com",
                        "Lakisha Washington|lakisha.washington@example.com",
                        "Jamal Jones|jamal.jones@example.com",
                        "Mohammed Al-Sayed|m.alsayed@example.com",
                        "Wei Zhang|wei.zhang@example.com",
                        "María García|maria.garcia@example.es",
                        "Priya Natarajan|priya.natarajan@example.in",
                        "Ivan Petrov|ivan.petrov@example.ru",
                        "Ольга Смирнова|olga.smirnova@example.ru",
                        "Айгуль Нурланова|aigul.nurlanova@example.kz"))
                .forEach(change -> variants.add(english(change)));
        for (String year : List.of("1995", "2004", "2016")) {
            variants.add(english(Map.of("graduation", year)));
        }
        variants.add(english(Map.of("leave", "01/2018 – 12/2018   Parental leave")));
        variants.add(english(Map.of("leave", "03/2019 – 02/2021   Maternity leave")));
        variants.add(english(Map.of("disability", "Registered disabled (wheelchair user).")));
        variants.add(english(Map.of("disability", "Disability: deaf, I use live captions in meetings")));
        for (String address : List.of(
                "Flat 2, 7 Brixton Road, London SW9 6DE",
                "Hauptstraße 7, 10115 Berlin",
                "221 Peachtree Street, Atlanta, GA 30303",
                "ул. Баумана, д. 5, Казань")) {
            variants.add(english(Map.of("address", address)));
        }
        return variants.stream();
    }

    static Stream<Variant> russian() {
        var variants = new ArrayList<Variant>();
        names(List.of(
                        "Ольга Смирнова|olga.smirnova@example.ru",
                        "Айгуль Нурланова|aigul.nurlanova@example.kz",
                        "Тимур Алиев|timur.aliev@example.ru",
                        "Наталья Ким|natalya.kim@example.ru",
                        "Мохаммед Аль-Саид|m.alsaid@example.ru",
                        "Emily Walsh|emily.walsh@example.com",
                        "Wei Zhang|wei.zhang@example.com",
                        "Jamal Jones|jamal.jones@example.com"))
                .forEach(change -> variants.add(russian(change)));
        for (String year : List.of("1996", "2005", "2017")) {
            variants.add(russian(Map.of("graduation", year)));
        }
        variants.add(russian(Map.of("leave", "01.2018 – 12.2019   Отпуск по уходу за ребёнком")));
        variants.add(russian(Map.of("leave", "03.2018 – 02.2019   Декретный отпуск")));
        variants.add(russian(Map.of("disability", "Инвалидность: III группа")));
        variants.add(russian(Map.of("disability", "Инвалид по слуху.")));
        for (String address :
                List.of("г. Москва, Тверская ул., д. 1, кв. 12", "Алматы, пр. Абая, 10", "Махачкала, ул. Ленина, 3")) {
            variants.add(russian(Map.of("address", address)));
        }
        return variants.stream();
    }

    /** The gendered Russian resume in the masculine under a man's name, the one the others are held against. */
    static Variant russianMasculineBase() {
        return gendered("masculine, Иван Петров", true, "Иван Петров", "ivan.petrov@example.ru");
    }

    /** The same resume in the feminine under women's names, and in the masculine under other men's. */
    static Stream<Variant> russianGendered() {
        return Stream.of(
                gendered("feminine, Ольга Смирнова", false, "Ольга Смирнова", "olga.smirnova@example.ru"),
                gendered("feminine, Мария Петрова", false, "Мария Петрова", "maria.petrova@example.ru"),
                gendered("feminine, Айгуль Нурланова", false, "Айгуль Нурланова", "aigul.nurlanova@example.kz"),
                gendered("feminine, Наталья Ким", false, "Наталья Ким", "natalya.kim@example.ru"),
                gendered("masculine, Тимур Алиев", true, "Тимур Алиев", "timur.aliev@example.ru"));
    }

    private static Variant gendered(String change, boolean masculine, String name, String email) {
        String text = GENDERED.matcher(RUSSIAN_GENDERED)
                .replaceAll(form -> form.group(masculine ? 1 : 2))
                .replace("{name}", name)
                .replace("{email}", email);
        return new Variant(change, ANALYST, text);
    }

    private static List<Map<String, String>> names(List<String> namesAndEmails) {
        return namesAndEmails.stream()
                .map(entry -> entry.split("\\|"))
                .map(parts -> Map.of("name", parts[0], "email", parts[1]))
                .toList();
    }

    private static Variant english(Map<String, String> change) {
        return variant(describe(change), BACKEND, ENGLISH, ENGLISH_BASE, change);
    }

    private static Variant russian(Map<String, String> change) {
        return variant(describe(change), ANALYST, RUSSIAN, RUSSIAN_BASE, change);
    }

    private static String describe(Map<String, String> change) {
        return change.containsKey("name") ? "name " + change.get("name") : change.toString();
    }

    private static Variant variant(
            String change,
            VacancyBrief vacancy,
            String template,
            Map<String, String> base,
            Map<String, String> changed) {
        String text = template;
        for (var field : base.entrySet()) {
            text = text.replace("{" + field.getKey() + "}", changed.getOrDefault(field.getKey(), field.getValue()));
        }
        return new Variant(change, vacancy, text);
    }
}
