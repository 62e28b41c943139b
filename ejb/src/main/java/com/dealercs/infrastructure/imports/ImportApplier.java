package com.dealercs.infrastructure.imports;

import com.dealercs.infrastructure.imports.file.FileRefusedException;
import com.dealercs.domain.model.imports.AdjustmentRow;
import com.dealercs.domain.model.imports.CrisisRow;
import com.dealercs.domain.model.imports.CscRow;
import com.dealercs.domain.model.imports.DealerRow;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.ImportRow;
import com.dealercs.domain.model.imports.InspectionRow;
import com.dealercs.domain.model.imports.JdpRow;
import com.dealercs.domain.model.imports.RowResult;
import com.dealercs.domain.model.imports.RowValidator;
import com.dealercs.domain.model.imports.SocRow;
import com.dealercs.domain.model.imports.TrainingRow;
import com.dealercs.domain.model.imports.VolumeRow;
import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.infrastructure.persistence.jpa.JpaAuditTrail;
import com.dealercs.infrastructure.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes an import's staged rows into the real tables, inside the caller's one transaction.
 * Every kind is an upsert on the key of interfaces.md §1 (same key again replaces, so the same
 * file twice leaves the same data); adjustments, which have no key, are keyed by the file's hash
 * and line for the same reason. Rows go in JDBC batches: a CSC file has hundreds of thousands.
 */
@ApplicationScoped
public class ImportApplier {

    private static final int BATCH = 1000;

    @Inject
    ImportStore store;

    @Inject
    JpaAuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** What the apply step knows of the import it applies. */
    public record Context(long importId, ImportKind kind, String contentSha256, String startedBy, int rejected) {
    }

    /** A staged row, typed again, with the line of the file it came from. */
    record Line(int number, ImportRow row) {
    }

    /**
     * Applies the staged rows; refuses the file if one of its years is no longer OPEN (checked
     * under a lock, so an approval cannot slip in between). Returns how many rows were written.
     */
    public int apply(Connection connection, Context context) throws SQLException {
        List<Line> rows = new ArrayList<>();
        store.forEachStaged(connection, context.importId(),
                staged -> rows.add(new Line(staged.line(), parseStaged(context.kind(), staged))));
        Map<Integer, Long> yearIds = lockOpenYears(connection, rows);
        List<ImportChanges.Change> changes = ImportChanges.of(connection, context.kind(), yearIds, rows,
                context.contentSha256());
        switch (context.kind()) {
            case DEALERS -> dealers(connection, rows);
            case VOLUMES -> volumes(connection, rows, yearIds);
            case INSPECTIONS -> inspections(connection, rows, yearIds);
            case SOC -> soc(connection, rows, yearIds);
            case JDP -> jdp(connection, rows, yearIds);
            case CSC -> csc(connection, rows, yearIds);
            case TRAINING -> training(connection, rows, yearIds);
            case CRISIS -> crisis(connection, rows, yearIds);
            case ADJUSTMENTS -> adjustments(connection, rows, yearIds, context);
        }
        markChanged(connection, yearIds);
        record(connection, context, rows.size(), yearIds.keySet());
        recordChanges(connection, context, changes);
        return rows.size();
    }

    /** A staged row passed validation: typed again, it must still be valid. */
    private static ImportRow parseStaged(ImportKind kind, StagedRow staged) {
        RowResult<ImportRow> result = RowValidator.parse(kind, staged.toSourceRow(kind));
        if (!result.isValid()) {
            throw new IllegalStateException("Staged line " + staged.line() + " is no longer valid: " + result.problems());
        }
        return result.row();
    }

    private Map<Integer, Long> lockOpenYears(Connection connection, List<Line> rows) throws SQLException {
        TreeSet<Integer> years = new TreeSet<>();
        rows.forEach(line -> line.row().evaluationYear().ifPresent(years::add));
        Map<Integer, Long> ids = new HashMap<>();
        for (int year : years) {
            String[] state = new String[1];
            Jdbc.query(connection, "select id, state from evaluation_year where eval_year = ? for update", result -> {
                ids.put(year, result.getLong(1));
                state[0] = result.getString(2);
            }, year);
            if (!"OPEN".equals(state[0])) {
                throw FileRefusedException.of("import.file.yearLocked", String.valueOf(year), state[0]);
            }
        }
        return ids;
    }

