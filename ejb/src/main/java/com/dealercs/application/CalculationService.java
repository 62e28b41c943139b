package com.dealercs.application;

import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Runs a year's calculation (scoring.md §1–§4) for HQ staff and administrators. While the year is
 * OPEN a run is a draft and may be run again; the latest run is the one shown. An APPROVED or
 * PUBLISHED year is frozen: its calculation is refused.
 */
@Stateless
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class CalculationService {

    @Inject
    YearCalculator calculator;

    @Resource
    SessionContext session;

    public CalculationSummary calculate(int year) {
        return calculator.calculate(year, session.getCallerPrincipal().getName());
    }
}
