package vn.dti.dashboard.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dti.dashboard.shared.DtiProperties;

/**
 * A report file is written before its submission is committed (the database row must point at a file that
 * exists). If the process dies in between (kill -9, power cut) or the store fails, the file has no
 * submission: an orphan. On start-up, before anything is uploaded, this removes files under
 * {@code submissions/} that no submission names, and half-written {@code .part} files; only files older than
 * the start, so an upload that arrives meanwhile is never touched.
 */
@Component
class OrphanUploads {

    private static final Logger log = LoggerFactory.getLogger(OrphanUploads.class);

    private final JdbcTemplate jdbc;
    private final Path root;

    OrphanUploads(JdbcTemplate jdbc, DtiProperties properties) {
        this.jdbc = jdbc;
        this.root = Path.of(properties.dataDir()).toAbsolutePath().normalize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int removed = sweep(Instant.now());
        if (removed > 0) {
            log.warn("Removed {} report file(s) without a submission (an upload interrupted before its commit)",
                    removed);
        }
    }

    /** Removes the orphans last modified before {@code before}; answers how many. */
    int sweep(Instant before) {
        Path folder = root.resolve("submissions");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        Set<String> named = new HashSet<>(jdbc.queryForList(
                "select distinct stored_file from submission where stored_file is not null", String.class));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int removed = 0;
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            try {
                if (!named.contains(relative) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.delete(file);
                    removed++;
                }
            } catch (IOException e) {
                log.warn("Cannot remove the orphan report file {}: {}", file, e.toString());
            }
        }
        return removed;
    }
}
