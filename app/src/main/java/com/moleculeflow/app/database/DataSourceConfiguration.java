package com.moleculeflow.app.database;

import com.moleculeflow.app.common.RunMode;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.operaton.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * One DataSource for our tables and the engine's. Without DATABASE_URL (local mode only) an embedded PostgreSQL
 * is started on a data directory that survives restarts. The embedded server runs with fsync off: it is for a
 * laptop, never for production data.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(Environment env, LocalDataDirectory dataDirectory) throws IOException {
        String url = env.getProperty("DATABASE_URL");
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("moleculeflow");
        ds.setMaximumPoolSize(env.getProperty("DATABASE_POOL_SIZE", Integer.class, 20));
        // imports write their row outcomes in batches; let the driver send each batch as one multi-row insert
        ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        if (url == null || url.isBlank()) {
            if (RunMode.of(env) == RunMode.PRODUCTION) {
                RunMode.required(env, "DATABASE_URL");
            }
            DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory.resolve("postgres"));
            EmbeddedPostgres pg;
            try {
                pg = embedded(dataDirectory.resolve("postgres"));
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
            ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            ds.setUsername("postgres");
            ds.setPassword("postgres");
            return new EmbeddedPostgresDataSource(ds, pg, lock);
        }
        DatabaseUrl parsed = DatabaseUrl.parse(url, env.getProperty("DATABASE_USERNAME"), env.getProperty("DATABASE_PASSWORD"));
        ds.setJdbcUrl(parsed.jdbcUrl());
        ds.setUsername(parsed.username());
        ds.setPassword(parsed.password());
        return ds;
    }

    /**
     * The engine must close before the database it writes to; without this, shutdown closes the pool first and
     * the engine's last command waits for a connection that never comes.
     */
    @Bean
    static BeanFactoryPostProcessor engineClosesBeforeDatabase() {
        return beanFactory -> {
            for (String engine : beanFactory.getBeanNamesForType(ProcessEngine.class, true, false)) {
                beanFactory.registerDependentBean("dataSource", engine.startsWith("&") ? engine.substring(1) : engine);
            }
        };
    }

    private static EmbeddedPostgres embedded(Path directory) throws IOException {
        Files.createDirectories(directory);
        log.info("Starting embedded PostgreSQL on {} (local mode; fsync is off: not for production data)", directory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(0)
                // Spring's own shutdown closes the pool and then the server; a second hook would race it
                .setRegisterShutdownHook(false)
                .start();
    }
}
