package com.dealercs.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.InspectionRow;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.infrastructure.imports.file.FileRefusedException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An import never overwrites an inspection entered on the portal or over the API (interfaces.md
 * §2), on the application's real schema (H2 in MySQL mode, Flyway): validation knows the entered
 * ones ({@link ImportLookups#inspectionEntered}) and rejects their rows; one entered after the file
 * was checked refuses the file when it is applied, under the year's lock.
 */
class EnteredInspectionGuardTest {

    private MigratedSchema schema;
    private JdbcDataSource dataSource;
    private Connection keepAlive;

    /** 2024 with D0001's CS-MAP of 14 May entered and D0002's of that day imported. */
    @BeforeEach
    void givenInspections() throws SQLException {
        schema = new MigratedSchema("guard");
        dataSource = schema.dataSource;
        keepAlive = schema.connection;
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("insert into inspection (year_id, quarter, dealer_id, map, inspection_date, inspector, status,"
                    + " version, source, author) values (1, 2, 1, 'CS_MAP', '2024-05-14', '王敏', 'DRAFT', 0, 'ENTERED',"
                    + " 'supervisor')");
            sql.execute("insert into inspection (year_id, quarter, dealer_id, map, inspection_date, inspector, status,"
                    + " version) values (1, 2, 2, 'CS_MAP', '2024-05-14', '王敏', 'APPROVED', 0)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        schema.close();
    }

    @Test
    void validationKnowsTheEnteredInspectionsOnly() {
        ImportLookups lookups = new ImportLookups();
        lookups.dataSource = dataSource;

        assertTrue(lookups.inspectionEntered("D0001", ChecklistMap.CS_MAP, LocalDate.of(2024, 5, 14)));
        assertFalse(lookups.inspectionEntered("D0001", ChecklistMap.SSI_MAP, LocalDate.of(2024, 5, 14)));
        assertFalse(lookups.inspectionEntered("D0001", ChecklistMap.CS_MAP, LocalDate.of(2024, 5, 15)));
        assertFalse(lookups.inspectionEntered("D0002", ChecklistMap.CS_MAP, LocalDate.of(2024, 5, 14)),
                "an imported inspection is imported again as usual");
    }

    @Test
    void anInspectionEnteredAfterTheFileWasCheckedRefusesTheFileNamingItsLine() throws SQLException {
        List<StagedRow> file = List.of(line(2, "D0002", ChecklistMap.CS_MAP), line(3, "D0001", ChecklistMap.SSI_MAP),
                line(7, "D0001", ChecklistMap.CS_MAP));
        ImportApplier applier = ImportApplierTest.applier(dataSource);
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("insert into checklist_item (id, year_id, map, item_code, name_zh, name_en, item_max, sort_order)"
                    + " values (1, 1, 'CS_MAP', 'CS-HW', '硬件', 'Hardware', 10, 1),"
                    + " (2, 1, 'SSI_MAP', 'SSI-ENV', '环境', 'Environment', 10, 2)");
            sql.execute("insert into checkpoint (year_id, item_id, checkpoint_code, name_zh, name_en, sort_order)"
                    + " values (1, 1, 'CS-HW-01', '门店', 'Shop', 1), (1, 2, 'SSI-ENV-01', '门店', 'Shop', 2)");
        }
        long refused = ImportApplierTest.staged(dataSource, ImportKind.INSPECTIONS, file);
        long accepted = ImportApplierTest.staged(dataSource, ImportKind.INSPECTIONS, file.subList(0, 2));

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            FileRefusedException e = assertThrows(FileRefusedException.class, () -> applier.apply(connection,
                    new ImportApplier.Context(refused, ImportKind.INSPECTIONS, "f".repeat(64), "hq", 0)));
            assertEquals("import.file.inspectionEntered", e.key());
            assertEquals(List.of("7", "D0001", "CS_MAP", "2024-05-14"), e.arguments());
            connection.rollback();

            assertEquals(2, applier.apply(connection,
                    new ImportApplier.Context(accepted, ImportKind.INSPECTIONS, "e".repeat(64), "hq", 0)));
            connection.rollback();
        }
    }

    private static StagedRow line(int number, String dealerCode, ChecklistMap map) {
        return new StagedRow(number, new InspectionRow(2024, 2, dealerCode, map, LocalDate.of(2024, 5, 14),
                "导入者", map == ChecklistMap.CS_MAP ? "CS-HW-01" : "SSI-ENV-01", CheckpointOutcome.PASS, null));
    }
}
