package com.dealercs.infrastructure.imports;

import com.dealercs.domain.model.facts.InspectionSource;
import com.dealercs.domain.model.year.YearState;
import com.dealercs.domain.model.scheme.ChecklistMap;
import com.dealercs.domain.model.facts.JdpStudy;
import com.dealercs.domain.model.imports.ImportReferences;
import com.dealercs.infrastructure.persistence.DatabaseMigration;
import com.dealercs.infrastructure.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What row validation needs to know of the database, read once per job: the dealer codes, the
 * inspections entered on the portal or over the API, and per evaluation year its state and scheme
 * codes. A year named by the file comes into being here
 * (OPEN, default policy and scheme) if it does not exist yet.
 */
@Dependent
public class ImportLookups implements ImportReferences {

    /** A checkpoint of the year's scheme and the checklist it belongs to. */
    public record SchemeCheckpoint(long id, String map) {
    }

    /** An evaluation year as validation sees it. */
    public record YearFacts(int year, String state, Map<String, SchemeCheckpoint> checkpoints,
                            Map<String, Set<String>> factorsByComponent) {

        public boolean open() {
            return YearState.OPEN.name().equals(state);
        }
    }

    @Inject
    YearFactsReader facts;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private Set<String> dealerCodes;
    /** dealer code | map | date of every entered inspection. */
    private Set<String> enteredInspections;
    private final Map<Integer, YearFacts> years = new HashMap<>();

    @Override
    public boolean checkpointExists(int year, ChecklistMap map, String checkpointCode) {
        SchemeCheckpoint checkpoint = year(year).checkpoints().get(checkpointCode);
        return checkpoint != null && checkpoint.map().equals(map.name());
    }

    @Override
    public boolean factorExists(int year, JdpStudy study, String factorCode) {
        return year(year).factorsByComponent().getOrDefault("JDP_" + study.name(), Set.of()).contains(factorCode);
    }

    @Override
    public boolean dealerExists(String code) {
        if (dealerCodes == null) {
            dealerCodes = new HashSet<>();
            Jdbc.query(dataSource, "select dealer_code from dealer", rows -> dealerCodes.add(rows.getString(1)));
        }
        return dealerCodes.contains(code);
    }

    @Override
    public boolean inspectionEntered(String dealerCode, ChecklistMap map, LocalDate inspectionDate) {
        if (enteredInspections == null) {
            enteredInspections = new HashSet<>();
            Jdbc.query(dataSource, "select d.dealer_code, i.map, i.inspection_date from inspection i "
                    + "join dealer d on d.id = i.dealer_id where i.source = ?", rows -> enteredInspections.add(
                    enteredKey(rows.getString(1), rows.getString(2), rows.getDate(3).toLocalDate())),
                    InspectionSource.ENTERED.name());
        }
        return enteredInspections.contains(enteredKey(dealerCode, map.name(), inspectionDate));
    }

    static String enteredKey(String dealerCode, String map, LocalDate inspectionDate) {
        return dealerCode + "|" + map + "|" + inspectionDate;
    }

    public YearFacts year(int year) {
        return years.computeIfAbsent(year, this::load);
    }

    private YearFacts load(int year) {
        facts.ensure(year);
        return facts.read(year);
    }
}
