package org.ffw.platform.cases;

import java.time.Instant;

/**
 * A case of any procedure as the registry holds it: who it concerns, where it is handled, where it stands, and a
 * one-line summary every reader of the case may see. The procedure's own table holds the rest.
 *
 * @param status          the procedure's status code (its words come from the procedure)
 * @param employerVisible whether the employer concerned may see the case yet
 */
public record CaseRecord(
        String caseNo,
        Procedure procedure,
        String district,
        String employerCreditCode,
        String applicantUsername,
        String status,
        String summary,
        boolean employerVisible,
        String queryCodeHash,
        String processInstanceId,
        Instant openedAt,
        Instant closedAt,
        Instant updatedAt) {

    public boolean closed() {
        return closedAt != null;
    }
}
