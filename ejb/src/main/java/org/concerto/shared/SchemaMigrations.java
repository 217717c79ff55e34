package org.concerto.shared;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The versioned SQL migrations of db/migration, the same on H2 and PostgreSQL. */
public final class SchemaMigrations {

    private SchemaMigrations() {}

    /** Brings the given schema (or the connection's default one when null) to the latest version. */
    public static MigrateResult migrate(DataSource dataSource, String schema) {
        var configuration = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true);
        if (schema != null) {
            configuration.schemas(schema).createSchemas(true);
        }
        return configuration.load().migrate();
    }
}
