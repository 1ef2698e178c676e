package com.moleculeflow.app.molecules;

import com.moleculeflow.chemistry.AnalyzedCompound;
import com.moleculeflow.chemistry.CompoundAnalyzer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers analysed structures. Identity policy (DESIGN.md "Identity layers"): an exact match is a duplicate and
 * becomes a new batch of that parent; a tautomer-only match goes to review; a stereo-only match is a new parent.
 * Callers run rows in file order, so the first occurrence in the file is the one registered.
 */
@Service
public class MoleculeRegistry {

    private final JdbcClient jdbc;

    MoleculeRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Source(String originalText, String externalId, UUID importId, Long line, String username) {
    }

    @Transactional
    public Registration register(AnalyzedCompound compound, Source source) {
        if (compound.reviewReason() != null) {
            return new Registration(Outcome.in_review, null, null, compound.reviewReason());
        }
        Optional<Long> exact = jdbc.sql("select id from parents where rules_version = ? and exact_key = ?")
                .params(CompoundAnalyzer.RULES_VERSION, compound.identity().exactKey()).query(Long.class).optional();
        if (exact.isPresent()) {
            long batchId = addBatch(exact.get(), compound, source);
            return new Registration(Outcome.duplicate, exact.get(), batchId,
                    "same exact structure as " + corporateId(exact.get()) + ": registered as a new batch");
        }
        Optional<String> tautomer = jdbc.sql("select corporate_id from parents where rules_version = ? and inchikey = ? limit 1")
                .params(CompoundAnalyzer.RULES_VERSION, compound.identity().inchiKey()).query(String.class).optional();
        if (tautomer.isPresent()) {
            return new Registration(Outcome.in_review, null, null,
                    "tautomer of " + tautomer.get() + " (same standard InChIKey, different fixed-H structure): needs review");
        }
        long parentId = insertParent(compound, source.username());
        long batchId = addBatch(parentId, compound, source);
        return new Registration(Outcome.registered, parentId, batchId, null);
    }

    private long insertParent(AnalyzedCompound c, String username) {
        long number = jdbc.sql("select nextval('parent_number_seq')").query(Long.class).single();
        var p = c.properties();
        return jdbc.sql("""
                        insert into parents (corporate_id, canonical_smiles, exact_key, inchi, inchikey, stereo_insensitive_key,
                            rules_version, formula, average_mw, exact_mass, logp, tpsa, hbd, hba, rotatable_bonds, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(CorporateIds.parent(number), c.parentSmiles(), c.identity().exactKey(), c.identity().inchi(),
                        c.identity().inchiKey(), c.identity().stereoInsensitiveKey(), CompoundAnalyzer.RULES_VERSION,
                        p.formula(), p.averageMw(), p.exactMass(), finite(p.logP()), finite(p.tpsa()), p.hbd(), p.hba(),
                        p.rotatableBonds(), username)
                .query(Long.class).single();
    }

    private long addBatch(long parentId, AnalyzedCompound c, Source source) {
        int batchNumber = jdbc.sql("update parents set batch_count = batch_count + 1 where id = ? returning batch_count")
                .param(parentId).query(Integer.class).single();
        return jdbc.sql("""
                        insert into batches (parent_id, batch_number, corporate_id, salt_form_smiles, salt_description,
                            original_text, external_id, import_id, source_line, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(parentId, batchNumber, CorporateIds.batch(corporateId(parentId), batchNumber), c.saltFormSmiles(),
                        c.saltDescription(), source.originalText(), source.externalId(), source.importId(), source.line(),
                        source.username())
                .query(Long.class).single();
    }

    private String corporateId(long parentId) {
        return jdbc.sql("select corporate_id from parents where id = ?").param(parentId).query(String.class).single();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
