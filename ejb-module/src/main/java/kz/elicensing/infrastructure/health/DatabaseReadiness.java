package kz.elicensing.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import kz.elicensing.application.ops.CheckResult;
import kz.elicensing.application.ops.ReadinessCheck;

/** Ready when a trivial query answers through the application's datasource within a few seconds. */
@ApplicationScoped
public class DatabaseReadiness implements ReadinessCheck {
    static final String NAME = "elicensing-database";
    private static final int TIMEOUT_SECONDS = 5;

    @Resource(lookup = "java:jboss/datasources/ElicensingDS")
    DataSource dataSource;

    @Override
    public CheckResult check() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rs = statement.executeQuery("SELECT 1")) {
                rs.next();
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("database", connection.getMetaData().getDatabaseProductName());
            data.put("millis", (System.nanoTime() - start) / 1_000_000);
            return CheckResult.up(NAME, data);
        } catch (SQLException | RuntimeException e) {
            return CheckResult.failed(NAME, e);
        }
    }
}
