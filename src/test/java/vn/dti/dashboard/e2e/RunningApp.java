package vn.dti.dashboard.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged production jar running as its own process, as an operator starts it: {@code java -jar}
 * on a free port of 127.0.0.1, with a fresh temporary {@code --dti.data-dir} (so a new H2 database and
 * a first start that creates the accounts), {@code DTI_ADMIN_PASSWORD} set to {@link #ADMIN_PASSWORD}
 * and usage statistics off. Its output goes to {@code target/e2e-logs/<name>.log}.
 *
 * <p>Started by {@link RunningAppExtension} (through {@link E2ETest}); {@link #close()} stops it, and a
 * JVM shutdown hook kills it should the test JVM end first.
 */
public final class RunningApp implements AutoCloseable {

    /** The password the first start gives to {@code admin}. */
    public static final String ADMIN_PASSWORD = "e2e-Admin-Pass-2024";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path logFile;
    private final Thread killOnExit;

    private RunningApp(Process process, int port, Path dataDir, Path logFile) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.killOnExit = new Thread(process::destroyForcibly, "e2e-app-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts the jar and returns once {@code /actuator/health} answers UP; fails with the tail of the app's
     * log when the app exits or is not up within {@code dti.e2e.start-timeout-seconds} (90 s).
     */
    public static RunningApp start(String name, List<String> extraArguments) {
        try {
            return start(name, extraArguments, Files.createTempDirectory("dti-e2e-data-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same on a data directory of the caller's (a restart after {@link #kill()} finds the same data). */
    public static RunningApp start(String name, List<String> extraArguments, Path dataDir) {
        Path jar = findJar();
        try {
            int port = freePort();
            Files.createDirectories(E2ESettings.logDir());
            Path logFile = E2ESettings.logDir().resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx768m", "-jar", jar.toString(),
                    "--server.port=" + port, "--server.address=127.0.0.1", "--dti.data-dir=" + dataDir));
            command.addAll(extraArguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().put("DTI_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
            // A developer's shell may point the app elsewhere; the test decides.
            builder.environment().remove("SPRING_PROFILES_ACTIVE");
            builder.environment().remove("SPRING_DATASOURCE_URL");
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                deleteRecursively(dataDir);
                throw e;
            }
            RunningApp app = new RunningApp(process, port, dataDir, logFile);
            try {
                app.awaitHealthy(Duration.ofSeconds(E2ESettings.startTimeoutSeconds()));
            } catch (RuntimeException | Error e) {
                app.close();
                throw e;
            }
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + jar, e);
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The absolute URL of a path such as {@code /login}. */
    public String url(String path) {
        return baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The app's process id (for jcmd and /proc, as an operator would look at it). */
    public long pid() {
        return process.pid();
    }

    /** The java executable the app runs on (its JDK also has jcmd). */
    public static String java() {
        return javaExecutable();
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines the app printed, for failure messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    private void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with code " + process.exitValue()
                        + " before it was healthy. Last lines of " + logFile + ":\n" + logTail(60));
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the app", e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("The app was not healthy within " + timeout.toSeconds() + " s (last answer of "
                + "/actuator/health: " + last + "). Last lines of " + logFile + ":\n" + logTail(60));
    }

    /**
     * Ends the process at once with SIGKILL, as a power cut or {@code kill -9} would: nothing runs on the way out.
     * The data directory stays.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the app (SIGTERM, then SIGKILL after 20 s) and deletes its data directory. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook will run anyway.
        }
        deleteRecursively(dataDir);
    }

    /** The jar named by Failsafe ({@code dti.e2e.jar}), else the one {@code package} left in target/. */
    static Path findJar() {
        String configured = E2ESettings.jar();
        if (!configured.isBlank()) {
            Path jar = Path.of(configured);
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("The app jar " + jar + " does not exist. Build it first: "
                        + "./mvnw verify -Pe2e runs the e2e tests after package.");
            }
            return jar;
        }
        Path target = E2ESettings.outputDir();
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("dti-dashboard-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().matches(".*-(sources|javadoc|tests)\\.jar"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No dti-dashboard-*.jar in " + target
                            + ". Build it first: ./mvnw verify -Pe2e runs the e2e tests after package."));
        } catch (IOException e) {
            throw new UncheckedIOException("No build directory " + target + "; run ./mvnw verify -Pe2e", e);
        }
    }

    /** The JVM that runs the tests runs the app too: Maven's wrapper picked a JDK that can. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the app", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp directory is not worth failing a test run for.
        }
    }
}