    /** The audit trail: one entry per year the file changed (the dealers file: the network). */
    private void record(Connection connection, Context context, int written, java.util.Set<Integer> years)
            throws SQLException {
        String after = context.kind().pathName() + " import " + context.importId() + ": " + written + " rows written, "
                + context.rejected() + " rejected";
        if (years.isEmpty()) {
            audit.record(connection, context.startedBy(), AuditTrail.IMPORTED, AuditTrail.NETWORK, null, after, null);
        }
        for (int year : new TreeSet<>(years)) {
            audit.record(connection, context.startedBy(), AuditTrail.IMPORTED, AuditTrail.year(year), null, after,
                    null);
        }
    }

    /** One audit entry per value the file changed, with before, after and the file's line as the reason. */
    private void recordChanges(Connection connection, Context context, List<ImportChanges.Change> changes)
            throws SQLException {
        List<AuditTrail.Entry> entries = new ArrayList<>();
        for (ImportChanges.Change change : changes) {
            String action = context.kind() == ImportKind.ADJUSTMENTS ? AuditTrail.ADJUSTMENT_CHANGED
                    : AuditTrail.VALUE_CHANGED;
            String subject = change.year() == null ? AuditTrail.NETWORK : AuditTrail.year(change.year());
            String reason = context.kind().pathName() + " import " + context.importId() + ", line " + change.line();
            entries.add(new AuditTrail.Entry(context.startedBy(), action, subject,
                    change.before() == null ? null : change.what() + ": " + change.before(),
                    change.what() + ": " + change.after(), reason));
        }
        audit.record(connection, entries);
    }

