package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.facts.CheckpointOutcome;
import com.dealercs.domain.model.imports.DataImport;
import com.dealercs.domain.model.imports.ImportStatus;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.InspectionRow;
import com.dealercs.domain.model.imports.RowKey;
import com.dealercs.domain.model.imports.RowProblem;
import com.dealercs.infrastructure.persistence.DatabaseMigration;
import com.dealercs.infrastructure.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import javax.sql.DataSource;

/**
 * The import's own records: the upload with its status, the rejected rows and the staged rows.
 * Staged rows and rejections go through plain JDBC batches (thousands per file) inside the
 * caller's transaction; the status changes in transactions of their own, so they are kept
 * whatever happens to the job.
 */
@ApplicationScoped
public class ImportStore {

    /** Rejection rows per line are numbered line × 16 + n: unique, and stable when a job restarts. */
    private static final int PROBLEMS_PER_LINE = 16;

    /** The reason of an import that a stop of the server cut off. */
    public static final String INTERRUPTED = "import.file.interrupted";

    @PersistenceContext(unitName = "dealercs")
    EntityManager em;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private final Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long create(DataImport upload) {
        em.persist(upload);
        em.flush();
        return upload.getId();
    }

    /**
     * Notes the job execution of an import. Plain SQL without a version check: the job may
     * already be writing the import's status, and the two must not collide.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attachExecution(long importId, long executionId) {
        Jdbc.execute(dataSource, "update data_import set job_execution_id = ? where id = ?", statement -> {
            statement.setLong(1, executionId);
            statement.setLong(2, importId);
            statement.executeUpdate();
        });
    }

    public DataImport find(long importId) {
        DataImport found = em.find(DataImport.class, importId);
        if (found == null) {
            throw new IllegalStateException("No import " + importId);
        }
        return found;
    }

    /** Where the import stands, read fresh from the database. */
    public ImportStatus status(long importId) {
        String[] status = new String[1];
        Jdbc.query(dataSource, "select status from data_import where id = ?", row -> status[0] = row.getString(1),
                importId);
        return ImportStatus.valueOf(status[0]);
    }

    /** The uploaded file's bytes. */
    public byte[] content(long importId) {
        return em.createQuery("select d.content from DataImport d where d.id = :id", byte[].class)
                .setParameter("id", importId).getSingleResult();
    }

    /** Ends an import as refused (if it has not ended yet) and drops what it staged. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long importId, String key, List<?> arguments, int read, int rejected) {
        failIfStarted(em.find(DataImport.class, importId), key, arguments, read, rejected);
        clearStaged(importId);
    }

    /** Ends a STARTED import as FAILED with the reason and counts given; false when it had ended. */
    private boolean failIfStarted(DataImport upload, String key, List<?> arguments, int read, int rejected) {
        if (upload == null || upload.getStatus() != ImportStatus.STARTED) {
            return false;
        }
        upload.failed(key, arguments, read, Math.min(rejected, read), clock.instant());
        return true;
    }

    /**
     * How far staging has come, so the import's progress moves while its file is read: one UPDATE
     * per chunk, in the chunk's transaction (a rolled-back chunk rolls its progress back too).
     * Plain SQL without a version check, as {@link #attachExecution}.
     */
    @Transactional
    public void progress(long importId, int read, int rejected) {
        Jdbc.execute(dataSource, "update data_import set read_count = ?, rejected_count = ? "
                + "where id = ? and status = ?", statement -> {
            statement.setInt(1, read);
            statement.setInt(2, Math.min(rejected, read));
            statement.setLong(3, importId);
            statement.setString(4, ImportStatus.STARTED.name());
            statement.executeUpdate();
        });
    }

    /** The imports that have not ended (STARTED), oldest first. */
    public List<Long> unfinished() {
        List<Long> ids = new ArrayList<>();
        Jdbc.query(dataSource, "select id from data_import where status = ? order by id",
                row -> ids.add(row.getLong(1)), ImportStatus.STARTED.name());
        return ids;
    }

