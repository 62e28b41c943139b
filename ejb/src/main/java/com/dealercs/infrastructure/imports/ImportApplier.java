package com.dealercs.infrastructure.imports;

import com.dealercs.infrastructure.imports.file.FileRefusedException;
import com.dealercs.domain.model.facts.InspectionSource;
import com.dealercs.domain.model.facts.InspectionStatus;
import com.dealercs.domain.model.imports.AdjustmentRow;
import com.dealercs.domain.model.imports.CrisisRow;
import com.dealercs.domain.model.imports.CscRow;
import com.dealercs.domain.model.imports.DealerRow;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.InspectionRow;
import com.dealercs.domain.model.imports.JdpRow;
import com.dealercs.domain.model.imports.RowKey;
import com.dealercs.domain.model.imports.SocRow;
import com.dealercs.domain.model.imports.TrainingRow;
import com.dealercs.domain.model.imports.VolumeRow;
import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.year.YearState;
import com.dealercs.infrastructure.persistence.jpa.JpaAuditTrail;
import com.dealercs.infrastructure.persistence.Jdbc;
import com.dealercs.infrastructure.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes an import's staged rows into the real tables, inside the caller's one transaction.
 * Every kind is an upsert on the key of interfaces.md §1 (same key again replaces, so the same
 * file twice leaves the same data); adjustments, which have no key, are keyed by the file's hash
 * and line for the same reason. The staged rows come one chunk at a time and go out in JDBC
 * batches ({@link JdbcBatch}): a CSC file has hundreds of thousands, never all in memory.
 *
 * <p>The upserts use {@code on duplicate key update x = values(x)}: MySQL 8 prefers a row alias
 * ({@code insert … as new … x = new.x}), but MariaDB 10.11 and H2 refuse that syntax, and all
 * three accept {@code values(x)} (docs/development.md).
 */
@ApplicationScoped
public class ImportApplier {

    @Inject
    ImportStore store;

    @Inject
    JpaAuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /** What the apply step knows of the import it applies. */
    public record Context(long importId, ImportKind kind, String contentSha256, String startedBy, int rejected) {
    }

    /**
     * Applies the staged rows, chunk by chunk; refuses the file if one of its years is no longer
     * OPEN (checked under a lock taken when the file first reaches the year, so an approval cannot
     * slip in between; what was written before is rolled back with the caller's transaction).
     * Returns how many rows were written. The whole import at once, from its staged chunks: the
     * import job writes through a {@link Session} instead (in an {@link ApplyingTransaction}, chunk
     * by chunk while the file is staged), which is what this does in one go.
     */
    public int apply(Connection connection, Context context) throws SQLException {
        Session session = open(connection, context);
        store.forEachStagedChunk(connection, context.importId(), context.kind(), (firstLine, rows) -> session.write(rows));
        return session.finish(context.rejected());
    }

    /**
     * Starts writing an import's rows on the connection (inside its transaction): the rows come
     * chunk by chunk ({@link Session#write}), then {@link Session#finish} ends the writing.
     */
    public Session open(Connection connection, Context context) throws SQLException {
        return new Session(new Run(connection, context));
    }

    /** The writing of one import's rows, chunk by chunk, in file order. */
    public final class Session {
        private final Run run;
        private final Writer writer;
        private final List<ImportChanges.Change> changes = new ArrayList<>();

        private Session(Run run) throws SQLException {
            this.run = run;
            this.writer = writer(run);
        }

        /** Writes a chunk of staged rows; refuses the file if one of their years is no longer OPEN. */
        public void write(List<StagedRow> rows) throws SQLException {
            for (StagedRow line : rows) {
                if (line.row().evaluationYear().isPresent()) {
                    run.lockOpenYear(line.row().evaluationYear().getAsInt());
                }
            }
            changes.addAll(run.changes.of(rows, run.yearIds));
            writer.write(rows);
            run.written += rows.size();
        }

        /**
         * Sends what is pending, marks the years changed and records the import in the audit trail
         * (with how many lines were rejected); returns how many rows were written.
         */
        public int finish(int rejected) throws SQLException {
            writer.close();
            Context context = run.context;
            Context ended = new Context(context.importId(), context.kind(), context.contentSha256(),
                    context.startedBy(), rejected);
            markChanged(run.connection, run.yearIds);
            record(run.connection, ended, run.written, run.yearIds.keySet());
            recordChanges(run.connection, ended, changes);
            return run.written;
        }
    }

    /** One apply: its connection, the years it locked (by year), the dealers' ids. */
    private final class Run {
        final Connection connection;
        final Context context;
        final Map<Integer, Long> yearIds = new TreeMap<>();
        final ImportChanges changes;
        private Map<String, Long> dealerIds;
        int written;

        Run(Connection connection, Context context) {
            this.connection = connection;
            this.context = context;
            this.changes = new ImportChanges(connection, context.kind(), context.contentSha256());
        }

