package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.year.YearRegistry;
import com.dealercs.infrastructure.persistence.DatabaseMigration;
import com.dealercs.infrastructure.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What validation needs of an evaluation year, each step in a transaction of its own. A chunk's
 * transaction may have read the database before the year existed; on MySQL/MariaDB (repeatable
 * read) it would never see the year's scheme created meanwhile, and every checkpoint of the first
 * file naming a new year would be "unknown". So: create the year, committed; then read it afresh.
 */
@ApplicationScoped
public class YearFactsReader {

    @Inject
    YearRegistry yearRegistry;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /** The year, created (OPEN, default policy and scheme) and committed if it did not exist. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(int year) {
        yearRegistry.ensure(year);
    }

    /** The year's state and scheme, read in a transaction that starts after {@link #ensure}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportLookups.YearFacts read(int year) {
        long[] id = {-1};
        String[] state = new String[1];
        Jdbc.query(dataSource, "select id, state from evaluation_year where eval_year = ?", rows -> {
            id[0] = rows.getLong(1);
            state[0] = rows.getString(2);
        }, year);
        if (id[0] < 0) {
            throw new IllegalStateException("The year " + year + " was not created");
        }
        Map<String, ImportLookups.SchemeCheckpoint> checkpoints = new HashMap<>();
        Jdbc.query(dataSource, "select c.checkpoint_code, c.id, i.map from checkpoint c "
                + "join checklist_item i on i.id = c.item_id where c.year_id = ?",
                rows -> checkpoints.put(rows.getString(1),
                        new ImportLookups.SchemeCheckpoint(rows.getLong(2), rows.getString(3))), id[0]);
        Map<String, Set<String>> factors = new HashMap<>();
        Jdbc.query(dataSource, "select component, factor_code from scoring_factor where year_id = ?",
                rows -> factors.computeIfAbsent(rows.getString(1), c -> new HashSet<>()).add(rows.getString(2)),
                id[0]);
        return new ImportLookups.YearFacts(year, state[0], checkpoints, factors);
    }
}
