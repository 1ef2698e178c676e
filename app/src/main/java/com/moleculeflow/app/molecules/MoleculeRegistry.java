package com.moleculeflow.app.molecules;

import com.moleculeflow.chemistry.AnalyzedCompound;
import com.moleculeflow.chemistry.CompoundAnalyzer;
import com.moleculeflow.chemistry.Identity;
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
        // one look-up serves all three layers: an exact match wins over a tautomer-only match, which wins over a
        // stereo-only match; the standard key names a tautomer only between parents of one stereo kind (a racemate
        // and the enantiomer it is drawn as share it, and are stereoisomers)
        Identity identity = compound.identity();
        Optional<Match> match = jdbc.sql("""
                        select id, corporate_id, exact_key = ? as exact, inchikey = ? and stereo_kind = ? as tautomer from parents
                        where rules_version = ? and (exact_key = ? or inchikey = ? or stereo_insensitive_key = ?)
                        order by exact desc, tautomer desc, id limit 1""")
                .params(identity.exactKey(), identity.inchiKey(), identity.stereo().name(), CompoundAnalyzer.RULES_VERSION,
                        identity.exactKey(), identity.inchiKey(), identity.stereoInsensitiveKey())
                .query(Match.class).optional();
        if (match.isPresent() && match.get().exact()) {
            long batchId = addBatch(match.get().id(), compound, source);
            return new Registration(Outcome.duplicate, match.get().id(), batchId,
                    "same exact structure as " + match.get().corporateId() + ": registered as a new batch");
        }
        if (match.isPresent() && match.get().tautomer()) {
            return new Registration(Outcome.in_review, null, null,
                    "tautomer of " + match.get().corporateId() + " (same standard InChIKey, different fixed-H structure): needs review");
        }
        long parentId = insertParent(compound, source.username());
        long batchId = addBatch(parentId, compound, source);
        return new Registration(Outcome.registered, parentId, batchId, match.map(related -> "related to " + related.corporateId()
                + " (same structure without stereo: a stereoisomer): registered as a new parent").orElse(null));
    }

    private record Match(long id, String corporateId, boolean exact, boolean tautomer) {
    }

    private long insertParent(AnalyzedCompound c, String username) {
        var p = c.properties();
        return jdbc.sql("""
                        insert into parents (corporate_id, canonical_smiles, exact_key, inchi, inchikey, stereo_insensitive_key,
                            stereo_kind, rules_version, formula, average_mw, exact_mass, logp, tpsa, hbd, hba, rotatable_bonds, created_by)
                        values (%s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""".formatted(CorporateIds.NEXT_PARENT_SQL))
                .params(c.parentSmiles(), c.identity().exactKey(), c.identity().inchi(),
                        c.identity().inchiKey(), c.identity().stereoInsensitiveKey(), c.identity().stereo().name(), CompoundAnalyzer.RULES_VERSION,
                        p.formula(), p.averageMw(), p.exactMass(), finite(p.logP()), finite(p.tpsa()), p.hbd(), p.hba(),
                        p.rotatableBonds(), username)
                .query(Long.class).single();
    }

    private long addBatch(long parentId, AnalyzedCompound c, Source source) {
        record Numbered(int batchCount, String corporateId) { }
        Numbered parent = jdbc.sql("update parents set batch_count = batch_count + 1 where id = ? returning batch_count, corporate_id")
                .param(parentId).query(Numbered.class).single();
        return jdbc.sql("""
                        insert into batches (parent_id, batch_number, corporate_id, salt_form_smiles, salt_description,
                            original_text, external_id, import_id, source_line, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(parentId, parent.batchCount(), CorporateIds.batch(parent.corporateId(), parent.batchCount()), c.saltFormSmiles(),
                        c.saltDescription(), source.originalText(), source.externalId(), source.importId(), source.line(),
                        source.username())
                .query(Long.class).single();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
