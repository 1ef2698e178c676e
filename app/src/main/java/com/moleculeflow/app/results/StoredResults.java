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

    @Override
    public List<MoleculeResult> forParent(long parentId) {
        return jdbc.sql("""
                        select r.submission_id, b.corporate_id, r.assay, r.value, r.identifier, r.recorded_by, r.recorded_at
                        from results r join batches b on b.id = r.batch_id where r.parent_id = ? order by r.recorded_at desc, r.id""")
                .param(parentId)
                .query((rs, n) -> new MoleculeResult(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }
}
