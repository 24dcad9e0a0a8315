package org.ffw.platform.instrument;

import java.time.Instant;
import java.time.LocalDate;

import org.ffw.platform.cases.Procedure;
import org.ffw.platform.instrument.InstrumentDraft.Party;

/**
 * An issued instrument, as stored: never updated. A correction is another row, {@code version + 1}, whose
 * {@code replacesId} names this one.
 *
 * @param docNumber 文号: the case number and the instrument's sequence number on the case (LC-2026-000042-03)
 * @param sha256    of the PDF bytes, recorded when it was issued
 */
public record Instrument(long id, Procedure procedure, String caseNo, String kind, String title, Party recipient,
                         Party copyTo, String docNumber, int version, Long replacesId, String correctionReason,
                         String sha256, long sizeBytes, String storageKey, LocalDate issuedOn, Instant issuedAt,
                         String issuer) {

    /** Whether this party is addressed by it (as recipient or with a copy). */
    public boolean addresses(Party party) {
        return party == recipient || party == copyTo;
    }
}
