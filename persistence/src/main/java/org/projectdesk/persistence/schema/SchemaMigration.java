package org.projectdesk.persistence.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date as the persistence unit starts, before anything reads it:
 * the Flyway migrations in {@code db/migration} run on the unit's datasource (the server's default
 * one: H2 or PostgreSQL; both run the same scripts). Hibernate never changes the schema itself.
 * <p>
 * It runs while Hibernate builds the unit (a Hibernate integrator, registered in
 * {@code META-INF/services}), so the schema is there before the unit starts anything of its own:
 * Hibernate Search's outbox event processor, on a cluster, polls its tables from its first second,
 * and every start-up bean that uses the unit finds the schema current.
 */
public class SchemaMigration implements Integrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        // Flyway names a target version only when it applied something; otherwise the schema's own
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " ("
                + result.migrationsExecuted + " migrations applied now, database " + result.database + ")");
    }

    /** The schema outlives the unit: nothing to undo when it stops. */
    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing held
    }
}
