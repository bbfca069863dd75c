package org.junheng.assistance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junheng.registry.PlainText;
import org.junheng.security.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files of activities, kept under {@code <data-dir>/evidence}: size and type are checked
 * while the upload streams in, and a refused file leaves nothing behind.
 */
@Service
public class Evidence {

    private final JdbcTemplate jdbc;
    private final JdbcAssistanceRepository repository;
    private final AuditTrail audit;
    private final Path directory;
    private final long maxBytes;

    Evidence(JdbcTemplate jdbc, JdbcAssistanceRepository repository, AuditTrail audit,
             @Value("${junheng.data-dir}") Path dataDirectory,
             @Value("${junheng.evidence.max-size:20MB}") DataSize maxSize) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.audit = audit;
        this.directory = dataDirectory.resolve("evidence");
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores a file for an activity.
     *
     * @throws AssistanceRejected (field {@code file}) when it is empty, too large, or not of an accepted type
     */
    @Transactional
    public EvidenceFile attach(long activityId, String fileName, InputStream content) {
        Activity activity = repository.findActivity(activityId)
                .orElseThrow(() -> new AssistanceRejected("activityId", "no_activity", activityId));
        String name = fileName == null ? "" : fileName.substring(fileName.replace('\\', '/').lastIndexOf('/') + 1).strip();
        if (!PlainText.isPlain(name)) {
            throw new AssistanceRejected("file", "the_file_name_holds_control_characters_or_direction");
        }
        if (name.isBlank() || name.length() > 255) {
            throw new AssistanceRejected("file", "a_file_name_of_at_most_characters_is");
        }
        EvidenceType type = EvidenceType.ofFileName(name)
                .orElseThrow(() -> new AssistanceRejected("file", "accepted_types", EvidenceType.accepted()));
        String storedAs = activityId + "/" + UUID.randomUUID();
        Path target = directory.resolve(storedAs);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Received received = receive(content, partial, type);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            long id = insert(activityId, name, type, received, storedAs);
            EvidenceFile file = find(id).orElseThrow();
            String owner = repository.findProgramme(activity.programmeId()).orElseThrow().ownerRegion();
            audit.record("create", "evidence", String.valueOf(id), owner, null, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            deleteQuietly(target);
            throw e;
        }
    }

    private record Received(long size, String sha256) {
    }

    private Received receive(InputStream content, Path partial, EvidenceType type) throws IOException {
        MessageDigest digest = sha256();
        byte[] head = new byte[EvidenceType.signatureLength()];
        int headLength = 0;
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
            int n;
            while ((n = content.read(buffer)) > 0) {
                size += n;
                if (size > maxBytes) {
                    throw new AssistanceRejected("file", "larger_than_the_mb_allowed", DataSize.ofBytes(maxBytes).toMegabytes());
                }
                int copy = Math.min(n, head.length - headLength);
                System.arraycopy(buffer, 0, head, headLength, Math.max(copy, 0));
                headLength += Math.max(copy, 0);
                out.write(buffer, 0, n);
            }
        }
        if (size == 0) {
            throw new AssistanceRejected("file", "the_file_is_empty");
        }
        if (!type.begins(head, headLength)) {
            throw new AssistanceRejected("file", "the_content_is_not_as_its_name_says", type.name());
        }
        return new Received(size, HexFormat.of().formatHex(digest.digest()));
    }

    private long insert(long activityId, String name, EvidenceType type, Received received, String storedAs) {
        jdbc.update("INSERT INTO evidence_file (activity_id, file_name, media_type, size_bytes, sha256, stored_as, uploaded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", activityId, name, type.mediaType(), received.size(),
                received.sha256(), storedAs, Timestamp.from(Instant.now()));
        Long id = jdbc.queryForObject("SELECT id FROM evidence_file WHERE stored_as = ?", Long.class, storedAs);
        return id == null ? 0 : id;
    }

    public List<EvidenceFile> files(long activityId) {
        return jdbc.query(SELECT + " WHERE activity_id = ? ORDER BY id", (rs, i) -> file(rs), activityId);
    }

    /** The evidence of every activity of a programme. */
    public List<EvidenceFile> filesOfProgramme(long programmeId) {
        return jdbc.query(SELECT + " WHERE activity_id IN (SELECT id FROM activity WHERE programme_id = ?) ORDER BY id",
                (rs, i) -> file(rs), programmeId);
    }

    public Optional<EvidenceFile> find(long id) {
        return jdbc.query(SELECT + " WHERE id = ?", (rs, i) -> file(rs), id).stream().findFirst();
    }

    /** The stored content of a file. */
    public Path content(long id) {
        String storedAs = jdbc.queryForObject("SELECT stored_as FROM evidence_file WHERE id = ?", String.class, id);
        return directory.resolve(storedAs);
    }

    private static final String SELECT = "SELECT id, activity_id, file_name, media_type, size_bytes, sha256, uploaded_at "
            + "FROM evidence_file";

    private static EvidenceFile file(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EvidenceFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getTimestamp(7).toInstant());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a stray partial file is harmless: it is never listed
        }
    }
}
