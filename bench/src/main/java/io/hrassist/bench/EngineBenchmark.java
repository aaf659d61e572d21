package io.hrassist.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hrassist.events.InterviewQuestionsGenerated;
import io.hrassist.events.InterviewQuestionsRequested;
import io.hrassist.events.JobDescriptionGenerated;
import io.hrassist.events.JobDescriptionRequested;
import io.hrassist.events.Language;
import io.hrassist.events.ResumeEvaluated;
import io.hrassist.events.ResumeEvaluationRequested;
import io.hrassist.events.ResumeEvaluationRequested.Document;
import io.hrassist.events.Seniority;
import io.hrassist.events.VacancyBrief;
import io.hrassist.jd.domain.WriteJobDescription;
import io.hrassist.jd.kb.JsonRoleCatalog;
import io.hrassist.questions.bank.JsonQuestionBank;
import io.hrassist.questions.domain.PrepareInterviewQuestions;
import io.hrassist.resume.document.FileDocumentReader;
import io.hrassist.resume.domain.EvaluateResume;
import io.hrassist.resume.taxonomy.JsonSkillTaxonomy;
import io.hrassist.wording.JsonWordingCheck;
import io.hrassist.wording.Screening;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The offline engines, each on one realistic input: operations per second on one thread. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    private static final VacancyBrief VACANCY = new VacancyBrief(
            "Senior Backend Engineer",
            Language.EN,
            Seniority.SENIOR,
            "Berlin",
            "Full-time",
            "Hybrid",
            List.of("Java", "PostgreSQL", "Kubernetes"),
            List.of("Kafka", "Terraform"),
            "Our logistics platform routes two million parcels a day across Europe.");

    private WriteJobDescription jobDescriptions;
    private PrepareInterviewQuestions questions;
    private EvaluateResume resumes;
    private ResumeEvaluationRequested pdf;
    private ResumeEvaluationRequested docx;
    private ResumeEvaluationRequested txt;

    @Setup
    public void setUp() throws Exception {
        var mapper = new ObjectMapper();
        jobDescriptions = new WriteJobDescription(
                new JsonRoleCatalog(mapper), new Screening(new JsonWordingCheck(mapper), List.of()));
        questions = new PrepareInterviewQuestions(new JsonQuestionBank(mapper));
        resumes = new EvaluateResume(new FileDocumentReader(), new JsonSkillTaxonomy(mapper), Clock.systemUTC());
        pdf = request("resume.pdf", Resumes.twoPagePdf());
        docx = request("resume.docx", Resumes.docx());
        txt = request("resume.txt", Resumes.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Benchmark
    public JobDescriptionGenerated jobDescription() {
        return jobDescriptions.apply(new JobDescriptionRequested(null, VACANCY));
    }

    @Benchmark
    public InterviewQuestionsGenerated questionSet() {
        return questions.apply(new InterviewQuestionsRequested(null, VACANCY, 10, List.of()));
    }

    @Benchmark
    public ResumeEvaluated resumeTwoPagePdf() {
        return resumes.apply(pdf);
    }

    @Benchmark
    public ResumeEvaluated resumeDocx() {
        return resumes.apply(docx);
    }

    @Benchmark
    public ResumeEvaluated resumeText() {
        return resumes.apply(txt);
    }

    private static ResumeEvaluationRequested request(String name, byte[] content) {
        return new ResumeEvaluationRequested(null, null, VACANCY, new Document(name, null, content));
    }
}
