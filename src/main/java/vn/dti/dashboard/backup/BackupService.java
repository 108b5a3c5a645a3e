package vn.dti.dashboard.backup;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;
import vn.dti.dashboard.audit.AuditLog;
import vn.dti.dashboard.audit.AuditResult;
import vn.dti.dashboard.shared.ClockConfiguration;
import vn.dti.dashboard.shared.DtiProperties;
import vn.dti.dashboard.shared.api.ApiException;

/**
 * An online backup while the app serves: H2's {@code BACKUP TO} copies a consistent state of the database
 * (a snapshot, other transactions go on), and the stored report files are added beside it, into one zip under
 * {@code <data dir>/backups/}. Restoring is unzipping it into an empty data directory and starting the app on
 * it ({@code scripts/restore-h2.sh}). On PostgreSQL the database's own {@code pg_dump} does this job.
 */
@Service
public class BackupService {

    /** What a backup produced. */
    public record Backup(String fileName, Path path, long bytes, Instant createdAt, int reportFiles) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ClockConfiguration.VIETNAM);

    private final DataSource dataSource;
    private final Path dataDir;
    private final AuditLog audit;
    private final Clock clock;

    BackupService(DataSource dataSource, DtiProperties properties, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Takes a backup now.
     *
     * @throws ApiException 409 on a database other than the embedded H2 (use the database's own tools)
     */
    @RolesAllowed("ADMIN")
    public synchronized Backup create() {
        Instant now = clock.instant();
        Path folder = dataDir.resolve("backups");
        String name = "dti-backup-" + STAMP.format(now) + ".zip";
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                throw new ApiException(org.springframework.http.HttpStatus.CONFLICT, "not_h2","Cơ sở dữ liệu không phải H2: hãy sao lưu bằng pg_dump (xem docs/production.md)."
                        + " / Not H2: back up with pg_dump (see docs/production.md).");
            }
            Files.createDirectories(folder);
            Path database = Files.createTempFile(folder, "database-", ".zip");
            Files.delete(database); // H2 writes the file itself and refuses an existing one
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + database.toString().replace("'", "''") + "'");
            }
            Path part = folder.resolve(name + ".part");
            int files = 0;
            try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out);
                    ZipFile snapshot = new ZipFile(database.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(snapshot.entries())) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    try (InputStream in = snapshot.getInputStream(entry)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
                files = addReportFiles(zip);
            } finally {
                Files.deleteIfExists(database);
            }
            Path target = folder.resolve(name);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Backup backup = new Backup(name, target, Files.size(target), now, files);
            audit.record("BACKUP_CREATED", "BACKUP", name, backup.bytes() + " bytes, " + files + " report files",
                    AuditResult.SUCCESS);
            return backup;
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored report files (their names are content hashes: a file never changes once written). */
    private int addReportFiles(ZipOutputStream zip) throws IOException {
        Path files = dataDir.resolve("submissions");
        if (!Files.isDirectory(files)) {
            return 0;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(files)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : all) {
            zip.putNextEntry(new ZipEntry(dataDir.relativize(file).toString().replace('\\', '/')));
            Files.copy(file, zip);
            zip.closeEntry();
        }
        return all.size();
    }
}
