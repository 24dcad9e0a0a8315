package org.ffw.platform.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ffw.platform.cases.IdentityScreen;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.instrument.InstrumentDraft.Party;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kit's second guard: an instrument whose rendered text names a screened person (in any variant the identity
 * screen knows) is refused whole — a 400 naming {@code instrument}, nothing stored, nothing on the timeline — while
 * the same text for an addressee who may read the name is issued.
 */
class InstrumentScreenTest extends ApiTest {

    @Autowired
    Instruments instruments;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    static final IdentityScreen.Person PERSON = new IdentityScreen.Person("欧阳小红", "31010119880808002X",
            "13900000099");

    @Test
    void an_instrument_naming_a_screened_person_is_refused_and_nothing_is_stored() {
        String caseNo = "LC-T-" + UUID.randomUUID().toString().substring(0, 8);
        for (String variant : List.of("欧阳 小红", "小红", "０８０８００２ｘ", "+86 139-0000-0099")) {
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> instruments.issue(draft(caseNo,
                    "经查，职工" + variant + "的产假未足额批准。", List.of(PERSON)))))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("instrument");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM instrument WHERE case_no = ?", Integer.class, caseNo))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event WHERE case_no = ?", Integer.class, caseNo))
                .isZero();

        Instrument issued = tx.execute(s -> instruments.issue(draft(caseNo, "经查，职工欧阳小红的产假未足额批准。",
                List.of())));
        assertThat(issued.version()).isEqualTo(1);
        assertThat(issued.docNumber()).isEqualTo(caseNo + "-01");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM instrument WHERE case_no = ?", Integer.class, caseNo))
                .isEqualTo(1);
    }

    private static InstrumentDraft draft(String caseNo, String paragraph, List<IdentityScreen.Person> screened) {
        return new InstrumentDraft(Procedure.LEAVE_COMPLAINT, caseNo, "CORRECTION_ORDER", "责令改正指令书",
                Party.EMPLOYER, null, "上海市浦东新区人力资源和社会保障局", "上海示例科技有限公司：", List.of(paragraph),
                "《劳动保障监察条例》第十八条", true, LocalDate.of(2026, 12, 2), screened);
    }
}