        /** The year's id, the year locked for the rest of the transaction; refuses a year that is not OPEN. */
        long lockOpenYear(int year) throws SQLException {
            Long known = yearIds.get(year);
            if (known != null) {
                return known;
            }
            long[] id = new long[1];
            String[] state = new String[1];
            Jdbc.query(connection, "select id, state from evaluation_year where eval_year = ? for update", result -> {
                id[0] = result.getLong(1);
                state[0] = result.getString(2);
            }, year);
            if (!YearState.OPEN.name().equals(state[0])) {
                throw FileRefusedException.of("import.file.yearLocked", String.valueOf(year), state[0]);
            }
            yearIds.put(year, id[0]);
            return id[0];
        }

        long year(int year) {
            return yearIds.get(year);
        }

        long dealer(String code) throws SQLException {
            if (dealerIds == null) {
                dealerIds = new HashMap<>();
                Jdbc.query(connection, "select dealer_code, id from dealer",
                        row -> dealerIds.put(row.getString(1), row.getLong(2)));
            }
            return dealerIds.get(code);
        }
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

    /** Writes one kind's rows, a batch at a time. */
    private interface Writer extends AutoCloseable {
        void write(List<StagedRow> rows) throws SQLException;

        @Override
        void close() throws SQLException;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, StagedRow line) throws SQLException;
    }

    /** The kind's upsert, one row per staged row. */
    private static final class Upsert implements Writer {
        private final JdbcBatch batch;
        private final Binder binder;

        Upsert(Connection connection, String sql, Binder binder) throws SQLException {
            this.batch = new JdbcBatch(connection, sql);
            this.binder = binder;
        }

        @Override
        public void write(List<StagedRow> rows) throws SQLException {
            for (StagedRow line : rows) {
                batch.add(statement -> binder.bind(statement, line));
            }
        }

        void flush() throws SQLException {
            batch.flush();
        }

        @Override
        public void close() throws SQLException {
            batch.close();
        }
    }

    /**
     * {@code insert into table (columns) values (?, …) on duplicate key update} each updated column
     * to its new value, then {@code extra} (if any).
     */
    static String upsert(String table, String columns, List<String> updated, String extra) {
        String values = Stream.of(columns.split(",")).map(c -> "?").collect(Collectors.joining(", "));
        String updates = updated.stream().map(c -> c + " = values(" + c + ")").collect(Collectors.joining(", "));
        return "insert into " + table + " (" + columns + ") values (" + values + ") on duplicate key update " + updates
                + (extra == null ? "" : ", " + extra);
    }

