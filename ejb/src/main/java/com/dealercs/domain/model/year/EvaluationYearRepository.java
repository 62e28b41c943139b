package com.dealercs.domain.model.year;

import java.util.List;
import java.util.Optional;

public interface EvaluationYearRepository {

    Optional<EvaluationYear> find(int year);

    /** The year, locked against concurrent changes of its state until the transaction ends. */
    Optional<EvaluationYear> findForUpdate(int year);

    List<EvaluationYear> findAll();

    void store(EvaluationYear year);
}
