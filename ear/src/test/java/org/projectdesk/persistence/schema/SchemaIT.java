package org.projectdesk.persistence.schema;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.testsupport.Deployments;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/**
 * The schema the Flyway migrations built is exactly what the entity mapping expects, on the
 * database the server runs on (H2 in one run, PostgreSQL in the other).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class SchemaIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(SchemaIT.class);
    }

    @PersistenceContext(unitName = "projectdesk")
    EntityManager em;

    @Test
    void migrationsMatchTheMapping() {
        SessionFactoryImplementor sessionFactory = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        assertDoesNotThrow(() -> sessionFactory.getSchemaManager().validateMappedObjects());
    }
}