    private Writer writer(Run run) throws SQLException {
        Connection connection = run.connection;
        return switch (run.context.kind()) {
            case DEALERS -> new DealerWriter(connection);
            case VOLUMES -> new Upsert(connection, upsert("purchase_volume", "year_id, dealer_id, units",
                    List.of("units"), null), (s, line) -> {
                        VolumeRow volume = (VolumeRow) line.row();
                        s.setLong(1, run.year(volume.year()));
                        s.setLong(2, run.dealer(volume.dealerCode()));
                        s.setInt(3, volume.units());
                    });
            case INSPECTIONS -> new InspectionWriter(run);
            case SOC -> new Upsert(connection, upsert("soc_score", "year_id, dealer_id, kind, slot, visit_date, score",
                    List.of("visit_date", "score"), null), (s, line) -> {
                        SocRow soc = (SocRow) line.row();
                        s.setLong(1, run.year(soc.year()));
                        s.setLong(2, run.dealer(soc.dealerCode()));
                        s.setString(3, soc.socKind().name());
                        s.setString(4, "SPOT".equals(soc.socKind().name()) ? "SPOT:" + soc.visitDate()
                                : soc.socKind().name());
                        s.setDate(5, Date.valueOf(soc.visitDate()));
                        s.setBigDecimal(6, soc.score());
                    });
            case JDP -> new Upsert(connection, upsert("jdp_factor_score",
                    "year_id, study, dealer_id, factor_code, index_score, sample_size",
                    List.of("index_score", "sample_size"), null), (s, line) -> {
                        JdpRow jdp = (JdpRow) line.row();
                        s.setLong(1, run.year(jdp.year()));
                        s.setString(2, jdp.study().name());
                        s.setLong(3, run.dealer(jdp.dealerCode()));
                        s.setString(4, jdp.factorCode());
                        s.setBigDecimal(5, jdp.indexScore());
                        s.setInt(6, jdp.sampleSize());
                    });
            case CSC -> new Upsert(connection, upsert("csc_response", "year_id, quarter, dealer_id, response_id, "
                    + "awareness, attitude, communication, experience, first_time_resolution",
                    List.of("year_id", "quarter", "dealer_id", "awareness", "attitude", "communication", "experience",
                            "first_time_resolution"), null), (s, line) -> {
                        CscRow csc = (CscRow) line.row();
                        s.setLong(1, run.year(csc.year()));
                        s.setInt(2, csc.quarter());
                        s.setLong(3, run.dealer(csc.dealerCode()));
                        s.setString(4, csc.responseId());
                        JdbcBatch.setInteger(s, 5, csc.awareness());
                        JdbcBatch.setInteger(s, 6, csc.attitude());
                        JdbcBatch.setInteger(s, 7, csc.communication());
                        JdbcBatch.setInteger(s, 8, csc.experience());
                        JdbcBatch.setInteger(s, 9, csc.firstTimeResolution());
                    });
            case TRAINING -> new Upsert(connection, upsert("training_score",
                    "year_id, dealer_id, session_date, trainer, score", List.of("trainer", "score"), null), (s, line) -> {
                        TrainingRow training = (TrainingRow) line.row();
                        s.setLong(1, run.year(training.year()));
                        s.setLong(2, run.dealer(training.dealerCode()));
                        s.setDate(3, Date.valueOf(training.sessionDate()));
                        s.setString(4, training.trainer());
                        s.setBigDecimal(5, training.score());
                    });
            case CRISIS -> new Upsert(connection, upsert("crisis_assessment", "year_id, dealer_id, assessed_on, score",
                    List.of("score"), null), (s, line) -> {
                        CrisisRow crisis = (CrisisRow) line.row();
                        s.setLong(1, run.year(crisis.year()));
                        s.setLong(2, run.dealer(crisis.dealerCode()));
                        s.setDate(3, Date.valueOf(crisis.assessedOn()));
                        s.setBigDecimal(4, crisis.score());
                    });
            case ADJUSTMENTS -> {
                Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
                yield new Upsert(connection, upsert("rebate_adjustment", "year_id, dealer_id, amount, reason, "
                        + "source_hash, source_line, created_at, created_by", List.of("amount", "reason"), null),
                        (s, line) -> {
                            AdjustmentRow adjustment = (AdjustmentRow) line.row();
                            s.setLong(1, run.year(adjustment.year()));
                            s.setLong(2, run.dealer(adjustment.dealerCode()));
                            s.setBigDecimal(3, adjustment.amount());
                            s.setString(4, adjustment.reason());
                            s.setString(5, run.context.contentSha256());
                            s.setInt(6, line.line());
                            s.setTimestamp(7, now);
                            s.setString(8, run.context.startedBy());
                        });
            }
        };
    }

    /** Dealers: their regions first (a new region is created), then the dealers. */
    private static final class DealerWriter implements Writer {
        private final Connection connection;
        private final Map<String, Long> regions = new HashMap<>();
        private final Upsert dealers;

        DealerWriter(Connection connection) throws SQLException {
            this.connection = connection;
            Jdbc.query(connection, "select name, id from region", row -> regions.put(row.getString(1), row.getLong(2)));
            this.dealers = new Upsert(connection, upsert("dealer",
                    "dealer_code, name, region_id, province, city, opened_on, status, version",
                    List.of("name", "region_id", "province", "city", "opened_on", "status"), "version = version + 1"),
                    (s, line) -> {
                        DealerRow dealer = (DealerRow) line.row();
                        s.setString(1, dealer.dealerCode());
                        s.setString(2, dealer.name());
                        s.setLong(3, regions.get(dealer.region()));
                        s.setString(4, dealer.province());
                        s.setString(5, dealer.city());
                        s.setDate(6, Date.valueOf(dealer.openedOn()));
                        s.setString(7, dealer.status().name());
                        s.setInt(8, 0);
                    });
        }

        @Override
        public void write(List<StagedRow> rows) throws SQLException {
            boolean added = false;
            try (PreparedStatement insert = connection.prepareStatement("insert into region (name) values (?)")) {
                for (StagedRow line : rows) {
                    String region = ((DealerRow) line.row()).region();
                    if (!regions.containsKey(region)) {
                        insert.setString(1, region);
                        insert.executeUpdate();
                        regions.put(region, null);
                        added = true;
                    }
                }
            }
            if (added) {
                Jdbc.query(connection, "select name, id from region",
                        row -> regions.put(row.getString(1), row.getLong(2)));
            }
            dealers.write(rows);
        }

        @Override
        public void close() throws SQLException {
            dealers.close();
        }
    }

    /**
     * Inspections: one per dealer, map and date, its header first (once per file), then its
     * checkpoint results. An inspection entered in the portal refuses the file.
     */
    private static final class InspectionWriter implements Writer {
        private final Run run;
        private final Upsert headers;
        private final Upsert results;
        private final Set<RowKey> written = new HashSet<>();
        private final Map<Long, Set<String>> enteredByYear = new HashMap<>();
        private final Map<String, Long> inspectionIds = new HashMap<>();
        private final Map<Long, Map<String, Long>> checkpointsByYear = new HashMap<>();

