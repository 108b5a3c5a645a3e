package vn.dti.dashboard.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** What every benchmark shares: a fresh data directory, and its result lines with the machine they ran on. */
public final class BenchmarkRecord {

    private BenchmarkRecord() {
    }

    /** A new temporary directory for the benchmark's database and files. */
    public static Path dataDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Prints the line and appends it to {@code target/benchmarks/<file>}, with cores, OS, JDK and max heap. */
    public static void write(String file, String line) throws IOException {
        String machine = "%d cores, %s %s, JDK %s, max heap %d MB".formatted(Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println("BENCHMARK " + line + " [" + machine + "]");
        Path out = Path.of("target", "benchmarks", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + " [" + machine + "]\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
