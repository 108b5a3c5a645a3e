package vn.dti.dashboard.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dti.dashboard.shared.DtiProperties;

/**
 * Keeps every accepted report file exactly as uploaded under {@code <data dir>/submissions/}, named by its
 * SHA-256: an identical file is stored once, and a stored file cannot be confused with another. The user's
 * file name is kept in the database only (it can contain anything).
 */
@Component
class UploadFiles {

    private final Path root;

    UploadFiles(DtiProperties properties) {
        this.root = Path.of(properties.dataDir()).toAbsolutePath().normalize();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Stores the file (once per content) and says where. */
    StoredUpload store(String fileName, byte[] content, String sha256) {
        String extension = fileName.toLowerCase(Locale.ROOT).endsWith(".xls") ? ".xls" : ".xlsx";
        String relative = "submissions/" + sha256.substring(0, 2) + "/" + sha256 + extension;
        Path target = root.resolve(relative);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
                Files.write(temporary, content);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the uploaded file under " + root, e);
        }
        return new StoredUpload(safeName(fileName), sha256, relative);
    }

    Optional<byte[]> read(String relative) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name without any path a browser may send, and at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            name = "bao-cao.xlsx";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
