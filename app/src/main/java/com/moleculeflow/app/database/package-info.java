/**
 * Where the data lives: the embedded PostgreSQL with a persistent data directory in local mode, or the
 * PostgreSQL named by DATABASE_URL. Flyway owns our schema; the engine owns its ACT_* tables.
 */
package com.moleculeflow.app.database;
