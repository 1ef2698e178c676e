package com.moleculeflow.app.signatures;

import com.moleculeflow.app.audit.AuditTrail;
import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.identity.CurrentUser;
import com.moleculeflow.app.identity.UserDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs records after re-authenticating the signer; the password is checked and forgotten, never stored. */
@Service
public class Signatures {

    private final JdbcClient jdbc;
    private final UserDirectory directory;
    private final AuditTrail audit;

    Signatures(JdbcClient jdbc, UserDirectory directory, AuditTrail audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional
    public Signature sign(CurrentUser signer, String password, String meaning, String recordType, String recordId, String signedContent) {
        if (password == null || password.isEmpty()) {
            throw DomainException.invalid("password: re-enter your password to sign (21 CFR Part 11 electronic signature)");
        }
        Optional<String> lockout = directory.lockout(signer.username());
        if (lockout.isPresent()) {
            // a locked-out user's passwords are all refused: say why rather than "not correct"
            audit.recordRefusal(signer.username(), "SIGNATURE_REFUSED", recordType, recordId, "locked out after wrong passwords, meaning " + meaning);
            throw DomainException.forbidden("password: after wrong passwords, %s cannot sign or sign in %s; nothing was signed"
                    .formatted(signer.username(), lockout.get()));
        }
        if (!directory.checkPassword(signer.username(), password)) {
            audit.recordRefusal(signer.username(), "SIGNATURE_REFUSED", recordType, recordId, "wrong password for meaning " + meaning);
            throw DomainException.forbidden("password: the password is not correct; nothing was signed");
        }
        UUID id = UUID.randomUUID();
        String hash = sha256(signedContent);
        jdbc.sql("""
                        insert into signatures (id, signer, signer_name, meaning, record_type, record_id, content_sha256)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, signer.username(), signer.displayName(), meaning, recordType, recordId, hash).update();
        audit.record(signer.username(), "SIGNED", recordType, recordId, "signature %s meaning '%s' sha256 %s".formatted(id, meaning, hash));
        return get(id);
    }

    public Signature get(UUID id) {
        return jdbc.sql("select id, signer, signer_name, meaning, record_type, record_id, content_sha256, signed_at from signatures where id = ?")
                .param(id).query(Signature.class).optional().orElseThrow(() -> DomainException.notFound("Signature", id));
    }

    public java.util.List<Signature> forRecord(String recordId) {
        return jdbc.sql("select id, signer, signer_name, meaning, record_type, record_id, content_sha256, signed_at from signatures where record_id = ? order by signed_at")
                .param(recordId).query(Signature.class).list();
    }

    public static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
