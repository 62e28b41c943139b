package com.dealercs.infrastructure.imports.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcelValuesTest {

    @Test
    void numbersReadBackAsTheDecimalTheUserTyped() {
        assertEquals("2025", ExcelValues.numberText(2025.0));
        assertEquals("8.01", ExcelValues.numberText(8.01));
        assertEquals("8.01", ExcelValues.numberText(Double.parseDouble("8.0099999999999998")));
        assertEquals("0.3", ExcelValues.numberText(0.1 + 0.2));
        assertEquals("78.09", ExcelValues.numberText(78.09));
        assertEquals("-10000", ExcelValues.numberText(-10000.00));
        assertEquals("100", ExcelValues.numberText(100));
        assertEquals("0.0000001", ExcelValues.numberText(1e-7));
        assertEquals("123456789012", ExcelValues.numberText(123456789012.0));
        assertEquals("1000000000000000000000", ExcelValues.numberText(1e21));
        assertEquals("0", ExcelValues.numberText(-0.0));
        assertEquals("2.675", ExcelValues.numberText(2.675));
    }

    @Test
    void cellReferencesGiveColumns() {
        assertEquals(0, XlsxRecords.columnOf("A1"));
        assertEquals(25, XlsxRecords.columnOf("Z9"));
        assertEquals(26, XlsxRecords.columnOf("AA100"));
        assertEquals(16383, XlsxRecords.columnOf("XFD1"));
    }
}
