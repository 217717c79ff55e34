package org.concerto.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Can Concerto reach its database, which schema version does it run on, and can it write its files? */
@Stateless
@PermitAll
public class HealthService {

    private static final Logger LOG = Logger.getLogger(HealthService.class.getName());

    @Resource(lookup = "java:jboss/datasources/ConcertoDS")
    private DataSource dataSource;

    @jakarta.inject.Inject
    private StorageCheck storage;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Health check() {
        boolean storageUp = storage.writable();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select \"version\" from \"flyway_schema_history\" "
                        + "where \"success\" = true and \"version\" is not null order by \"installed_rank\" desc")) {
            return new Health(true, rows.next() ? rows.getString(1) : null, storageUp);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Health check: database unreachable: {0}", e.getMessage());
            return new Health(false, null, storageUp);
        }
    }
}
