package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.concerto.shared.SchemaMigrations;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The versioned migrations build the whole schema on an empty database, on H2 and PostgreSQL alike. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Resource(lookup = "java:jboss/datasources/ConcertoDS")
    DataSource dataSource;

    @Test
    void migrationsBuildTheSchemaOnAnEmptyDatabase() throws Exception {
        String schema = Fixtures.unique("it_empty").replace('-', '_').toLowerCase(Locale.ROOT);
        try {
            MigrateResult result = SchemaMigrations.migrate(dataSource, schema);

            assertThat(result.success).isTrue();
            assertThat(result.initialSchemaVersion).as("the schema was empty").isNull();
            assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
            assertThat(result.targetSchemaVersion).isEqualTo(liveSchemaVersion());
            assertThat(tablesOf(schema))
                    .contains(
                            "organisation",
                            "person",
                            "user_account",
                            "user_account_role",
                            "meeting",
                            "invitation",
                            "agenda_item");
        } finally {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema \"" + schema + "\" cascade");
            }
        }
    }

    @Test
    void theRunningDatabaseHasEveryMigrationAppliedSuccessfully() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from \"flyway_schema_history\" where \"success\" = false")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
        assertThat(liveSchemaVersion()).isNotNull();
    }

    private String liveSchemaVersion() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select \"version\" from \"flyway_schema_history\" where \"version\" is not null order by \"installed_rank\" desc")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private Set<String> tablesOf(String schema) throws Exception {
        Set<String> tables = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            // H2 folds unquoted names to upper case, PostgreSQL to lower case: ask for both.
            for (String name : new String[] {schema, schema.toUpperCase(Locale.ROOT)}) {
                try (ResultSet rows = metaData.getTables(null, name, "%", new String[] {"TABLE"})) {
                    while (rows.next()) {
                        tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return tables;
    }
}