    private void markChanged(Connection connection, Map<Integer, Long> yearIds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update evaluation_year set data_changed_at = ?, version = version + 1 where id = ?")) {
            for (long id : yearIds.values()) {
                statement.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))));
                statement.setLong(2, id);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private Map<String, Long> dealerIds(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        Jdbc.query(connection, "select dealer_code, id from dealer", row -> ids.put(row.getString(1), row.getLong(2)));
        return ids;
    }

    private void dealers(Connection connection, List<Line> rows) throws SQLException {
        Map<String, Long> regions = new HashMap<>();
        Jdbc.query(connection, "select name, id from region", row -> regions.put(row.getString(1), row.getLong(2)));
        try (PreparedStatement insert = connection.prepareStatement("insert into region (name) values (?)")) {
            for (Line line : rows) {
                String region = ((DealerRow) line.row()).region();
                if (!regions.containsKey(region)) {
                    insert.setString(1, region);
                    insert.executeUpdate();
                    regions.put(region, null);
                }
            }
        }
        Jdbc.query(connection, "select name, id from region", row -> regions.put(row.getString(1), row.getLong(2)));
        batch(connection, "insert into dealer (dealer_code, name, region_id, province, city, opened_on, status, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, 0) on duplicate key update name = values(name), "
                + "region_id = values(region_id), province = values(province), city = values(city), "
                + "opened_on = values(opened_on), status = values(status), version = version + 1", rows, (s, r, line) -> {
            DealerRow dealer = (DealerRow) r;
            s.setString(1, dealer.dealerCode());
            s.setString(2, dealer.name());
            s.setLong(3, regions.get(dealer.region()));
            s.setString(4, dealer.province());
            s.setString(5, dealer.city());
            s.setDate(6, Date.valueOf(dealer.openedOn()));
            s.setString(7, dealer.status().name());
        });
    }

    private void volumes(Connection connection, List<Line> rows, Map<Integer, Long> years) throws SQLException {
        Map<String, Long> dealers = dealerIds(connection);
        batch(connection, "insert into purchase_volume (year_id, dealer_id, units) values (?, ?, ?) "
                + "on duplicate key update units = values(units)", rows, (s, r, line) -> {
            VolumeRow volume = (VolumeRow) r;
            s.setLong(1, years.get(volume.year()));
            s.setLong(2, dealers.get(volume.dealerCode()));
            s.setInt(3, volume.units());
        });
    }

    private void inspections(Connection connection, List<Line> rows, Map<Integer, Long> years)
            throws SQLException {
        Map<String, Long> dealers = dealerIds(connection);
        // one inspection per dealer, map and date: its header first, then its checkpoint results
        Map<String, Line> headers = new java.util.LinkedHashMap<>();
        for (Line line : rows) {
            headers.putIfAbsent(((InspectionRow) line.row()).inspectionKey().toString(), line);
        }
        refuseEnteredInspections(connection, headers.values(), years);
        batch(connection, "insert into inspection (year_id, quarter, dealer_id, map, inspection_date, inspector, status, "
                + "version) values (?, ?, ?, ?, ?, ?, 'APPROVED', 0) on duplicate key update year_id = values(year_id), "
                + "quarter = values(quarter), inspector = values(inspector), status = 'APPROVED', version = version + 1",
                new ArrayList<>(headers.values()), (s, r, line) -> {
                    InspectionRow inspection = (InspectionRow) r;
                    s.setLong(1, years.get(inspection.year()));
                    s.setInt(2, inspection.quarter());
                    s.setLong(3, dealers.get(inspection.dealerCode()));
                    s.setString(4, inspection.map().name());
                    s.setDate(5, Date.valueOf(inspection.inspectionDate()));
                    s.setString(6, inspection.inspector());
                });
        Map<String, Long> inspectionIds = new HashMap<>();
        Map<Integer, Map<String, Long>> checkpoints = new HashMap<>();
        for (Map.Entry<Integer, Long> year : years.entrySet()) {
            Jdbc.query(connection, "select d.dealer_code, i.map, i.inspection_date, i.id from inspection i "
                    + "join dealer d on d.id = i.dealer_id where i.year_id = ?", row -> inspectionIds.put(
                    row.getString(1) + "|" + row.getString(2) + "|" + row.getDate(3).toLocalDate(), row.getLong(4)),
                    year.getValue());
            Map<String, Long> codes = new HashMap<>();
            Jdbc.query(connection, "select checkpoint_code, id from checkpoint where year_id = ?",
                    row -> codes.put(row.getString(1), row.getLong(2)), year.getValue());
            checkpoints.put(year.getKey(), codes);
        }
        batch(connection, "insert into checkpoint_result (inspection_id, checkpoint_id, result, comment) values (?, ?, ?, ?) "
                + "on duplicate key update result = values(result), comment = values(comment)", rows, (s, r, line) -> {
            InspectionRow inspection = (InspectionRow) r;
            s.setLong(1, inspectionIds.get(inspection.dealerCode() + "|" + inspection.map().name() + "|"
                    + inspection.inspectionDate()));
            s.setLong(2, checkpoints.get(inspection.year()).get(inspection.checkpointCode()));
            s.setString(3, inspection.result().name());
            s.setString(4, inspection.comment());
        });
    }

    /**
     * Validation rejected the rows of entered inspections; one entered since (its year was not yet
     * locked by this transaction) refuses the file rather than being overwritten. A locking read: on
     * MySQL it sees what was committed after this transaction's first read.
     */
    static void refuseEnteredInspections(Connection connection, java.util.Collection<Line> headers,
                                         Map<Integer, Long> years) throws SQLException {
        java.util.Set<String> entered = new java.util.HashSet<>();
        for (long yearId : years.values()) {
            Jdbc.query(connection, "select d.dealer_code, i.map, i.inspection_date from inspection i "
                    + "join dealer d on d.id = i.dealer_id where i.year_id = ? and i.source = 'ENTERED' for update",
                    row -> entered.add(ImportLookups.enteredKey(row.getString(1), row.getString(2),
                            row.getDate(3).toLocalDate())), yearId);
        }
        for (Line line : headers) {
            InspectionRow inspection = (InspectionRow) line.row();
            if (entered.contains(ImportLookups.enteredKey(inspection.dealerCode(), inspection.map().name(),
                    inspection.inspectionDate()))) {
                throw FileRefusedException.of("import.file.inspectionEntered", String.valueOf(line.number()),
                        inspection.dealerCode(), inspection.map().name(), inspection.inspectionDate().toString());
            }
        }
    }

    private void soc(Connection connection, List<Line> rows, Map<Integer, Long> years) throws SQLException {
        Map<String, Long> dealers = dealerIds(connection);
        batch(connection, "insert into soc_score (year_id, dealer_id, kind, slot, visit_date, score) values (?, ?, ?, ?, ?, ?) "
                + "on duplicate key update visit_date = values(visit_date), score = values(score)", rows, (s, r, line) -> {
            SocRow soc = (SocRow) r;
            s.setLong(1, years.get(soc.year()));
            s.setLong(2, dealers.get(soc.dealerCode()));
            s.setString(3, soc.socKind().name());
            s.setString(4, "SPOT".equals(soc.socKind().name()) ? "SPOT:" + soc.visitDate() : soc.socKind().name());
            s.setDate(5, Date.valueOf(soc.visitDate()));
            s.setBigDecimal(6, soc.score());
        });
    }

    private void jdp(Connection connection, List<Line> rows, Map<Integer, Long> years) throws SQLException {
        Map<String, Long> dealers = dealerIds(connection);
        batch(connection, "insert into jdp_factor_score (year_id, study, dealer_id, factor_code, index_score, sample_size) "
                + "values (?, ?, ?, ?, ?, ?) on duplicate key update index_score = values(index_score), "
                + "sample_size = values(sample_size)", rows, (s, r, line) -> {
            JdpRow jdp = (JdpRow) r;
            s.setLong(1, years.get(jdp.year()));
            s.setString(2, jdp.study().name());
            s.setLong(3, dealers.get(jdp.dealerCode()));
            s.setString(4, jdp.factorCode());
            s.setBigDecimal(5, jdp.indexScore());
            s.setInt(6, jdp.sampleSize());
        });
    }

    private void csc(Connection connection, List<Line> rows, Map<Integer, Long> years) throws SQLException {
        Map<String, Long> dealers = dealerIds(connection);
        batch(connection, "insert into csc_response (year_id, quarter, dealer_id, response_id, awareness, attitude, "
                + "communication, experience, first_time_resolution) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on duplicate key update year_id = values(year_id), quarter = values(quarter), "
                + "dealer_id = values(dealer_id), awareness = values(awareness), attitude = values(attitude), "
                + "communication = values(communication), experience = values(experience), "
                + "first_time_resolution = values(first_time_resolution)", rows, (s, r, line) -> {
            CscRow csc = (CscRow) r;
            s.setLong(1, years.get(csc.year()));
            s.setInt(2, csc.quarter());
            s.setLong(3, dealers.get(csc.dealerCode()));
            s.setString(4, csc.responseId());
            rating(s, 5, csc.awareness());
            rating(s, 6, csc.attitude());
            rating(s, 7, csc.communication());
            rating(s, 8, csc.experience());
            rating(s, 9, csc.firstTimeResolution());
        });
    }

    private void training(Connection connection, List<Line> rows, Map<Integer, Long> years) throws SQLException {
        Map<String, Long> dealers = dealerIds(connection);
        batch(connection, "insert into training_score (year_id, dealer_id, session_date, trainer, score) "
                + "values (?, ?, ?, ?, ?) on duplicate key update trainer = values(trainer), score = values(score)",
                rows, (s, r, line) -> {
                    TrainingRow training = (TrainingRow) r;
                    s.setLong(1, years.get(training.year()));
                    s.setLong(2, dealers.get(training.dealerCode()));
                    s.setDate(3, Date.valueOf(training.sessionDate()));
                    s.setString(4, training.trainer());
                    s.setBigDecimal(5, training.score());
                });
    }

    private void crisis(Connection connection, List<Line> rows, Map<Integer, Long> years) throws SQLException {
        Map<String, Long> dealers = dealerIds(connection);
        batch(connection, "insert into crisis_assessment (year_id, dealer_id, assessed_on, score) values (?, ?, ?, ?) "
                + "on duplicate key update score = values(score)", rows, (s, r, line) -> {
            CrisisRow crisis = (CrisisRow) r;
            s.setLong(1, years.get(crisis.year()));
            s.setLong(2, dealers.get(crisis.dealerCode()));
            s.setDate(3, Date.valueOf(crisis.assessedOn()));
            s.setBigDecimal(4, crisis.score());
        });
    }

    private void adjustments(Connection connection, List<Line> rows, Map<Integer, Long> years, Context context)
            throws SQLException {
        Map<String, Long> dealers = dealerIds(connection);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        batch(connection, "insert into rebate_adjustment (year_id, dealer_id, amount, reason, source_hash, source_line, "
                + "created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?) on duplicate key update "
                + "amount = values(amount), reason = values(reason)", rows, (s, r, line) -> {
            AdjustmentRow adjustment = (AdjustmentRow) r;
            s.setLong(1, years.get(adjustment.year()));
            s.setLong(2, dealers.get(adjustment.dealerCode()));
            s.setBigDecimal(3, adjustment.amount());
            s.setString(4, adjustment.reason());
            s.setString(5, context.contentSha256());
            s.setInt(6, line);
            s.setTimestamp(7, now);
            s.setString(8, context.startedBy());
        });
    }

    private static void rating(PreparedStatement statement, int index, Integer rating) throws SQLException {
        if (rating == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, rating);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, ImportRow row, int line) throws SQLException;
    }

    private static void batch(Connection connection, String sql, List<Line> rows, Binder binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Line line : rows) {
                binder.bind(statement, line.row(), line.number());
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }
}
