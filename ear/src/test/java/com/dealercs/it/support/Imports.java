package com.dealercs.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/** A test's own data through the import API, as HQ brings it in: each file must complete. */
public final class Imports {

    private Imports() {
    }

    /** Imports a UTF-8 CSV file of the kind; answers the import's result, which must be COMPLETED. */
    public static JsonNode completed(String kind, String csv) {
        JsonNode result = Api.importFile(kind, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals("COMPLETED", result.get("status").asText(), kind + ": " + result);
        return result;
    }

    /** Dealers, each row {@code dealer_code,name,region,province,city,opened_on,status}. */
    public static void dealers(String... rows) {
        completed("dealers", "dealer_code,name,region,province,city,opened_on,status\n" + String.join("\n", rows) + "\n");
    }

    /** The year's purchase volumes: a dealer code, its units, the next code, its units… */
    public static void volumes(int year, Object... codesAndUnits) {
        StringBuilder csv = new StringBuilder("year,dealer_code,units\n");
        for (int i = 0; i < codesAndUnits.length; i += 2) {
            csv.append(year).append(',').append(codesAndUnits[i]).append(',').append(codesAndUnits[i + 1]).append('\n');
        }
        completed("volumes", csv.toString());
    }

    /**
     * A generated CSC file of the year: {@code rows} responses spread over the quarters and over
     * {@code dealers} dealers coded {@code dealerPrefix} + a number in {@code dealerDigits} digits
     * from 1, response ids {@code idPrefix} + year + row, ratings 0–10 drawn from {@code seed}.
     */
    public static String cscResponses(int year, int rows, String dealerPrefix, int dealerDigits, int dealers,
                                      String idPrefix, long seed) {
        java.util.Random random = new java.util.Random(seed);
        String dealerCode = dealerPrefix + "%0" + dealerDigits + "d";
        StringBuilder csv = new StringBuilder(rows * 48);
        csv.append("year,quarter,dealer_code,response_id,awareness,attitude,communication,experience,"
                + "first_time_resolution\n");
        for (int i = 0; i < rows; i++) {
            csv.append(year).append(',').append(i % 4 + 1).append(',')
                    .append(String.format(dealerCode, i % dealers + 1)).append(',')
                    .append(idPrefix).append(year).append(String.format("%08d", i));
            for (int column = 0; column < 5; column++) {
                csv.append(',').append(random.nextInt(11));
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
