package com.moleculeflow.app.molecules;

import com.moleculeflow.app.common.DomainException;
import com.moleculeflow.app.common.PageRequest;
import com.moleculeflow.app.common.PageRequest.Page;
import com.moleculeflow.app.identity.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the registry as a user may see it: pharma users see all parents, a CRO user only those sent to them. */
@Service
public class MoleculeCatalog {

    /**
     * API sort names to columns; anything else is refused with the list of allowed names. The short names of the
     * seed ({@code mw}, {@code logp}) and the JSON field names ({@code averageMw}, {@code logP}) both work.
     * {@code batch_count} is the output column, so a CRO's grid is ordered by its own count of batches.
     */
    private static final Map<String, String> SORTS = Map.ofEntries(
            Map.entry("mw", "p.average_mw"), Map.entry("averageMw", "p.average_mw"), Map.entry("exactMass", "p.exact_mass"),
            Map.entry("logp", "p.logp"), Map.entry("logP", "p.logp"), Map.entry("tpsa", "p.tpsa"),
            Map.entry("corporateId", "p.corporate_id"), Map.entry("createdAt", "p.created_at"), Map.entry("hbd", "p.hbd"),
            Map.entry("hba", "p.hba"), Map.entry("rotatableBonds", "p.rotatable_bonds"), Map.entry("batchCount", "batch_count"));

    /** The grid's columns; the batch count and latest batch take an extra condition on {@code b} (empty for pharma users). */
    private static final String SUMMARY_COLUMNS_OF_BATCHES = """
            p.id, p.corporate_id, p.canonical_smiles, p.formula, p.average_mw, p.exact_mass, p.logp, p.tpsa, p.hbd, p.hba,
            p.rotatable_bonds, p.inchikey, %s as batch_count,
            (select b.corporate_id from batches b where b.parent_id = p.id%s order by b.batch_number desc limit 1) as latest_batch,
            p.created_at""";

    static final String SUMMARY_COLUMNS = SUMMARY_COLUMNS_OF_BATCHES.formatted("p.batch_count", "");

    private final JdbcClient jdbc;
    private final ResultLookup results;
    private final CroVisibility croVisibility;

    MoleculeCatalog(JdbcClient jdbc, ResultLookup results, CroVisibility croVisibility) {
        this.jdbc = jdbc;
        this.results = results;
        this.croVisibility = croVisibility;
    }

