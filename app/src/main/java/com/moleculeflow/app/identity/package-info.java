/**
 * Who is who: users (kept in the engine's identity store so portal, API and Operaton Tasklist/Cockpit share them),
 * their organisation (pharma or CRO) and roles, sign-in with tokens, and the demo identities of local mode.
 */
package com.moleculeflow.app.identity;