        InspectionWriter(Run run) throws SQLException {
            this.run = run;
            String approved = InspectionStatus.APPROVED.name();
            this.headers = new Upsert(run.connection, upsert("inspection",
                    "year_id, quarter, dealer_id, map, inspection_date, inspector, status, version",
                    List.of("year_id", "quarter", "inspector", "status"), "version = version + 1"), (s, line) -> {
                        InspectionRow inspection = (InspectionRow) line.row();
                        s.setLong(1, run.year(inspection.year()));
                        s.setInt(2, inspection.quarter());
                        s.setLong(3, run.dealer(inspection.dealerCode()));
                        s.setString(4, inspection.map().name());
                        s.setDate(5, Date.valueOf(inspection.inspectionDate()));
                        s.setString(6, inspection.inspector());
                        s.setString(7, approved);
                        s.setInt(8, 0);
                    });
            this.results = new Upsert(run.connection, upsert("checkpoint_result",
                    "inspection_id, checkpoint_id, result, comment", List.of("result", "comment"), null), (s, line) -> {
                        InspectionRow inspection = (InspectionRow) line.row();
                        long yearId = run.year(inspection.year());
                        s.setLong(1, inspectionIds.get(key(inspection.dealerCode(), inspection.map().name(),
                                inspection.inspectionDate().toString(), yearId)));
                        s.setLong(2, checkpointsByYear.get(yearId).get(inspection.checkpointCode()));
                        s.setString(3, inspection.result().name());
                        s.setString(4, inspection.comment());
                    });
        }

        @Override
        public void write(List<StagedRow> rows) throws SQLException {
            List<StagedRow> firsts = new ArrayList<>();
            for (StagedRow line : rows) {
                InspectionRow inspection = (InspectionRow) line.row();
                if (written.add(inspection.inspectionKey())) {
                    firsts.add(line);
                }
            }
            Set<Long> years = new TreeSet<>();
            for (StagedRow line : firsts) {
                years.add(run.year(((InspectionRow) line.row()).year()));
            }
            for (long yearId : years) {
                if (!enteredByYear.containsKey(yearId)) {
                    enteredByYear.put(yearId, entered(run.connection, yearId));
                    Map<String, Long> codes = new HashMap<>();
                    Jdbc.query(run.connection, "select checkpoint_code, id from checkpoint where year_id = ?",
                            row -> codes.put(row.getString(1), row.getLong(2)), yearId);
                    checkpointsByYear.put(yearId, codes);
                }
            }
            refuseEntered(firsts);
            if (firsts.isEmpty()) {
                results.write(rows);
                return;
            }
            headers.write(firsts);
            headers.flush();
            for (long yearId : years) {
                Jdbc.query(run.connection, "select d.dealer_code, i.map, i.inspection_date, i.id from inspection i "
                        + "join dealer d on d.id = i.dealer_id where i.year_id = ?", row -> inspectionIds.put(
                        key(row.getString(1), row.getString(2), row.getDate(3).toLocalDate().toString(), yearId),
                        row.getLong(4)), yearId);
            }
            results.write(rows);
        }

        /**
         * Validation rejected the rows of entered inspections; one entered since (its year was not
         * yet locked by this transaction) refuses the file rather than being overwritten. A locking
         * read: on MySQL it sees what was committed after this transaction's first read.
         */
        private static Set<String> entered(Connection connection, long yearId) throws SQLException {
            Set<String> entered = new HashSet<>();
            Jdbc.query(connection, "select d.dealer_code, i.map, i.inspection_date from inspection i "
                    + "join dealer d on d.id = i.dealer_id where i.year_id = ? and i.source = ? for update",
                    row -> entered.add(ImportLookups.enteredKey(row.getString(1), row.getString(2),
                            row.getDate(3).toLocalDate())), yearId, InspectionSource.ENTERED.name());
            return entered;
        }

        private void refuseEntered(List<StagedRow> firsts) {
            for (StagedRow line : firsts) {
                InspectionRow inspection = (InspectionRow) line.row();
                if (enteredByYear.get(run.year(inspection.year())).contains(ImportLookups.enteredKey(
                        inspection.dealerCode(), inspection.map().name(), inspection.inspectionDate()))) {
                    throw FileRefusedException.of("import.file.inspectionEntered", String.valueOf(line.line()),
                            inspection.dealerCode(), inspection.map().name(), inspection.inspectionDate().toString());
                }
            }
        }

        private static String key(String dealerCode, String map, String date, long yearId) {
            return dealerCode + "|" + map + "|" + date + "|" + yearId;
        }

        @Override
        public void close() throws SQLException {
            try {
                headers.close();
            } finally {
                results.close();
            }
        }
    }
}
