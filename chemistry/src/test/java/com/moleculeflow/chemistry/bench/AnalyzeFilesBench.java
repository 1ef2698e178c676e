package com.moleculeflow.chemistry.bench;

import com.moleculeflow.chemistry.AnalyzedCompound;
import com.moleculeflow.chemistry.CompoundAnalyzer;
import com.moleculeflow.chemistry.InvalidStructureException;
import com.moleculeflow.chemistry.io.ColumnMapping;
import com.moleculeflow.chemistry.io.InputRow;
import com.moleculeflow.chemistry.io.MoleculeFileReader;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bench command, not a test: analyses whole files on one thread and prints rows/s, latency percentiles,
 * rejects by reason and review counts; with {@code --check-inchi} it also verifies that the standard InChI
 * derived from the FixedH InChI equals a separately computed standard InChI.
 *
 * <p>Run: {@code ./mvnw -q -pl chemistry test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.moleculeflow.chemistry.bench.AnalyzeFilesBench -Dexec.args="../shared/data/nci-5k.csv"}
 * or with plain {@code java -cp}. Input files are the shared data set (NCI open data, ChEMBL via the RDKit
 * data package), by default from {@code ../shared/data/} beside the checkout (run it from the project root); if a file
 * is missing it says so and goes on.
 */
public final class AnalyzeFilesBench {

    private AnalyzeFilesBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean checkInchi = Arrays.asList(args).contains("--check-inchi");
        List<String> files = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (files.isEmpty()) {
            files = List.of("../shared/data/nci-5k.csv", "../shared/data/chembl-series-1017.smi");
        }
        CompoundAnalyzer analyzer = new CompoundAnalyzer();
        warmUp(analyzer, files.get(0));
        for (String file : files) {
            Path path = Path.of(file);
            if (!Files.exists(path)) {
                System.out.println(file + ": missing (copy it from the shared data set to run this bench)");
                continue;
            }
            run(analyzer, path, checkInchi);
        }
    }

    private static void warmUp(CompoundAnalyzer analyzer, String file) throws Exception {
        if (!Files.exists(Path.of(file))) {
            return;
        }
        try (InputStream in = Files.newInputStream(Path.of(file));
             MoleculeFileReader rows = MoleculeFileReader.open(in, file, ColumnMapping.auto())) {
            for (int i = 0; i < 1000 && rows.hasNext(); i++) {
                try {
                    analyzer.analyze(rows.next().structure());
                } catch (InvalidStructureException ignored) {
                    // warm-up only
                }
            }
        }
    }

    private static void run(CompoundAnalyzer analyzer, Path path, boolean checkInchi) throws Exception {
        Map<String, Integer> reasons = new TreeMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        List<Long> nanos = new ArrayList<>();
        int rows = 0, ok = 0, review = 0, salts = 0, inchiMismatch = 0, inchiChecked = 0;
        SmilesParser parser = new SmilesParser(SilentChemObjectBuilder.getInstance());
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(path);
             MoleculeFileReader reader = MoleculeFileReader.open(in, path.getFileName().toString(), ColumnMapping.auto())) {
            while (reader.hasNext()) {
                InputRow row = reader.next();
                rows++;
                if (row.error() != null) {
                    reasons.merge("FILE: " + row.error().replaceAll("line \\d+", "line N"), 1, Integer::sum);
                    continue;
                }
                long t = System.nanoTime();
                try {
                    AnalyzedCompound c = analyzer.analyze(row.structure());
                    nanos.add(System.nanoTime() - t);
                    ok++;
                    review += c.reviewReason() == null ? 0 : 1;
                    salts += c.saltDescription() == null ? 0 : 1;
                    if (checkInchi) {
                        inchiChecked++;
                        String standard = InChIGeneratorFactory.getInstance()
                                .getInChIGenerator(parser.parseSmiles(c.parentSmiles())).getInchi();
                        if (!c.identity().inchi().equals(standard)) {
                            inchiMismatch++;
                            System.out.println("InChI differs for " + c.parentSmiles() + ": " + c.identity().inchi() + " vs " + standard);
                        }
                    }
                } catch (InvalidStructureException e) {
                    nanos.add(System.nanoTime() - t);
                    String reason = e.kind() + ": " + e.reason().replaceAll("atom [A-Z][a-z]?\\d+ ", "atom X ").replaceAll("position \\d+", "position N");
                    reasons.merge(reason, 1, Integer::sum);
                    examples.putIfAbsent(reason, row.lineNumber() + ": " + row.structure());
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        nanos.sort(Long::compare);
        System.out.printf("%s: %d rows in %.2f s = %.0f rows/s (one thread); p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                path.getFileName(), rows, seconds, rows / seconds, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), pct(nanos, 100));
        System.out.printf("  analysed %d, rejected %d, in review %d, with salt/solvent stripped %d%n", ok, rows - ok, review, salts);
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %5d  %s   e.g. line %s%n", e.getValue(), e.getKey(), examples.get(e.getKey())));
        if (checkInchi) {
            System.out.printf("  derived standard InChI checked on %d parents: %d differ%n", inchiChecked, inchiMismatch);
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
