package com.moleculeflow.app.results;

import com.moleculeflow.app.molecules.MoleculeResult;
import com.moleculeflow.app.molecules.ResultLookup;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The results of a molecule, newest first, for the registry's detail view. */
@Component
class StoredResults implements ResultLookup {

    private final JdbcClient jdbc;

    StoredResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            select r.submission_id, b.corporate_id, r.assay, r.value, r.identifier, r.recorded_by, r.recorded_at
            from results r join batches b on b.id = r.batch_id join submissions s on s.id = r.submission_id
            where r.parent_id = ?""";

    @Override
    public List<MoleculeResult> forParent(long parentId) {
        return jdbc.sql(SELECT + " order by r.recorded_at desc, r.id").param(parentId).query(StoredResults::result).list();
    }

    @Override
    public List<MoleculeResult> forParentReturnedBy(long parentId, String croOrganisationId) {
        return jdbc.sql(SELECT + " and s.cro_organisation_id = ? order by r.recorded_at desc, r.id")
                .params(parentId, croOrganisationId).query(StoredResults::result).list();
    }

    private static MoleculeResult result(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MoleculeResult(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getDouble(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant());
    }
}
