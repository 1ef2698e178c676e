package com.moleculeflow.app.submissions;

import com.moleculeflow.app.molecules.CroVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A CRO sees exactly the molecules inside submissions that have been sent to it. */
@Component
class SubmittedMoleculeVisibility implements CroVisibility {

    private static final String FILTER = """
            exists (select 1 from submission_items i join submissions s on s.id = i.submission_id
                    where i.parent_id = p.id and s.cro_organisation_id = ?
                      and s.status in ('SENT_TO_CRO', 'RESULTS_RETURNED', 'COMPLETED'))""";

    private static final String BATCH_FILTER = """
            exists (select 1 from submission_items i join submissions s on s.id = i.submission_id
                    where i.batch_id = b.id and s.cro_organisation_id = ?
                      and s.status in ('SENT_TO_CRO', 'RESULTS_RETURNED', 'COMPLETED'))""";

    private final JdbcClient jdbc;

    SubmittedMoleculeVisibility(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean maySee(String croOrganisationId, long parentId) {
        return jdbc.sql("select count(*) from parents p where p.id = ? and " + FILTER).params(parentId, croOrganisationId)
                .query(Long.class).single() > 0;
    }

    @Override
    public String parentFilterSql() {
        return FILTER;
    }

    @Override
    public String batchFilterSql() {
        return BATCH_FILTER;
    }
}
