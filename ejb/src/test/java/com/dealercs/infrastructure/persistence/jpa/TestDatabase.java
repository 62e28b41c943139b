package com.dealercs.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh in-memory H2 database in MySQL mode (as the embedded server database is configured),
 * built by the application's real Flyway migrations, with EclipseLink booted in Java SE over the
 * test unit {@code META-INF/persistence-test.xml}. No application server involved.
 * A test class registers one as an extension: started before its tests, closed after them, and
 * (with {@link #emptiedBeforeEach()}) emptied before each test.
 */
final class TestDatabase implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    /** Tables the migrations fill themselves and {@link #clear()} leaves alone. */
    private static final List<String> REFERENCE_TABLES = List.of("flyway_schema_history", "app_role");

    /** Flyway reports every migration at INFO; held here so the setting is not collected away. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private final boolean emptiedBeforeEach;
    private String url;
    private Connection keepAlive;
    private EntityManagerFactory emf;

    private TestDatabase(boolean emptiedBeforeEach) {
        this.emptiedBeforeEach = emptiedBeforeEach;
    }

    /** A database each test of the class finds empty (but for the migrations' reference data). */
    static TestDatabase emptiedBeforeEach() {
        return new TestDatabase(true);
    }

    /** A database the class's tests share as they leave it. */
    static TestDatabase shared() {
        return new TestDatabase(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        url = "jdbc:h2:mem:dealercs-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=YEAR,VALUE";
        try {
            // the database lives as long as one connection to it does
            keepAlive = DriverManager.getConnection(url, "sa", "");
            Flyway.configure(TestDatabase.class.getClassLoader())
                    .dataSource(url, "sa", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            emf = Persistence.createEntityManagerFactory("dealercs-test", Map.of(
                    "eclipselink.persistencexml", "META-INF/persistence-test.xml",
                    "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", "sa",
                    "jakarta.persistence.jdbc.password", ""));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot start " + url, e);
        }
    }

    EntityManagerFactory emf() {
        return emf;
    }

    /** Runs the work in a transaction of its own, committed unless the work throws. */
    <T> T call(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Like {@link #call}, for work without a result. */
    void run(Consumer<EntityManager> work) {
        call(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Closes an entity manager a test drove itself, rolling back what it left open (and its locks). */
    static void close(EntityManager em) {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    /** A plain JDBC connection to the same database, for what the entities would never write. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    /** Empties every table the application writes, keeping the schema. */
    void clear() {
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            sql.execute("set referential_integrity false");
            for (String table : tables) {
                if (!REFERENCE_TABLES.contains(table)) {
                    sql.execute("truncate table " + table + " restart identity");
                }
            }
            sql.execute("set referential_integrity true");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clear the test database", e);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (emptiedBeforeEach) {
            clear();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        emf.close();
        keepAlive.close();
    }
}
