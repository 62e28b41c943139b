package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;

/** A fact about one dealer in one evaluation year: what a calculation reads. */
public interface YearFact {

    EvaluationYear getYear();

    Dealer getDealer();
}
