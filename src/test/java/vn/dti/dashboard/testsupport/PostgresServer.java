package vn.dti.dashboard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A throwaway PostgreSQL cluster for tests, started from the machine's own server binaries (Debian's
 * {@code postgresql} package: {@code /usr/lib/postgresql/<version>/bin}) once per JVM, on a free port
 * of 127.0.0.1, in a temporary directory, and stopped and deleted by a JVM shutdown hook, also when
 * tests fail. Tests do not use this class directly but {@link UsePostgres}.
 *
 * <p>PostgreSQL refuses to run as root, and CI runs as root: then every server command runs as the
 * {@code postgres} OS user (created by the Debian package) through {@code runuser}, and the temporary
 * directory is handed to that user.
 *
 * <p>The binaries are looked up in {@code -Ddti.test.postgres-bin=DIR} (or env
 * {@code DTI_TEST_POSTGRES_BIN}) first, then the newest {@code /usr/lib/postgresql/<version>/bin}. When
 * none is found this fails: a PostgreSQL test that silently skips would prove nothing.
 */
public final class PostgresServer {

    public static final String USERNAME = "dti";
    public static final String PASSWORD = "dti-test";
    private static final String OS_USER_WHEN_ROOT = "postgres";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private static @Nullable PostgresServer shared;
    private static @Nullable RuntimeException startFailure;

    private final Path binDir;
    private final Path baseDir;
    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final @Nullable String runAs;
    private final AtomicInteger databaseCounter = new AtomicInteger();

    private PostgresServer(Path binDir, Path baseDir, int port, @Nullable String runAs) {
        this.binDir = binDir;
        this.baseDir = baseDir;
        this.dataDir = baseDir.resolve("data");
        this.logFile = baseDir.resolve("postgres.log");
        this.port = port;
        this.runAs = runAs;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized PostgresServer shared() {
        if (startFailure != null) {
            // Every later test fails with the first cause instead of trying (and waiting) again.
            throw new IllegalStateException("The test PostgreSQL server did not start: " + startFailure.getMessage(),
                    startFailure);
        }
        if (shared == null) {
            PostgresServer server = create();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stopAndDelete, "postgres-test-server-stop"));
            try {
                server.start();
            } catch (RuntimeException e) {
                server.stopAndDelete();
                startFailure = e;
                throw e;
            }
            shared = server;
        }
        return shared;
    }

    /** JDBC URL of a database of this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A program of the server's installation ({@code pg_dump}, {@code pg_restore}, …). */
    public Path binary(String name) {
        return binDir.resolve(name);
    }

    public int port() {
        return port;
    }

    /**
     * Creates an empty database with a new name, so that every Spring context (and every test that asks)
     * starts from nothing, as a fresh installation does.
     */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + databaseCounter.incrementAndGet()).toLowerCase().replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name + " on the test PostgreSQL server. "
                    + "Server log " + logFile + ":\n" + tail(logFile), e);
        }
        return name;
    }

    private static PostgresServer create() {
        Path binDir;
        try {
            binDir = findBinDir();
        } catch (IllegalStateException e) {
            startFailure = e;
            throw e;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path baseDir = Files.createTempDirectory("dti-pg-test-");
            if (root) {
                // The server runs as "postgres": it must own the directory it creates its cluster in.
                UserPrincipal owner = baseDir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(OS_USER_WHEN_ROOT);
                Files.setOwner(baseDir, owner);
                Files.setPosixFilePermissions(baseDir, PosixFilePermissions.fromString("rwx------"));
            }
            return new PostgresServer(binDir, baseDir, freePort(), root ? OS_USER_WHEN_ROOT : null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare a directory for the test PostgreSQL server"
                    + (root ? " (running as root, it must belong to the OS user 'postgres', which the Debian "
                    + "package creates: apt-get install -y postgresql)" : ""), e);
        }
    }

    static Path findBinDir() {
        String configured = Optional.ofNullable(System.getProperty("dti.test.postgres-bin"))
                .orElse(System.getenv("DTI_TEST_POSTGRES_BIN"));
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        } else {
            Path debian = Path.of("/usr/lib/postgresql");
            if (Files.isDirectory(debian)) {
                try (Stream<Path> versions = Files.list(debian)) {
                    versions.map(v -> v.resolve("bin"))
                            .sorted(Comparator.comparing(PostgresServer::majorVersion).reversed())
                            .forEach(candidates::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return candidates.stream()
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("""
                        PostgreSQL server binaries (initdb, pg_ctl) not found in %s.
                        The postgres tests need them: apt-get install -y postgresql
                        (or point -Ddti.test.postgres-bin / DTI_TEST_POSTGRES_BIN at their directory, \
                        or run without -Ppostgres)."""
                        .formatted(configured != null && !configured.isBlank() ? configured
                                : "/usr/lib/postgresql/<version>/bin")));
    }

    private static int majorVersion(Path binDir) {
        try {
            return Integer.parseInt(binDir.getParent().getFileName().toString().replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void start() {
        try {
            Path passwordFile = baseDir.resolve("password");
            Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
            handToServerUser(passwordFile);
            run(List.of(binDir.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", USERNAME,
                    "--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8"));
            // Loopback only, no Unix socket in a shared directory, and durability off: the data is thrown away.
            Files.writeString(dataDir.resolve("postgresql.conf"), """

                    # dti tests
                    listen_addresses = '127.0.0.1'
                    port = %d
                    unix_socket_directories = '%s'
                    max_connections = 100
                    fsync = off
                    synchronous_commit = off
                    full_page_writes = off
                    """.formatted(port, baseDir), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            run(List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l", logFile.toString(),
                    "-w", "-t", "60", "start"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test PostgreSQL server in " + baseDir, e);
        }
    }

    private void handToServerUser(Path file) throws IOException {
        if (runAs != null) {
            Files.setOwner(file, file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(runAs));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private synchronized void stopAndDelete() {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            try {
                // "immediate": nothing to keep, and a JVM shutdown should not wait for checkpoints.
                run(List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate",
                        "-w", "-t", "30", "stop"));
            } catch (RuntimeException e) {
                System.err.println("Could not stop the test PostgreSQL server: " + e.getMessage());
            }
        }
        deleteRecursively(baseDir);
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (runAs != null) {
            full.addAll(List.of("runuser", "-u", runAs, "--"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("dti-pg-cmd-", ".log");
            try {
                Process process = new ProcessBuilder(full)
                        .directory(baseDir.toFile()) // runuser keeps the working directory; postgres must be able to enter it
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Timed out: " + String.join(" ", full) + "\n" + tail(output));
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("Failed (exit " + process.exitValue() + "): "
                            + String.join(" ", full) + "\n" + tail(output)
                            + (Files.exists(logFile) ? "\nServer log " + logFile + ":\n" + tail(logFile) : ""));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", full)
                    + (runAs != null ? " (needs runuser from util-linux and the OS user 'postgres')" : ""), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", full), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // Best effort at shutdown: a leftover temp directory must not fail the build.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
