package uk.schoolcompliance.tracker.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.PolicyVersion;

/** Policy versions; the document bytes are stored in the row and read only on demand. */
public final class VersionRepository {

    private static final String COLUMNS = "id, policy_id, label, document_sha256, file_name, media_type, approved_by, "
            + "approved_on, minute_ref, effective_from, change_summary, material";

    private final Database db;
    private final AuditRepository audit;
    private final RecordVersions versions;

    public VersionRepository(Database db, AuditRepository audit) {
        this.db = db;
        this.audit = audit;
        this.versions = new RecordVersions(db, audit);
    }

    /** A document to store with a version. */
    public record Document(String fileName, String mediaType, byte[] bytes) {
        public String sha256() {
            return VersionRepository.sha256(bytes);
        }
    }

    public List<PolicyVersion> findAll() {
        return query("SELECT " + COLUMNS + " FROM policy_version ORDER BY policy_id, effective_from, id");
    }

    public List<PolicyVersion> findByPolicy(long policyId) {
        return query("SELECT " + COLUMNS + " FROM policy_version WHERE policy_id = ? ORDER BY effective_from, id", policyId);
    }

    public Optional<PolicyVersion> findById(long id) {
        return query("SELECT " + COLUMNS + " FROM policy_version WHERE id = ?", id).stream().findFirst();
    }

    /**
     * Inserts a version; the version's sha256/fileName/mediaType fields are taken from the document when
     * one is given.
     */
    public PolicyVersion insert(PolicyVersion v, Document document) {
        return db.inTransaction(c -> {
            String sha = document == null ? null : document.sha256();
            PolicyVersion toSave = new PolicyVersion(0, v.policyId(), v.label().trim(), sha,
                    document == null ? null : document.fileName(), document == null ? null : document.mediaType(),
                    v.approvedBy(), v.approvedOn(), v.minuteRef(), v.effectiveFrom(), v.changeSummary(), v.material());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_version (policy_id, label, document, "
                    + "document_sha256, file_name, media_type, approved_by, approved_on, minute_ref, effective_from, "
                    + "change_summary, material, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                int i = 1;
                ps.setLong(i++, toSave.policyId());
                ps.setString(i++, toSave.label());
                if (document == null) {
                    ps.setNull(i++, Types.BINARY);
                } else {
                    ps.setBytes(i++, document.bytes());
                }
                ps.setString(i++, sha);
                ps.setString(i++, toSave.fileName());
                ps.setString(i++, toSave.mediaType());
                ps.setString(i++, Jdbc.blankToNull(toSave.approvedBy()));
                Jdbc.setDate(ps, i++, toSave.approvedOn());
                ps.setString(i++, Jdbc.blankToNull(toSave.minuteRef()));
                Jdbc.setDate(ps, i++, toSave.effectiveFrom());
                ps.setString(i++, Jdbc.blankToNull(toSave.changeSummary()));
                ps.setInt(i++, toSave.material() ? 1 : 0);
                ps.setString(i, Instant.now(db.clock()).toString());
                ps.executeUpdate();
                PolicyVersion saved = toSave.withId(Jdbc.generatedId(ps));
                audit.record("policy_version", saved.id(), "create", null, saved);
                return saved;
            }
        });
    }

    /**
     * Records the approval of a version that has none yet (approved by, approved on, minute reference), audited
     * as "approve". A version already approved is never changed here.
     */
    public PolicyVersion approve(long versionId, String approvedBy, java.time.LocalDate approvedOn, String minuteRef) {
        return db.inTransaction(c -> {
            PolicyVersion before = findById(versionId).orElseThrow(() -> new StoreException("No version " + versionId));
            try (PreparedStatement ps = c.prepareStatement("UPDATE policy_version SET approved_by = ?, approved_on = ?, "
                    + "minute_ref = ? WHERE id = ? AND approved_on IS NULL")) {
                ps.setString(1, Jdbc.blankToNull(approvedBy));
                Jdbc.setDate(ps, 2, approvedOn);
                ps.setString(3, Jdbc.blankToNull(minuteRef));
                ps.setLong(4, versionId);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("Version " + before.label() + " is already approved");
                }
            }
            versions.bump(c, RecordVersions.Table.POLICY_VERSION, versionId, null);
            PolicyVersion after = findById(versionId).orElseThrow();
            audit.record("policy_version", versionId, "approve", before, after);
            return after;
        });
    }

    /** The stored document of a version, if it has one. */
    public Optional<Document> document(long versionId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT file_name, media_type, document FROM policy_version WHERE id = ? AND document IS NOT NULL")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Document(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                            : Optional.empty();
                }
            }
        });
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<PolicyVersion> query(String sql, Object... args) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<PolicyVersion> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    private static PolicyVersion map(ResultSet rs) throws SQLException {
        return new PolicyVersion(rs.getLong("id"), rs.getLong("policy_id"), rs.getString("label"),
                rs.getString("document_sha256"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getString("approved_by"), Jdbc.getDate(rs, "approved_on"), rs.getString("minute_ref"),
                Jdbc.getDate(rs, "effective_from"), rs.getString("change_summary"), rs.getInt("material") == 1);
    }
}
