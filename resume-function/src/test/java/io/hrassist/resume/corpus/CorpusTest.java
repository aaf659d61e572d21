package io.hrassist.resume.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.Language;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluated.Criterion;
import io.hrassist.events.ResumeEvaluated.Flag;
import io.hrassist.events.ResumeEvaluated.FlagType;
import io.hrassist.events.ResumeEvaluated.Status;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.events.VacancyBrief;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.EvaluateResume;
import io.hrassist.resume.taxonomy.JsonSkillTaxonomy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The resume corpus in {@code src/test/resources/corpus/} (written by {@link CorpusGenerator}, described by {@code
 * expectations.json}) evaluated by the offline engine: fits rank in order, every judgement quotes the visible text,
 * hostile files are flagged, and no trick raises a score above its clean twin's.
 */
class CorpusTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
    private static final EvaluateResume EVALUATE =
            new EvaluateResume(new FileDocumentReader(), new JsonSkillTaxonomy(new ObjectMapper()), CLOCK);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u2060-\\u2064\\uFEFF\\u00AD]");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060]");

    private static final Map<String, VacancyBrief> VACANCIES = vacancies();
    private static final Map<String, Expected> FILES = expectations();
    private static final Map<String, ResumeEvaluated> RESULTS = new ConcurrentHashMap<>();

    /** One line of {@code expectations.json}. */
    record Expected(
            String file,
            String vacancy,
            Language language,
            String format,
            String fit,
            List<FlagType> flags,
            String twin,
            String trick,
            boolean hidesText,
            String payload) {

        boolean hostile() {
            return fit.equals("hostile");
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<String> vacancyIds() {
        return VACANCIES.keySet().stream();
    }

    static Stream<Expected> allFiles() {
        return FILES.values().stream();
    }

    static Stream<Expected> hostileFiles() {
        return allFiles().filter(Expected::hostile);
    }

    /** Hostile files whose payload could be quoted (a stuffed block is visible text, so it is left out). */
    static Stream<Expected> quotablePayloads() {
        return hostileFiles().filter(f -> f.payload() != null && !f.trick().equals("keyword-stuffing"));
    }

    /** Hostile files that hide text meant to raise the score (instructions to the evaluator are left out). */
    static Stream<Expected> hiddenPayloads() {
        return hostileFiles()
                .filter(f -> f.hidesText() && f.payload() != null && !f.flags().contains(FlagType.PROMPT_INJECTION));
    }

    static Stream<Expected> honestFiles() {
        return allFiles().filter(e -> !e.hostile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vacancyIds")
    void ranksStrongerCandidatesFirst(String vacancy) {
        Map<String, Integer> strong = scores(vacancy, "strong");
        Map<String, Integer> medium = scores(vacancy, "medium");
        Map<String, Integer> weak = scores(vacancy, "weak");
        String table = "strong " + strong + "\nmedium " + medium + "\nweak " + weak;

        assertThat(strong).as("strong fits for %s", vacancy).isNotEmpty();
        assertThat(medium).as("medium fits for %s", vacancy).isNotEmpty();
        assertThat(weak).as("weak fits for %s", vacancy).isNotEmpty();
        assertThat(min(strong))
                .as("every strong fit above every medium one:%n%s", table)
                .isGreaterThan(max(medium));
        assertThat(min(medium))
                .as("every medium fit above every weak one:%n%s", table)
                .isGreaterThan(max(weak));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void flagsEveryHostileFile(Expected file) {
        ResumeEvaluated result = evaluate(file);

        assertThat(result.flags())
                .as("flags of %s (%s)", file, file.trick())
                .extracting(Flag::type)
                .containsAll(file.flags());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("honestFiles")
    void raisesNoFlagOnAnHonestResume(Expected file) {
        assertThat(evaluate(file).flags()).as("flags of %s", file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void hidingTricksNeverRaiseTheScore(Expected file) {
        ResumeEvaluated hostile = evaluate(file);
        ResumeEvaluated twin = evaluate(FILES.get(file.twin()));

        assertThat(hostile.score())
                .as(
                        "%s (%s) against its clean twin %s:%n%s%nvs%n%s",
                        file, file.trick(), file.twin(), describe(hostile), describe(twin))
                .isLessThanOrEqualTo(twin.score());
    }

    /**
     * Evidence is only evidence: every quote of every criterion, of every kind, is visible text of the file as written
     * (whitespace aside), and whatever the engine computed (years, the language of the text) is in the reason.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allFiles")
    void explainsEveryJudgementWithQuotesFromTheVisibleText(Expected file) {
        ResumeEvaluated result = evaluate(file);
        String visible = normalize(visibleText(file));

        for (Criterion criterion : result.criteria()) {
            if (criterion.status() != Status.MISSING) {
                assertThat(criterion.evidence())
                        .as("evidence for %s %s in %s", criterion.status(), criterion.name(), file)
                        .isNotEmpty();
            }
            for (String quote : criterion.evidence()) {
                assertThat(visible)
                        .as("quote for %s in %s must be visible text", criterion.name(), file)
                        .contains(normalize(quote));
            }
        }
    }

    /** Hidden payloads and instructions to the evaluator are never evidence (a stuffed block is visible text). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("quotablePayloads")
    void neverQuotesTheTrick(Expected file) {
        List<String> payloadLines = file.payload()
                .lines()
                .map(CorpusTest::normalize)
                .filter(l -> !l.isEmpty())
                .toList();
        List<String> quotes = evaluate(file).criteria().stream()
                .flatMap(c -> c.evidence().stream())
                .map(CorpusTest::normalize)
                .toList();
        for (String quote : quotes) {
            assertThat(payloadLines)
                    .as("quotes of %s", file)
                    .noneMatch(line -> line.contains(quote) || quote.contains(line));
        }
    }

    /**
     * The corpus stays sensitive: each hidden payload, were it read as visible text, would raise the twin's score, so a
     * trick that worked would show in {@link #hidingTricksNeverRaiseTheScore}. (Instructions to the evaluator are left
     * out: read as visible text they are dropped, and what they aim at is a model, not this engine.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hiddenPayloads")
    void everyHiddenPayloadWouldRaiseTheScoreIfRead(Expected file) {
        Expected twin = FILES.get(file.twin());
        String revealed = allText(twin.file()) + "\n" + file.payload().strip() + "\n";
        ResumeEvaluated read = EVALUATE.apply(new ResumeEvaluationRequested(
                null,
                null,
                VACANCIES.get(file.vacancy()),
                new Document("revealed.txt", "text/plain", revealed.getBytes(StandardCharsets.UTF_8))));

        assertThat(read.score())
                .as("%s with its payload in plain sight:%n%s", file, describe(read))
                .isGreaterThan(evaluate(twin).score());
    }

    /** The files themselves are right: all described, of their declared type, each hostile one with a clean twin. */
    @Test
    void describesEveryFileInTheCorpus() throws IOException {
        try (Stream<Path> listed = Files.list(corpusFolder())) {
            List<String> onDisk = listed.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".json"))
                    .sorted()
                    .toList();
            assertThat(onDisk).containsExactlyInAnyOrderElementsOf(FILES.keySet());
        }
        assertThat(FILES.values()).filteredOn(e -> !e.hostile()).hasSizeGreaterThanOrEqualTo(24);
        for (Expected file : FILES.values()) {
            byte[] bytes = bytes(file.file());
            String magic = new String(bytes, 0, 5, StandardCharsets.ISO_8859_1);
            switch (file.format()) {
                case "pdf" -> assertThat(magic).as(file.file()).isEqualTo("%PDF-");
                case "docx" -> assertThat(magic).as(file.file()).startsWith("PK\u0003\u0004");
                default ->
                    assertThat(magic).as(file.file()).doesNotStartWith("%PDF").doesNotStartWith("PK");
            }
            assertThat(VACANCIES).as(file.file()).containsKey(file.vacancy());
            if (file.hostile()) {
                Expected twin = FILES.get(file.twin());
                assertThat(twin).as("twin of %s", file).isNotNull();
                assertThat(twin.hostile()).as("twin of %s is clean", file).isFalse();
                assertThat(twin.vacancy()).isEqualTo(file.vacancy());
                assertThat(twin.format()).isEqualTo(file.format());
                assertThat(file.flags()).as(file.file()).isNotEmpty();
            }
        }
        assertThat(FILES.values()).as("a two-page PDF").anyMatch(e -> e.format().equals("pdf") && pages(e.file()) == 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void hostileFilesCarryTheirTrickAndTheirTwinDoesNot(Expected file) {
        String all = normalize(allText(file.file()));
        String twin = normalize(allText(file.twin()));
        if (file.trick().equals("zero-width")) {
            assertThat(ZERO_WIDTH.matcher(allText(file.file())).find()).isTrue();
            assertThat(ZERO_WIDTH.matcher(allText(file.twin())).find()).isFalse();
            assertThat(all).isEqualTo(twin);
            return;
        }
        String rest = all;
        for (String line : file.payload().lines().map(CorpusTest::normalize).toList()) {
            assertThat(all).as("payload in %s", file).contains(line);
            assertThat(twin).as("payload in the twin %s", file.twin()).doesNotContain(line);
            rest = rest.replace(line, " ");
        }
        assertThat(normalize(rest))
                .as("%s without its payload is its twin", file)
                .isEqualTo(twin);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static ResumeEvaluated evaluate(Expected file) {
        return RESULTS.computeIfAbsent(
                file.file(),
                name -> EVALUATE.apply(new ResumeEvaluationRequested(
                        file.vacancy(), name, VACANCIES.get(file.vacancy()), new Document(name, null, bytes(name)))));
    }

    private static Map<String, Integer> scores(String vacancy, String fit) {
        var scores = new LinkedHashMap<String, Integer>();
        FILES.values().stream()
                .filter(e -> e.vacancy().equals(vacancy) && e.fit().equals(fit))
                .forEach(e -> scores.put(e.file(), evaluate(e).score()));
        return scores;
    }

    private static int min(Map<String, Integer> scores) {
        return scores.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    private static int max(Map<String, Integer> scores) {
        return scores.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /**
     * What a reader sees: the text of an honest file, and for a file that hides text the text of its clean twin (same
     * visible text by construction, as {@link #hostileFilesCarryTheirTrickAndTheirTwinDoesNot} checks).
     */
    private static String visibleText(Expected file) {
        return file.hostile() && file.hidesText() ? allText(file.twin()) : allText(file.file());
    }

    /** Every character the file holds as text, hidden or not, read without the engine's reader. */
    private static String allText(String name) {
        byte[] bytes = bytes(name);
        String format = FILES.get(name).format();
        try {
            return switch (format) {
                case "pdf" -> {
                    try (var pdf = Loader.loadPDF(bytes)) {
                        var stripper = new PDFTextStripper();
                        stripper.setSortByPosition(true);
                        yield stripper.getText(pdf);
                    }
                }
                case "docx" -> {
                    try (var docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                        yield docx.getParagraphs().stream()
                                .map(p ->
                                        p.getRuns().stream().map(XWPFRun::text).collect(Collectors.joining()))
                                .collect(Collectors.joining("\n"));
                    }
                }
                default -> new String(bytes, StandardCharsets.UTF_8);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pages(String name) {
        try (var pdf = Loader.loadPDF(bytes(name))) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalize(String text) {
        return INVISIBLE.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    private static String describe(ResumeEvaluated result) {
        var out = new StringBuilder("score ").append(result.score());
        for (Criterion c : result.criteria()) {
            out.append("\n  ")
                    .append(c.name())
                    .append(": ")
                    .append(c.status())
                    .append(' ')
                    .append(c.evidence());
        }
        result.flags()
                .forEach(f ->
                        out.append("\n  flag ").append(f.type()).append(": ").append(f.detail()));
        return out.toString();
    }

    private static byte[] bytes(String name) {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No corpus file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path corpusFolder() {
        try {
            return Path.of(CorpusTest.class
                            .getResource("/corpus/expectations.json")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, VacancyBrief> vacancies() {
        var vacancies = new LinkedHashMap<String, VacancyBrief>();
        JsonNode root = json("vacancies.json");
        root.fields()
                .forEachRemaining(e -> vacancies.put(e.getKey(), JSON.convertValue(e.getValue(), VacancyBrief.class)));
        return vacancies;
    }

    private static Map<String, Expected> expectations() {
        var files = new LinkedHashMap<String, Expected>();
        for (JsonNode f : json("expectations.json").get("files")) {
            List<FlagType> flags = StreamSupport.stream(f.get("flags").spliterator(), false)
                    .map(n -> FlagType.valueOf(n.asText()))
                    .toList();
            files.put(
                    f.get("file").asText(),
                    new Expected(
                            f.get("file").asText(),
                            f.get("vacancy").asText(),
                            Language.valueOf(f.get("language").asText().toUpperCase(Locale.ROOT)),
                            f.get("format").asText(),
                            f.get("fit").asText(),
                            flags,
                            f.path("twin").asText(null),
                            f.path("trick").asText(null),
                            f.path("hidesText").asBoolean(false),
                            f.path("payload").asText(null)));
        }
        return files;
    }

    private static JsonNode json(String name) {
        try {
            return JSON.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