    /**
     * Ends an import cut off by a stop of the server (it was STARTED when the application
     * started) as FAILED, keeping how far it had read, and drops what it staged. Nothing of it
     * was written: the apply step writes in one transaction. False when it had ended meanwhile.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean interrupted(long importId) {
        DataImport upload = em.find(DataImport.class, importId);
        if (upload == null || !failIfStarted(upload, INTERRUPTED, List.of(), upload.getRead(), upload.getRejected())) {
            return false;
        }
        clearStaged(importId);
        return true;
    }

    /** In the chunk's transaction: the chunk's valid rows as one staged record (nothing if it has none). */
    @Transactional
    public void stage(long importId, ImportKind kind, List<StagedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Jdbc.execute(dataSource, "insert into import_chunk (import_id, first_line, row_count, content) values (?, ?, ?, ?)",
                statement -> {
                    statement.setLong(1, importId);
                    statement.setInt(2, rows.get(0).line());
                    statement.setInt(3, rows.size());
                    statement.setString(4, StagedChunk.encode(kind, rows));
                    statement.executeUpdate();
                });
    }

    /** In the chunk's transaction where there is one. */
    @Transactional
    public void recordRejection(long importId, int line, List<RowProblem> problems) {
        Jdbc.execute(dataSource, "insert into import_rejection (import_id, seq, line_no, column_name, message_key, message_args) "
                + "values (?, ?, ?, ?, ?, ?)", statement -> {
            for (int i = 0; i < Math.min(problems.size(), PROBLEMS_PER_LINE); i++) {
                RowProblem problem = problems.get(i);
                statement.setLong(1, importId);
                statement.setInt(2, line * PROBLEMS_PER_LINE + i);
                statement.setInt(3, line);
                statement.setString(4, problem.column());
                statement.setString(5, problem.messageKey());
                statement.setString(6, Rejection.joinArguments(problem.args()));
                statement.addBatch();
            }
            statement.executeBatch();
        });
    }

    /**
     * scoring.md §1.1: "An inspection with possible = 0 is refused at entry". An inspection of the
     * file whose checkpoints are all N/A (and that has no applicable result from an earlier file)
     * scores nothing: each of its lines is rejected, saying why, and unstaged. Returns how many.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int rejectInspectionsWithoutApplicableCheckpoints(long importId) {
        Map<RowKey, List<Integer>> linesByInspection = new LinkedHashMap<>();
        Map<RowKey, Set<String>> checkpointsByInspection = new HashMap<>();
        Set<RowKey> applicable = new HashSet<>();
        Map<RowKey, InspectionRow> sample = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            forEachStagedChunk(connection, importId, ImportKind.INSPECTIONS, (firstLine, chunk) -> {
                for (StagedRow staged : chunk) {
                    InspectionRow row = (InspectionRow) staged.row();
                    RowKey key = row.inspectionKey();
                    linesByInspection.computeIfAbsent(key, k -> new ArrayList<>()).add(staged.line());
                    checkpointsByInspection.computeIfAbsent(key, k -> new HashSet<>()).add(row.checkpointCode());
                    sample.putIfAbsent(key, row);
                    if (row.result() != CheckpointOutcome.NA) {
                        applicable.add(key);
                    }
                }
            });
            Set<Integer> rejectedLines = new HashSet<>();
            for (Map.Entry<RowKey, List<Integer>> inspection : linesByInspection.entrySet()) {
                RowKey key = inspection.getKey();
                InspectionRow row = sample.get(key);
                if (applicable.contains(key) || hasApplicableResultElsewhere(connection, row,
                        checkpointsByInspection.get(key))) {
                    continue;
                }
                for (int line : inspection.getValue()) {
                    recordRejection(importId, line, List.of(RowProblem.of("result", "import.row.inspectionNotApplicable",
                            row.dealerCode(), row.map().name(), row.inspectionDate().toString())));
                    rejectedLines.add(line);
                }
            }
            if (!rejectedLines.isEmpty()) {
                unstage(connection, importId, rejectedLines);
            }
            int rejected = rejectedLines.size();
            return rejected;
        } catch (SQLException e) {
            throw new IllegalStateException("Checking the file's inspections failed: " + e.getMessage(), e);
        }
    }

    /** A result other than N/A that the inspection already has, for a checkpoint the file leaves alone. */
    private static boolean hasApplicableResultElsewhere(Connection connection, InspectionRow row,
                                                        Set<String> checkpointsInFile) throws SQLException {
        boolean[] found = new boolean[1];
        Jdbc.query(connection, "select c.checkpoint_code from checkpoint_result r join inspection i on i.id = r.inspection_id "
                + "join dealer d on d.id = i.dealer_id join checkpoint c on c.id = r.checkpoint_id "
                + "where d.dealer_code = ? and i.map = ? and i.inspection_date = ? and r.result <> ?", result -> {
                    if (!checkpointsInFile.contains(result.getString(1))) {
                        found[0] = true;
                    }
                }, row.dealerCode(), row.map().name(), java.sql.Date.valueOf(row.inspectionDate()),
                CheckpointOutcome.NA.name());
        return found[0];
    }

