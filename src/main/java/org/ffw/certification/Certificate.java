package org.ffw.certification;

import java.time.Instant;
import java.time.LocalDate;

/** One row of friendly_certificate (V40). */
record Certificate(
        String certificateNo, String processInstanceId, CertificateStatus status, String employerCreditCode,
        String employerName, String district, String issuedByCase, String renewedByCase, LocalDate validFrom,
        LocalDate validTo, LocalDate remindedFor, long findingsAfterId, int warnings, String endReason,
        LocalDate endedOn, Instant createdAt, Instant updatedAt) {
}
