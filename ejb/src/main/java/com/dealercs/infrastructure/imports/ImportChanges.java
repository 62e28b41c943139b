package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.imports.AdjustmentRow;
import com.dealercs.domain.model.imports.CrisisRow;
import com.dealercs.domain.model.imports.CscRow;
import com.dealercs.domain.model.imports.DealerRow;
import com.dealercs.domain.model.imports.ImportKind;
import com.dealercs.domain.model.imports.ImportRow;
import com.dealercs.domain.model.imports.InspectionRow;
import com.dealercs.domain.model.imports.JdpRow;
import com.dealercs.domain.model.imports.SocRow;
import com.dealercs.domain.model.imports.TrainingRow;
import com.dealercs.domain.model.imports.VolumeRow;
import com.dealercs.infrastructure.persistence.Jdbc;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an import changes in data that was already there (scoring.md §6: every change of a score or
 * adjustment is audited with its value before and after). Read before the upsert: the value every
 * key of the file held; a key whose value differs is a change. First values are not changes (the
 * import's own audit entry counts them); a new adjustment is, as it moves a dealer's rebate.
 */
final class ImportChanges {

    /** One changed value: what ("D0001 SOC CENTRAL"), before and after, and the file's line. */
    record Change(Integer year, String what, String before, String after, int line) {
    }

    private final Connection connection;
    private final ImportKind kind;
    private final String contentSha256;
    /** Per year: whether it held rows of the kind before the import (if not, nothing can change). */
    private final Map<Long, Boolean> yearHadRows = new HashMap<>();

    ImportChanges(Connection connection, ImportKind kind, String contentSha256) {
        this.connection = connection;
        this.kind = kind;
        this.contentSha256 = contentSha256;
    }

    /**
     * The changes a batch of the file's rows makes to the tables as they are now (call it before
     * writing the batch). Only the batch's keys are read, and nothing for a year that had no rows
     * of the kind (a first import): the file's keys are unique, so earlier batches of the file
     * never hold a later batch's values.
     */
    List<Change> of(List<StagedRow> rows, Map<Integer, Long> yearIds) throws SQLException {
        Map<String, String> current = new HashMap<>();
        if (kind == ImportKind.DEALERS) {
            read(connection, "select d.dealer_code, d.name, r.name, d.province, d.city, d.opened_on, d.status "
                    + "from dealer d join region r on r.id = d.region_id where 1 = 1", "d.dealer_code", rows,
                    row -> current.put(row.getString(1), join(row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getDate(6).toLocalDate(), row.getString(7))));
        } else {
            Map<Integer, List<StagedRow>> byYear = new HashMap<>();
            for (StagedRow line : rows) {
                byYear.computeIfAbsent(line.row().evaluationYear().getAsInt(), y -> new ArrayList<>()).add(line);
            }
            for (Map.Entry<Integer, List<StagedRow>> year : byYear.entrySet()) {
                long yearId = yearIds.get(year.getKey());
                if (yearHadRows.computeIfAbsent(yearId, this::hasRows)) {
                    readYear(yearId, year.getValue(), current);
                }
            }
        }
        if (current.isEmpty() && kind != ImportKind.ADJUSTMENTS) {
            return List.of();       // nothing there before (a first import): no value can change
        }
        List<Change> changes = new ArrayList<>();
        for (StagedRow line : rows) {
            String[] keyAndValue = keyAndValue(line.row());
            String before = current.get(keyAndValue[0]);
            Integer year = line.row().evaluationYear().isPresent() ? line.row().evaluationYear().getAsInt() : null;
            if (line.row() instanceof AdjustmentRow adjustment) {
                String key = adjustmentKey(contentSha256, line.line());
                String now = current.get(key);
                String after = join(adjustment.dealerCode(), score(adjustment.amount()), adjustment.reason());
                if (!after.equals(now)) {
                    changes.add(new Change(year, "adjustment", now, after, line.line()));
                }
            } else if (before != null && !before.equals(keyAndValue[1])) {
                changes.add(new Change(year, keyAndValue[0], before, keyAndValue[1], line.line()));
            }
        }
        return changes;
    }

    /** Whether the year holds any row of the kind (for adjustments: of this file). */
    private boolean hasRows(long yearId) {
        String sql = switch (kind) {
            case VOLUMES -> "select 1 from purchase_volume where year_id = ?";
            case INSPECTIONS -> "select 1 from checkpoint_result r join inspection i on i.id = r.inspection_id "
                    + "where i.year_id = ?";
            case SOC -> "select 1 from soc_score where year_id = ?";
            case JDP -> "select 1 from jdp_factor_score where year_id = ?";
            case CSC -> "select 1 from csc_response where year_id = ?";
            case TRAINING -> "select 1 from training_score where year_id = ?";
            case CRISIS -> "select 1 from crisis_assessment where year_id = ?";
            case ADJUSTMENTS -> "select 1 from rebate_adjustment where year_id = ? and source_hash = ?";
            case DEALERS -> throw new IllegalArgumentException("dealers belong to no year");
        };
        boolean[] found = new boolean[1];
        try {
            Jdbc.query(connection, sql + " limit 1", row -> found[0] = true, kind == ImportKind.ADJUSTMENTS
                    ? new Object[] {yearId, contentSha256} : new Object[] {yearId});
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the year's " + kind + " failed: " + e.getMessage(), e);
        }
        return found[0];
    }

    private void readYear(long yearId, List<StagedRow> rows, Map<String, String> current) throws SQLException {
        switch (kind) {
            case VOLUMES -> read(connection, "select d.dealer_code, v.units from purchase_volume v "
                    + "join dealer d on d.id = v.dealer_id where v.year_id = ?", "d.dealer_code", rows,
                    row -> current.put(row.getString(1) + " units", String.valueOf(row.getInt(2))), yearId);
            case INSPECTIONS -> read(connection, "select d.dealer_code, i.map, i.inspection_date, c.checkpoint_code, "
                    + "r.result from checkpoint_result r join inspection i on i.id = r.inspection_id "
                    + "join dealer d on d.id = i.dealer_id join checkpoint c on c.id = r.checkpoint_id where i.year_id = ?",
                    "d.dealer_code", rows, row -> current.put(join(row.getString(1), row.getString(2),
                            row.getDate(3).toLocalDate(), row.getString(4)), row.getString(5)), yearId);
            case SOC -> read(connection, "select d.dealer_code, s.slot, s.score from soc_score s "
                    + "join dealer d on d.id = s.dealer_id where s.year_id = ?", "d.dealer_code", rows,
                    row -> current.put(row.getString(1) + " SOC " + row.getString(2), score(row, 3)), yearId);
            case JDP -> read(connection, "select d.dealer_code, j.study, j.factor_code, j.index_score, j.sample_size "
                    + "from jdp_factor_score j join dealer d on d.id = j.dealer_id where j.year_id = ?", "d.dealer_code",
                    rows, row -> current.put(join(row.getString(1), row.getString(2), row.getString(3)),
                            score(row, 4) + " (n=" + row.getInt(5) + ")"), yearId);
            case CSC -> read(connection, "select c.response_id, d.dealer_code, c.quarter, c.awareness, c.attitude, "
                    + "c.communication, c.experience, c.first_time_resolution from csc_response c "
                    + "join dealer d on d.id = c.dealer_id where c.year_id = ?", "c.response_id", rows,
                    row -> current.put("CSC " + row.getString(1), join(row.getString(2), "Q" + row.getInt(3),
                            ratings(rating(row, 4), rating(row, 5), rating(row, 6), rating(row, 7), rating(row, 8)))),
                    yearId);
            case TRAINING -> read(connection, "select d.dealer_code, t.session_date, t.score from training_score t "
                    + "join dealer d on d.id = t.dealer_id where t.year_id = ?", "d.dealer_code", rows,
                    row -> current.put(join(row.getString(1), "training", row.getDate(2).toLocalDate()), score(row, 3)),
                    yearId);
            case CRISIS -> read(connection, "select d.dealer_code, c.assessed_on, c.score from crisis_assessment c "
                    + "join dealer d on d.id = c.dealer_id where c.year_id = ?", "d.dealer_code", rows,
                    row -> current.put(join(row.getString(1), "crisis", row.getDate(2).toLocalDate()), score(row, 3)),
                    yearId);
            case ADJUSTMENTS -> read(connection, "select a.source_line, d.dealer_code, a.amount, a.reason "
                    + "from rebate_adjustment a join dealer d on d.id = a.dealer_id where a.year_id = ? and a.source_hash = ?",
                    "a.source_line", rows, row -> current.put(adjustmentKey(contentSha256, row.getInt(1)),
                            join(row.getString(2), score(row.getBigDecimal(3)), row.getString(4))), yearId, contentSha256);
            case DEALERS -> throw new IllegalArgumentException("dealers belong to no year");
        }
    }

    /** The query narrowed to the batch's keys: {@code column in (…)} with the rows' values of that column. */
    private static void read(Connection connection, String sql, String column, List<StagedRow> rows,
                             Jdbc.RowAction action, Object... parameters) throws SQLException {
        java.util.LinkedHashSet<Object> keys = new java.util.LinkedHashSet<>();
        for (StagedRow line : rows) {
            keys.add(switch (column) {
                case "c.response_id" -> ((CscRow) line.row()).responseId();
                case "a.source_line" -> line.line();
                default -> line.row().dealerCode();
            });
        }
        List<Object> all = new ArrayList<>(List.of(parameters));
        all.addAll(keys);
        String in = keys.stream().map(key -> "?").collect(Collectors.joining(", "));
        Jdbc.query(connection, sql + " and " + column + " in (" + in + ")", action, all.toArray());
    }

    /** The row's key and value, written as {@link #readYear} writes them from the tables. */
    private static String[] keyAndValue(ImportRow row) {
        if (row instanceof DealerRow dealer) {
            return new String[] {dealer.dealerCode(), join(dealer.name(), dealer.region(), dealer.province(),
                    dealer.city(), dealer.openedOn(), dealer.status().name())};
        } else if (row instanceof VolumeRow volume) {
            return new String[] {volume.dealerCode() + " units", String.valueOf(volume.units())};
        } else if (row instanceof InspectionRow inspection) {
            return new String[] {join(inspection.dealerCode(), inspection.map().name(), inspection.inspectionDate(),
                    inspection.checkpointCode()), inspection.result().name()};
        } else if (row instanceof SocRow soc) {
            String slot = "SPOT".equals(soc.socKind().name()) ? "SPOT:" + soc.visitDate() : soc.socKind().name();
            return new String[] {soc.dealerCode() + " SOC " + slot, score(soc.score())};
        } else if (row instanceof JdpRow jdp) {
            return new String[] {join(jdp.dealerCode(), jdp.study().name(), jdp.factorCode()),
                    score(jdp.indexScore()) + " (n=" + jdp.sampleSize() + ")"};
        } else if (row instanceof CscRow csc) {
            return new String[] {"CSC " + csc.responseId(), join(csc.dealerCode(), "Q" + csc.quarter(),
                    ratings(csc.awareness(), csc.attitude(), csc.communication(), csc.experience(),
                            csc.firstTimeResolution()))};
        } else if (row instanceof TrainingRow training) {
            return new String[] {join(training.dealerCode(), "training", training.sessionDate()), score(training.score())};
        } else if (row instanceof CrisisRow crisis) {
            return new String[] {join(crisis.dealerCode(), "crisis", crisis.assessedOn()), score(crisis.score())};
        } else if (row instanceof AdjustmentRow) {
            return new String[] {"", ""};
        }
        throw new IllegalArgumentException("unknown row " + row);
    }

    private static String adjustmentKey(String contentSha256, int line) {
        return "adjustment " + contentSha256 + ":" + line;
    }

    private static String join(Object... parts) {
        return Stream.of(parts).map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** Scores compared as numbers: 78.5 in a file is the 78.50 in the table. */
    private static String score(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    private static String score(ResultSet row, int column) throws SQLException {
        return score(row.getBigDecimal(column));
    }

    private static Integer rating(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static String ratings(Integer... ratings) {
        return Stream.of(ratings).map(r -> Objects.toString(r, "-")).collect(Collectors.joining("/"));
    }
}
