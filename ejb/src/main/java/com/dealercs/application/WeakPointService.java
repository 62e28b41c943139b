package com.dealercs.application;

import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;

/**
 * The network's weak points (达标率) of a year, for HQ staff, executives and administrators: never
 * for dealer users, who must not see other dealers' results.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME})
public class WeakPointService {

    /**
     * The compliance rates of the year's items and checkpoints, weakest first, over the approved
     * inspections of ACTIVE dealers; {@code region} and {@code quarter} narrow the set when not
     * {@code null}. An unknown region gives empty lists.
     *
     * @throws NotFoundException when the year does not exist
     */
    public WeakPointsView weakPoints(int year, String region, Integer quarter, Locale locale) {
        throw new UnsupportedOperationException("weak points: being built");
    }

    /** The regions of the year's ACTIVE dealers, in order: what the weak points can be narrowed to. */
    public List<String> regions(int year) {
        throw new UnsupportedOperationException("weak points: being built");
    }

    /**
     * The dealers with at least one FAIL on the checkpoint in the same set as {@link #weakPoints},
     * most failures first, then by dealer code.
     */
    public List<CheckpointFailureView> dealersFailing(int year, String checkpointCode, String region,
            Integer quarter) {
        throw new UnsupportedOperationException("weak points: being built");
    }
}
