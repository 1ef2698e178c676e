package com.moleculeflow.app.documents;

import com.moleculeflow.app.audit.AuditTrail;
import com.moleculeflow.app.common.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps uploaded files as documents and opens them again; every file kept is audited with its hash. */
@Service
public class Documents {

    private final DocumentStore store;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Documents(DocumentStore store, JdbcClient jdbc, AuditTrail audit) {
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Document keep(String fileName, String contentType, InputStream content, String purpose, String username) {
        UUID id = UUID.randomUUID();
        String key = id.toString().substring(0, 2) + "/" + id;
        MessageDigest sha256 = sha256();
        long size;
        try (DigestInputStream in = new DigestInputStream(content, sha256)) {
            size = store.put(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store document " + fileName, e);
        }
        String hash = HexFormat.of().formatHex(sha256.digest());
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        jdbc.sql("""
                        insert into documents (id, file_name, content_type, size_bytes, sha256, storage_key, purpose, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, fileName, type, size, hash, key, purpose, username).update();
        audit.record(username, "DOCUMENT_STORED", "document", id.toString(),
                "%s (%d bytes, sha256 %s, purpose %s)".formatted(fileName, size, hash, purpose));
        return get(id);
    }

    public Document get(UUID id) {
        return jdbc.sql("select id, file_name, content_type, size_bytes, sha256, purpose, uploaded_by, uploaded_at from documents where id = ?")
                .param(id).query(Document.class).optional()
                .orElseThrow(() -> DomainException.notFound("Document", id));
    }

    public InputStream open(UUID id) throws IOException {
        String key = jdbc.sql("select storage_key from documents where id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> DomainException.notFound("Document", id));
        return store.open(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
