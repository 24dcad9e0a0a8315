package org.ffw.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ffw.identity.UserService;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.instrument.Instrument;
import org.ffw.platform.instrument.InstrumentDates;
import org.ffw.platform.instrument.InstrumentDraft;
import org.ffw.platform.instrument.InstrumentDraft.Party;
import org.ffw.platform.instrument.Instruments;
import org.ffw.supervision.Supervision.Supervisor;
import org.springframework.stereotype.Component;

/**
 * The union's two letters as formal instruments (the kit's {@link Instruments}: PDF, numbered, hashed, served): the
 * 工会劳动法律监督意见书 to the employer when the case is opened, the 工会劳动法律监督建议书 to the district HRB when the
 * union lead signs it. Their text is also kept on the case (facts, required correction, the letter's body). The
 * employer is addressed by the opinion only: the suggestion letter is the bureau's.
 */
@Component
class SupervisionLetters {

    static final String OPINION = "SUPERVISION_OPINION";
    static final String SUGGESTION = "SUPERVISION_SUGGESTION";

    private final Instruments instruments;
    private final UserService users;

    SupervisionLetters(Instruments instruments, UserService users) {
        this.instruments = instruments;
        this.users = users;
    }

    /** 监督意见书 (《工会劳动法律监督办法》 Art. 19–20), in the opening transaction. */
    Instrument opinion(Supervision s, List<Supervisor> supervisors, LocalDate answerDue) {
        List<String> body = new ArrayList<>();
        body.add("本会工会劳动法律监督员" + names(supervisors) + "依法对你单位执行休假和女职工特殊劳动保护规定的情况进行了"
                + "监督检查，查明：" + s.facts());
        body.add("上述情况不符合" + s.leaveType().label() + "的有关规定。现提出监督意见如下：" + s.requiredCorrection());
        body.add("请你单位自收到本意见书之日起 15 个工作日内"
                + (answerDue == null ? "" : "（即 " + InstrumentDates.chinese(answerDue) + "前）")
                + "将整改情况书面答复本会（可通过生育友好职场监管平台答复并上传整改证明）。逾期未答复或者未整改的，本会将向"
                + district(s) + "人力资源和社会保障局发出工会劳动法律监督建议书，提请依法处理。");
        return instruments.issue(new InstrumentDraft(Procedure.UNION_SUPERVISION, s.caseNo(), OPINION,
                "工会劳动法律监督意见书", Party.EMPLOYER, null, union(s), s.employerName() + "：", body,
                "《中华人民共和国工会法》；《女职工劳动保护特别规定》第十二条；《工会劳动法律监督办法》第十九条、第二十条",
                false, s.opinionIssuedOn(), List.of()));
    }

    /** 监督建议书 (Art. 21, 23), when the union lead signs it: to the bureau, not to the employer. */
    Instrument suggestion(Supervision s, String text, LocalDate sentOn, LocalDate hrbDue) {
        List<String> body = new ArrayList<>(text.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList());
        body.add("本会已于" + InstrumentDates.chinese(s.opinionIssuedOn()) + "向" + s.employerName() + "（统一社会信用代码 "
                + s.employerCreditCode() + "）发出工会劳动法律监督意见书（案件 " + s.caseNo() + "），"
                + (s.noAnswer() ? "该单位逾期未书面答复。" : "该单位未按要求整改。")
                + "相关材料已随本建议书在平台移送。");
        body.add("请贵局自收到本建议书之日起 5 个工作日内"
                + (hrbDue == null ? "" : "（即 " + InstrumentDates.chinese(hrbDue) + "前）")
                + "依法决定立案，或者书面说明不予立案的理由，并将处理结果反馈本会。");
        return instruments.issue(new InstrumentDraft(Procedure.UNION_SUPERVISION, s.caseNo(), SUGGESTION,
                "工会劳动法律监督建议书", Party.BUREAU, null, union(s), "上海市" + district(s) + "人力资源和社会保障局：",
                body, "《劳动保障监察条例》第七条；《工会劳动法律监督办法》第二十一条、第二十三条", false, sentOn,
                List.of()));
    }

    private String union(Supervision s) {
        return "上海市" + district(s) + "总工会";
    }

    private String district(Supervision s) {
        return users.district(s.district()).map(d -> d.nameZh()).orElse(s.district());
    }

    private static String names(List<Supervisor> supervisors) {
        return String.join("、", supervisors.stream().map(p -> p.name() + "（证号 " + p.certificateNo() + "）")
                .toList());
    }
}
