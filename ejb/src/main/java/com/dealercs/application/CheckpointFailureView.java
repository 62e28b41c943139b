package com.dealercs.application;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;

/**
 * A dealer that failed a checkpoint in the year's approved inspections (of the region and quarter
 * asked for): how many of its inspections marked the checkpoint FAIL, and how many marked it at all
 * (PASS or FAIL). What the weak-points page lists when a checkpoint is clicked.
 */
@JsonbPropertyOrder({"dealerCode", "dealerName", "region", "fail", "marked"})
public record CheckpointFailureView(String dealerCode, String dealerName, String region, int fail, int marked)
        implements Serializable {
}