    public Page<ParentSummary> browse(CurrentUser user, PageRequest page, String sort) {
        String orderBy = orderBy(sort);
        String where = user.croUser() ? " where " + croVisibility.parentFilterSql() : "";
        List<Object> params = user.croUser() ? List.of(user.organisationId()) : List.of();
        long total = jdbc.sql("select count(*) from parents p" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(summaryParams(user));
        pageParams.addAll(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<ParentSummary> items = jdbc.sql("select " + summaryColumns(user) + " from parents p" + where + " order by " + orderBy + " limit ? offset ?")
                .params(pageParams).query(MoleculeCatalog::summary).list();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** A CRO counts only the batches sent to it: the others, and how many there are, are not its business. */
    private String summaryColumns(CurrentUser user) {
        if (!user.croUser()) {
            return SUMMARY_COLUMNS;
        }
        String sent = " and " + croVisibility.batchFilterSql();
        return SUMMARY_COLUMNS_OF_BATCHES.formatted("(select count(*) from batches b where b.parent_id = p.id" + sent + ")", sent);
    }

    private static List<Object> summaryParams(CurrentUser user) {
        return user.croUser() ? List.of(user.organisationId(), user.organisationId()) : List.of();
    }

    public List<ParentSummary> summaries(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from parents p where p.id = any(?) order by p.id")
                .param(parentIds.toArray(Long[]::new)).query(MoleculeCatalog::summary).list();
    }

    public MoleculeDetail detail(CurrentUser user, long parentId) {
        checkVisible(user, parentId);
        record Keys(String exactKey, String inchi, String stereoKey, String rulesVersion) { }
        Keys keys = jdbc.sql("select exact_key, inchi, stereo_insensitive_key as stereo_key, rules_version from parents where id = ?")
                .param(parentId).query(Keys.class).optional()
                .orElseThrow(() -> DomainException.notFound("Molecule", parentId));
        List<Object> summaryParams = new ArrayList<>(summaryParams(user));
        summaryParams.add(parentId);
        ParentSummary parent = jdbc.sql("select " + summaryColumns(user) + " from parents p where p.id = ?")
                .params(summaryParams).query(MoleculeCatalog::summary).single();
        // a CRO user sees only the batches sent to their organisation and the results it returned itself
        String croFilter = user.croUser() ? " and " + croVisibility.batchFilterSql() : "";
        List<Object> params = user.croUser() ? List.of(parentId, user.organisationId()) : List.of(parentId);
        List<Batch> batches = jdbc.sql("""
                        select b.id, b.corporate_id, b.batch_number, b.salt_form_smiles, b.salt_description, b.original_text,
                               b.external_id, b.import_id, b.source_line, b.created_by, b.created_at
                        from batches b where b.parent_id = ?""" + croFilter + " order by b.batch_number")
                .params(params).query(Batch.class).list();
        if (user.croUser()) {
            batches = batches.stream().map(Batch::withoutProvenance).toList();
        }
        List<MoleculeResult> visibleResults = user.croUser()
                ? results.forParentReturnedBy(parentId, user.organisationId()) : results.forParent(parentId);
        return new MoleculeDetail(parent, keys.exactKey(), keys.inchi(), keys.stereoKey(), keys.rulesVersion(), batches,
                visibleResults);
    }

    public String smiles(CurrentUser user, long parentId) {
        checkVisible(user, parentId);
        return jdbc.sql("select canonical_smiles from parents where id = ?").param(parentId).query(String.class).optional()
                .orElseThrow(() -> DomainException.notFound("Molecule", parentId));
    }

    /** The latest batch of each parent: what a submission sends when given parents rather than batches. */
    public List<BatchRef> latestBatches(Collection<Long> parentIds) {
        List<BatchRef> refs = jdbc.sql("""
                        select distinct on (b.parent_id) b.id as batch_id, b.parent_id, p.corporate_id as parent_corporate_id,
                               b.corporate_id as batch_corporate_id, b.external_id
                        from batches b join parents p on p.id = b.parent_id
                        where b.parent_id = any(?) order by b.parent_id, b.batch_number desc""")
                .param(parentIds.toArray(Long[]::new)).query(BatchRef.class).list();
        if (refs.size() != parentIds.size()) {
            List<Long> found = refs.stream().map(BatchRef::parentId).toList();
            List<Long> missing = parentIds.stream().filter(id -> !found.contains(id)).toList();
            throw DomainException.invalid("unknown molecule ids: " + missing);
        }
        return refs;
    }

    /** The identifiers a submitted batch can be reported under. */
    public record BatchRef(long batchId, long parentId, String parentCorporateId, String batchCorporateId, String externalId) {
    }

    private void checkVisible(CurrentUser user, long parentId) {
        if (user.croUser() && !croVisibility.maySee(user.organisationId(), parentId)) {
            throw DomainException.notFound("Molecule", parentId);
        }
    }

    private static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return "p.id asc";
        }
        String[] parts = sort.split(",");
        String column = SORTS.get(parts[0].trim());
        if (column == null) {
            throw DomainException.invalid("cannot sort by '" + parts[0] + "'; sortable fields: " + new java.util.TreeSet<>(SORTS.keySet()));
        }
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw DomainException.invalid("sort direction must be asc or desc, was '" + parts[1] + "'");
        }
        return column + " " + direction + " nulls last, p.id asc";
    }

    static ParentSummary summary(ResultSet rs, int row) throws SQLException {
        return new ParentSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                rs.getDouble(6), (Double) rs.getObject(7), (Double) rs.getObject(8), (Integer) rs.getObject(9),
                (Integer) rs.getObject(10), (Integer) rs.getObject(11), rs.getString(12), rs.getInt(13), rs.getString(14),
                rs.getTimestamp(15).toInstant());
    }
}
