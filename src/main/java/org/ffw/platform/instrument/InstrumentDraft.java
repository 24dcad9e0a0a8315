package org.ffw.platform.instrument;

import java.time.LocalDate;
import java.util.List;

import org.ffw.platform.cases.IdentityScreen;
import org.ffw.platform.cases.Procedure;

/**
 * What a procedure hands the kit to issue one instrument: who issues it, to whom, what it says. The text is the
 * procedure's (Chinese: these are legal documents); the kit numbers, renders, hashes, stores and serves it.
 *
 * @param kind        the procedure's code of the kind (ACCEPTANCE_NOTICE …), labelled {@code instrument.kind.KIND}
 * @param title       the title as printed (受理通知书)
 * @param authority   the issuing authority's full name (上海市浦东新区人力资源和社会保障局)
 * @param addressee   the first line after the number: to whom (上海示例科技有限公司：)
 * @param paragraphs  the body, one entry per paragraph (wrapped by the renderer)
 * @param legalBasis  the legal basis, printed under its own heading (never blank: every instrument has one)
 * @param rightsNotice whether the party's right to reconsideration or litigation is stated (条例 Art. 19)
 * @param screened    the persons the text must not name (a confidential complainant, a reporter) — checked on the
 *                    rendered text when it is issued; empty when the recipient may read every name
 */
public record InstrumentDraft(Procedure procedure, String caseNo, String kind, String title, Party recipient,
                              Party copyTo, String authority, String addressee, List<String> paragraphs,
                              String legalBasis, boolean rightsNotice, LocalDate issuedOn,
                              List<IdentityScreen.Person> screened) {

    /** To whom an instrument is addressed (or copied). */
    public enum Party { COMPLAINANT, EMPLOYER, BUREAU, UNION }

    public InstrumentDraft {
        paragraphs = List.copyOf(paragraphs);
        screened = List.copyOf(screened);
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new IllegalArgumentException("an instrument without a legal basis: " + kind);
        }
    }
}