    /** How many lines were rejected (a line with several problems counts once). */
    public int rejectedLines(long importId) {
        return count("select count(distinct line_no) from import_rejection where import_id = ?", importId);
    }

    public int stagedRows(long importId) {
        return count("select coalesce(sum(row_count), 0) from import_chunk where import_id = ?", importId);
    }

    /** Every rejection of the import, by line. */
    public List<Rejection> rejections(long importId) {
        List<Rejection> rejections = new ArrayList<>();
        Jdbc.query(dataSource, "select line_no, column_name, message_key, message_args from import_rejection "
                + "where import_id = ? order by seq", rows -> rejections.add(new Rejection(rows.getInt(1),
                rows.getString(2), rows.getString(3), Rejection.splitArguments(rows.getString(4)))), importId);
        return rejections;
    }

    @FunctionalInterface
    public interface ChunkAction {
        void accept(int firstLine, List<StagedRow> rows) throws SQLException;
    }

    /**
     * The staged rows in file order, one chunk at a time: each chunk is read by its key, so no
     * more than one chunk is held whatever the driver buffers (a file may stage hundreds of
     * thousands of rows).
     */
    public void forEachStagedChunk(Connection connection, long importId, ImportKind kind, ChunkAction action)
            throws SQLException {
        forEachStagedChunk(connection, importId, kind, firstLine -> true, action);
    }

    /** The staged chunks whose first line is {@code wanted}, in file order (the others are not read). */
    public void forEachStagedChunk(Connection connection, long importId, ImportKind kind, IntPredicate wanted,
                                   ChunkAction action) throws SQLException {
        List<Integer> firstLines = new ArrayList<>();
        Jdbc.query(connection, "select first_line from import_chunk where import_id = ? order by first_line", row -> {
            if (wanted.test(row.getInt(1))) {
                firstLines.add(row.getInt(1));
            }
        }, importId);
        for (int firstLine : firstLines) {
            String[] content = new String[1];
            Jdbc.query(connection, "select content from import_chunk where import_id = ? and first_line = ?",
                    row -> content[0] = row.getString(1), importId, firstLine);
            action.accept(firstLine, StagedChunk.decode(kind, content[0]));
        }
    }

    /** Takes the lines out of the chunks that hold them (each such chunk is written again without them). */
    private void unstage(Connection connection, long importId, Set<Integer> lines) throws SQLException {
        Map<Integer, List<StagedRow>> changed = new LinkedHashMap<>();
        forEachStagedChunk(connection, importId, ImportKind.INSPECTIONS, (firstLine, rows) -> {
            if (rows.stream().anyMatch(row -> lines.contains(row.line()))) {
                changed.put(firstLine, rows.stream().filter(row -> !lines.contains(row.line())).toList());
            }
        });
        for (Map.Entry<Integer, List<StagedRow>> chunk : changed.entrySet()) {
            List<StagedRow> rows = chunk.getValue();
            try (PreparedStatement statement = connection.prepareStatement(rows.isEmpty()
                    ? "delete from import_chunk where import_id = ? and first_line = ?"
                    : "update import_chunk set row_count = ?, content = ? where import_id = ? and first_line = ?")) {
                int c = 0;
                if (!rows.isEmpty()) {
                    statement.setInt(++c, rows.size());
                    statement.setString(++c, StagedChunk.encode(ImportKind.INSPECTIONS, rows));
                }
                statement.setLong(++c, importId);
                statement.setInt(++c, chunk.getKey());
                statement.executeUpdate();
            }
        }
    }

    public void clearStaged(Connection connection, long importId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("delete from import_chunk where import_id = ?")) {
            statement.setLong(1, importId);
            statement.executeUpdate();
        }
    }

    private void clearStaged(long importId) {
        Jdbc.execute(dataSource, "delete from import_chunk where import_id = ?", statement -> {
            statement.setLong(1, importId);
            statement.executeUpdate();
        });
    }

    private int count(String sql, long importId) {
        int[] result = new int[1];
        Jdbc.query(dataSource, sql, rows -> result[0] = rows.getInt(1), importId);
        return result[0];
    }
}
