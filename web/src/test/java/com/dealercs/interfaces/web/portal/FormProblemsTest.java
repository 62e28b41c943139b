package com.dealercs.interfaces.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormProblemsTest {

    @Test
    void anImportColumnNamesTheFormsComponent() {
        assertEquals("sessionDate", FormProblems.componentId("session_date"));
        assertEquals("dealerCode", FormProblems.componentId("dealer_code"));
        assertEquals("score", FormProblems.componentId("score"));
        assertEquals("reason", FormProblems.componentId("reason"));
    }
}
