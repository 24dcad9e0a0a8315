package org.ffw.platform.cases;

import java.util.Set;

import org.apache.ibatis.annotations.AutomapConstructor;

import java.time.Instant;

/**
 * A case of any procedure as the registry holds it: who it concerns, where it is handled, where it stands, and a
 * one-line summary every reader of the case may see. The procedure's own table holds the rest.
 *
 * @param status          the procedure's status code (its words come from the procedure)
 * @param employerVisible whether the employer concerned may see the case yet
 * @param representatives the accounts acting for the applicant besides the applicant's own (the elected
 *                        representatives of a collective complaint): they read and act on the case as the applicant
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
        Instant updatedAt,
        Set<String> representatives) {

    /** The registry row as stored (MyBatis maps it); the representatives are added by the registry. */
    @AutomapConstructor
    public CaseRecord(String caseNo, Procedure procedure, String district, String employerCreditCode,
                      String applicantUsername, String status, String summary, boolean employerVisible,
                      String queryCodeHash, String processInstanceId, Instant openedAt, Instant closedAt,
                      Instant updatedAt) {
        this(caseNo, procedure, district, employerCreditCode, applicantUsername, status, summary, employerVisible,
                queryCodeHash, processInstanceId, openedAt, closedAt, updatedAt, Set.of());
    }

    public CaseRecord {
        representatives = representatives == null ? Set.of() : Set.copyOf(representatives);
    }

    CaseRecord withRepresentatives(Set<String> usernames) {
        return new CaseRecord(caseNo, procedure, district, employerCreditCode, applicantUsername, status, summary,
                employerVisible, queryCodeHash, processInstanceId, openedAt, closedAt, updatedAt, usernames);
    }

    /** The applicant, or one who acts for the applicant. */
    public boolean actsAsApplicant(String username) {
        return username != null && (username.equals(applicantUsername) || representatives.contains(username));
    }

    public boolean closed() {
        return closedAt != null;
    }
}
