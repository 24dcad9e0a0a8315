package org.ffw.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.ffw.identity.UserService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.IdentityScreen;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.instrument.Instrument;
import org.ffw.platform.instrument.InstrumentDraft;
import org.ffw.platform.instrument.InstrumentDraft.Party;
import org.ffw.platform.instrument.Instruments;
import org.ffw.rules.WorkingDays;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The formal instruments (文书) of the complaint, issued by the step they belong to, in its transaction (through the
 * kit, {@link Instruments}): 受理通知书 and 不予受理告知书 to the complainant, 补正通知书 at a supplement request,
 * 责令改正指令书 and 整改复查意见书 to the employer (the complainant gets a copy), and at a referral the internal
 * 行政处罚案件移送书 with the employer's 拟作出行政处罚告知书. A reporter is addressed only when the report came from an
 * account (an anonymous one has nobody to serve). What the employer receives is built only from what was written for
 * the employer — the allegation as the inspector worded it, the required actions, codes, dates, its own name — and
 * the kit screens the rendered text for the complainant's and the reporter's identity once more.
 */
@Component
class ComplaintInstruments {

    /** The complaint's kinds: the printed title of each. */
    enum Kind {
        ACCEPTANCE_NOTICE("受理通知书"), NON_ACCEPTANCE_NOTICE("不予受理告知书"), SUPPLEMENT_NOTICE("补正通知书"),
        CORRECTION_ORDER("责令改正指令书"), REVIEW_OPINION("整改复查意见书"), PENALTY_REFERRAL("行政处罚案件移送书"),
        PENALTY_NOTICE("拟作出行政处罚告知书");

        final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    static final String ACCEPTANCE_BASIS = "《劳动保障监察条例》第九条、第十七条；《关于实施〈劳动保障监察条例〉若干规定》第十八条";
    static final String ORDER_BASIS = "《劳动保障监察条例》第十八条第一款第（二）项";
    static final int SUPPLEMENT_DAYS = 10;

    private final Instruments instruments;
    private final UserService users;
    private final WorkingDays workingDays;
    private final ComplaintFines fines;
    private final ComplaintCases cases;

    private final ComplaintParties parties;

    ComplaintInstruments(Instruments instruments, UserService users, WorkingDays workingDays, ComplaintFines fines,
                         ComplaintCases cases, ComplaintParties parties) {
        this.parties = parties;
        this.cases = cases;
        this.instruments = instruments;
        this.users = users;
        this.workingDays = workingDays;
        this.fines = fines;
    }

    /** Issues the instrument of this kind for the case as it stands now (the step that makes it calls this). */
    void issue(Complaint c, Kind kind) {
        draft(c, kind).forEach(instruments::issue);
    }

    /**
     * An inspector or supervisor of the handling district corrects an issued instrument (403 for anyone else, 404 for
     * an instrument not on the case, 409 when it was corrected already): drawn again from the case as it stands now,
     * version + 1 naming the replaced one, which stays as it was.
     */
    @Transactional
    public Instrument correct(FfwUser me, String caseNo, long id, String reason) {
        Complaint c = cases.lock(caseNo);
        if (c == null) {
            throw new NotFoundException("No such complaint.");
        }
        if (!me.isStaffOf(c.district(), EnumSet.of(Role.INSPECTOR, Role.SUPERVISOR))) {
            throw new ForbiddenException("Only the inspectors and supervisors of the handling district correct "
                    + "an instrument.");
        }
        return reissue(c, instruments.find(me, caseNo, id), reason);
    }

    /** A correction of an issued instrument: the same kind drawn again from the case as it stands, version + 1. */
    Instrument reissue(Complaint c, Instrument replaced, String reason) {
        Kind kind = Kind.valueOf(replaced.kind());
        InstrumentDraft d = draft(c, kind).stream().filter(x -> x.recipient() == replaced.recipient()).findFirst()
                .orElseThrow(() -> new org.ffw.platform.web.ConflictException(
                        "The case no longer gives this instrument: it cannot be drawn again."));
        return instruments.reissue(replaced, d, reason);
    }

