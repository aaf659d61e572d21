package io.hrassist.bench.ranking;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs the graded ranking benchmark and prints its figures as Markdown:
 * {@code RankingBenchmark [data folder] [--runs N] [--noise P] [--details]} (defaults {@code bench/ranking/data}, 5
 * runs, noise 0.2). Exits 1 if the offline engine gave any resume different scores in different runs.
 */
public final class RankingBenchmark {

    private RankingBenchmark() {}

    public static void main(String[] args) {
        // Before the first logger exists: the engine's INFO lines would drown the report.
        System.setProperty("logback.configurationFile", "ranking-logback.xml");
        Options options = Options.parse(args);
        BenchmarkSet set = BenchmarkSet.load(options.data());
        var engine = new Engine();
        Scores offline = Scores.of(set, (v, r) -> engine.offline(v, r).score());
        var report = new Report().figures(set, Results.of(set, offline));
        Stability.Offline stable = Stability.offline(set, engine, offline, options.runs());
        report.stability(stable, Stability.model(set, engine, offline, options.runs(), options.noise()));
        if (options.details()) {
            report.details(set, offline);
        }
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(report.text());
        if (!stable.differing().isEmpty()) {
            System.exit(1);
        }
    }

    /** The command line. */
    record Options(Path data, int runs, double noise, boolean details) {

        static Options parse(String[] args) {
            Path data = Path.of("bench/ranking/data");
            int runs = 5;
            double noise = 0.2;
            boolean details = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--noise" -> noise = Double.parseDouble(args[++i]);
                    case "--details" -> details = true;
                    default -> data = Path.of(args[i]);
                }
            }
            if (runs < 2) {
                throw new IllegalArgumentException("--runs must be at least 2 to compare runs");
            }
            return new Options(data, runs, noise, details);
        }
    }
}
