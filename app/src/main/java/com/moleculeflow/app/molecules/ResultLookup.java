package com.moleculeflow.app.molecules;

import java.util.List;

/** Results for a parent; the results module provides it so the registry does not depend on submissions. */
public interface ResultLookup {

    List<MoleculeResult> forParent(long parentId);

    /** Only the results a CRO organisation returned itself: one CRO never sees another's values. */
    List<MoleculeResult> forParentReturnedBy(long parentId, String croOrganisationId);
}
