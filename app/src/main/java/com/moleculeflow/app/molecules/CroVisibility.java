package com.moleculeflow.app.molecules;

/** Which parents a CRO organisation may see (those inside submissions sent to it); provided by submissions. */
public interface CroVisibility {

    boolean maySee(String croOrganisationId, long parentId);

    /** SQL condition on {@code p.id} restricting parents to those visible to the organisation bound as the parameter. */
    String parentFilterSql();

    /** SQL condition on {@code b.id}: batches sent to the organisation bound as the parameter. */
    String batchFilterSql();
}