    /** The drafts of a kind (none when nobody can be served, two for a referral). */
    List<InstrumentDraft> draft(Complaint c, Kind kind) {
        LocalDate today = workingDays.today();
        List<InstrumentDraft> out = new ArrayList<>();
        boolean toComplainant = c.complainantUsername() != null;
        String party = c.kind() == org.ffw.complaint.Kind.REPORT ? "举报" : "投诉";
        String lodged = "你于" + date(c.createdAt().atZone(Shanghai.ZONE).toLocalDate()) + "对" + c.employerName()
                + "提出的" + party + "（案件编号 " + c.caseNo() + "，事项：" + c.leaveType().label() + "）";
        switch (kind) {
            case ACCEPTANCE_NOTICE -> {
                if (toComplainant) {
                    List<String> body = new ArrayList<>(List.of(lodged + "，经审查，符合受理条件，本局决定予以受理，并于"
                            + date(c.acceptedOn() == null ? today : c.acceptedOn()) + "立案调查。",
                            c.investigationDue() == null ? "调查期限为立案之日起60个工作日（待节假日安排公布后计算具体日期）。"
                                    : "调查期限至" + date(c.investigationDue()) + "（立案之日起60个工作日；情况复杂的，经批准可延长30个工作日）。"));
                    if (c.confidential()) {
                        body.add("本局依法为你保密：向用人单位出具的文书和告知的内容不含你的姓名、身份证号码和联系电话。");
                    }
                    body.add("调查期间如有新的证据材料，可以在案件页面补充提交。");
                    out.add(toComplainant(c, kind, body, ACCEPTANCE_BASIS, false, today));
                }
            }
            case NON_ACCEPTANCE_NOTICE -> {
                if (toComplainant) {
                    List<String> body = new ArrayList<>(List.of(lodged + "，经审查，本局决定不予受理。",
                            "理由：" + NotAcceptedReason.text(c.notAcceptedReason()) + "。", whereInstead(c)));
                    if (c.triageNote() != null && !c.triageNote().isBlank()) {
                        body.add("说明：" + c.triageNote().strip());
                    }
                    out.add(toComplainant(c, kind, body, nonAcceptanceBasis(c.notAcceptedReason()), true, today));
                }
            }
            case SUPPLEMENT_NOTICE -> out.add(toComplainant(c, kind, List.of(lodged + "，材料尚不齐全，请补正以下材料：",
                    c.supplementRequest(), "请于" + date(workingDays.after(today, SUPPLEMENT_DAYS)) + "前（" + SUPPLEMENT_DAYS
                            + "个工作日内）在案件页面补正。补正后，本局自收到补正材料之日起5个工作日内决定是否受理；逾期未补正的，本案按材料不全终结。"),
                    "《关于实施〈劳动保障监察条例〉若干规定》第十八条第三款", false, today));
            case CORRECTION_ORDER -> out.add(toEmployer(c, kind, List.of(
                    "本局于" + date(c.acceptedOn()) + "立案调查的案件（案件编号 " + c.caseNo() + "），经调查，你单位存在以下违反劳动保障法律、法规的行为：",
                    c.allegation() + "（事项：" + c.leaveType().label() + "；" + period(c) + "）",
                    "现责令你单位改正：" + c.requiredActions(),
                    "请于" + date(c.correctionDeadline()) + "前改正完毕，并将整改情况书面报告本局（可在用人单位的案件页面提交整改报告）。逾期不改正的，本局将依法处理。"),
                    ORDER_BASIS + legalNorm(c), true, today));
            case REVIEW_OPINION -> {
                boolean rectified = "RECTIFIED".equals(c.verification());
                out.add(toEmployer(c, kind, List.of(
                        "本局责令你单位于" + date(c.correctionDeadline()) + "前改正违反劳动保障法律、法规的行为（案件编号 " + c.caseNo() + "）。",
                        c.rectificationReport() == null ? "你单位未在改正期限内报告整改情况。" : "你单位已报告整改情况。",
                        rectified ? "经复查，你单位已按要求改正。本局对本案予以结案。"
                                : "经复查，你单位未按要求改正。本局将依法作出处理，对逾期不改正的行为移送行政处罚程序。"),
                        ORDER_BASIS + legalNorm(c), !rectified, today));
            }
            case PENALTY_REFERRAL, PENALTY_NOTICE -> {
                if (!"REFER".equals(c.penaltyDecision())) {
                    break;
                }
                String source = fines.of(c.leaveType()).map(ComplaintFines.Range::source).orElse("");
                String fine = "按每名受侵害职工" + c.finePerEmployee().toPlainString() + "元、共" + c.affectedEmployees()
                        + "名计，罚款合计" + c.fineTotal().toPlainString() + "元";
                out.add(new InstrumentDraft(Procedure.LEAVE_COMPLAINT, c.caseNo(), Kind.PENALTY_REFERRAL.name(),
                        Kind.PENALTY_REFERRAL.title, Party.BUREAU, null, authority(c), "本局行政处罚承办机构：",
                        List.of(c.employerName() + "（统一社会信用代码 " + c.employerCreditCode() + "）经责令改正（期限至"
                                        + date(c.correctionDeadline()) + "）逾期未改正（案件编号 " + c.caseNo() + "）。",
                                "经监察机构负责人决定，移送作出行政处罚决定，建议" + fine + "。",
                                "处理意见：" + (c.penaltyNote() == null ? "无" : c.penaltyNote().strip())),
                        source, false, today, List.of()));
                out.add(toEmployer(c, Kind.PENALTY_NOTICE, List.of(
                        "你单位经本局责令改正（案件编号 " + c.caseNo() + "，改正期限至" + date(c.correctionDeadline()) + "），逾期未改正。",
                        "本局拟对你单位作出行政处罚：" + fine + "。",
                        "你单位有权进行陈述和申辩。陈述、申辩的，请在案件页面或向本局书面提出；本局将听取你单位的意见后作出决定。"),
                        source, true, today));
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return kind == Kind.PENALTY_NOTICE || kind == Kind.PENALTY_REFERRAL
                ? out.stream().filter(d -> d.kind().equals(kind.name())).toList() : out;
    }

    private InstrumentDraft toComplainant(Complaint c, Kind kind, List<String> body, String basis, boolean rights,
                                          LocalDate today) {
        String name = c.complainantName() == null || c.complainantName().isBlank()
                ? (c.kind() == org.ffw.complaint.Kind.REPORT ? "举报人" : "投诉人") : c.complainantName();
        return new InstrumentDraft(Procedure.LEAVE_COMPLAINT, c.caseNo(), kind.name(), kind.title, Party.COMPLAINANT,
                null, authority(c), name + "：", body, basis, rights, today, List.of());
    }

    /** To the employer, a copy to the complainant (she has an account); screened for whom the employer may not know. */
    private InstrumentDraft toEmployer(Complaint c, Kind kind, List<String> body, String basis, boolean rights,
                                       LocalDate today) {
        return new InstrumentDraft(Procedure.LEAVE_COMPLAINT, c.caseNo(), kind.name(), kind.title, Party.EMPLOYER,
                c.complainantUsername() == null ? null : Party.COMPLAINANT, authority(c), c.employerName() + "：", body,
                basis, rights, today, screened(c));
    }

    /**
     * Whom the employer may not learn about — the same persons as every field written for the employer
     * ({@link ComplaintParties#protectedPersons}: the complainant, each co-complainant and representative, a
     * reporter): the kit checks the rendered text against them.
     */
    private List<IdentityScreen.Person> screened(Complaint c) {
        return parties.protectedPersons(c);
    }

    /** 上海市浦东新区人力资源和社会保障局: the handling district's bureau. */
    String authority(Complaint c) {
        return "上海市" + users.district(c.district()).map(d -> d.nameZh()).orElse(c.district()) + "人力资源和社会保障局";
    }

    /** Where to go instead (若干规定 Art. 18 ¶4): the competent body for each reason. */
    private String whereInstead(Complaint c) {
        String district = users.district(c.district()).map(d -> d.nameZh()).orElse("");
        return switch (c.notAcceptedReason() == null ? "" : c.notAcceptedReason()) {
            case "ARBITRATION" -> "受理仲裁申请的机构：上海市" + district + "劳动人事争议仲裁委员会。";
            case "DUPLICATE" -> "同一事项已在处理中" + (c.possibleDuplicateOf() == null ? ""
                    : "（案件编号 " + c.possibleDuplicateOf() + "）") + "，请通过该案件了解处理进展。";
            case "TIME_BARRED" -> "两年内发生的违法行为，或者仍在继续的违法行为，可以另行投诉。";
            default -> "请向对该事项有管辖权的部门反映。";
        };
    }

    private static String nonAcceptanceBasis(String reason) {
        return "TIME_BARRED".equals(reason) ? "《劳动保障监察条例》第二十条；《关于实施〈劳动保障监察条例〉若干规定》第十八条第二款"
                : "ARBITRATION".equals(reason) ? "《关于实施〈劳动保障监察条例〉若干规定》第十六条、第十八条"
                : "《关于实施〈劳动保障监察条例〉若干规定》第十八条";
    }

    /** The norm breached and the fine's source, where the law gives one for this leave (ffw.complaint.fines). */
    private String legalNorm(Complaint c) {
        return fines.of(c.leaveType()).map(r -> "；" + r.source()).orElse("");
    }

    /** The period of the violation as the employer may read it: the month only while confidential and not released. */
    private static String period(Complaint c) {
        if (c.violationDate() == null) {
            return "违法行为发生时间未说明";
        }
        return c.confidential() && !c.violationDateReleased()
                ? "违法行为发生于" + c.violationDate().getYear() + "年" + c.violationDate().getMonthValue() + "月"
                : "违法行为发生于" + date(c.violationDate());
    }

    private static String date(LocalDate d) {
        return org.ffw.platform.instrument.InstrumentDates.chinese(d);
    }
}
