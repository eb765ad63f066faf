package org.projectdesk.persistence.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row an import locks (pessimistically, in the database) while it checks and writes its
 * entries, so that two imports naming the same address names run one after the other on every
 * server sharing the database: the second one finds the names the first stored and reports them as
 * taken, instead of both waiting on each other's rows.
 */
@Entity
@Table(name = "import_lock")
public class ImportLock {

    /** The id of the only row. */
    public static final int ONLY = 1;

    @Id
    @Column(name = "id")
    private Integer id;

    protected ImportLock() {
        // for Jakarta Persistence
    }
}
