package org.ffw.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A campaign row; list columns are codes separated by commas ({@link #list}). */
record Campaign(Long id, String title, String leaveTypes, String districts, String sectors, String sizeBands,
                LocalDate periodFrom, LocalDate periodTo, int sampleSize, BigDecimal riskShare, long seed,
                String method, int inspectorsPerCase, int populationSize, LocalDate signalsSince, String status,
                String createdBy, Instant createdAt, Instant closedAt, String idempotencyKey) {

    static final String DRAWN = "DRAWN";
    static final String CLOSED = "CLOSED";

    static List<String> list(String column) {
        return column == null || column.isBlank() ? null : Arrays.asList(column.split(","));
    }

    static String column(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(",", codes);
    }

    /** One row of the population as recorded. */
    record Member(int ordinal, String creditCode, String employerName, String district, String signals,
                  BigDecimal weight) {
    }

    /** One drawn employer as recorded. */
    record PickRow(int ordinal, String creditCode, String employerName, String district, String part, String why,
                   String caseNo, Instant caseClosedAt) {
    }

    /** One inspector of a case: the drawn ones and every replacement. */
    record InspectorRow(String caseNo, int ordinal, String username, boolean recused, String recusalReason,
                        String recusedBy, Instant recusedAt, String replacedBy, String drawnFrom, Integer recusalNo) {
    }
}
