package com.moleculeflow.app.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** The pool over the embedded server; closing it stops the server so its data directory is left consistent. */
final class EmbeddedPostgresDataSource extends DelegatingDataSource implements AutoCloseable {

    private final HikariDataSource pool;
    private final EmbeddedPostgres server;
    private final DataDirectoryLock lock;

    EmbeddedPostgresDataSource(HikariDataSource pool, EmbeddedPostgres server, DataDirectoryLock lock) {
        super(pool);
        this.pool = pool;
        this.server = server;
        this.lock = lock;
    }

    @Override
    public void close() throws IOException {
        pool.close();
        server.close();
        lock.close();
    }
}
