/**
 * The CS scoring rules of {@code docs/scoring.md}, as plain Java: from a dealer-year's facts
 * (inspections, SOC patrols, J.D. Power factors, CSC responses, training visits, crisis
 * assessments, units, adjustments) to its scorecard, ranks and the CS part of its rebate.
 *
 * <p>Only the JDK is used here, so the rules can be checked by hand and tested without a
 * container. All arithmetic is {@link java.math.BigDecimal}: means and ratios keep
 * {@link com.dealercs.domain.scoring.Decimals#SCALE} decimal places and only the results the
 * rulebook names are rounded, with {@link com.dealercs.domain.scoring.Decimals#round2}.
 *
 * <p>The entry point is {@link com.dealercs.domain.scoring.YearCalculation#run}.
 */
package com.dealercs.domain.scoring;
