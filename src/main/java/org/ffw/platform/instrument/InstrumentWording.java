package org.ffw.platform.instrument;

import java.util.ArrayList;
import java.util.List;

import org.ffw.platform.instrument.InstrumentDraft.Party;
import org.springframework.stereotype.Component;

/**
 * The parts every instrument has whatever its kind, worded once: the number line, the correction clause of a new
 * version, the legal basis, the rights notice (条例 Art. 19: reconsideration or litigation, periods from
 * {@code ffw.instruments}), the copy line, the signature.
 */
@Component
class InstrumentWording {

    private final InstrumentProperties properties;

    InstrumentWording(InstrumentProperties properties) {
        this.properties = properties;
    }

    InstrumentPdf.Printed printed(InstrumentDraft d, String number, Instrument replaced, String reason) {
        List<String> body = new ArrayList<>();
        if (replaced != null) {
            body.add("本文书为第" + (replaced.version() + 1) + "版，更正并替代" + InstrumentDates.chinese(replaced.issuedOn())
                    + "作出的" + replaced.title() + "（文号 " + replaced.docNumber() + "），原文书自本文书送达之日起不再使用。"
                    + (reason == null || reason.isBlank() ? "" : "更正理由：" + reason.strip()));
        }
        body.addAll(d.paragraphs());
        body.add("法律依据：" + d.legalBasis());
        if (d.rightsNotice()) {
            body.add(rightsNotice(d.title()));
        }
        if (d.copyTo() != null) {
            body.add("抄送：" + label(d.copyTo()) + "。");
        }
        return new InstrumentPdf.Printed(d.authority(), d.title(), "文号：" + number, d.addressee(), body,
                d.authority(), d.issuedOn());
    }

    /** 条例 Art. 19: the party is told it may seek reconsideration or sue. */
    String rightsNotice(String title) {
        return "如不服本" + title + "，可以自收到本文书之日起" + properties.reconsiderationDays() + "日内依法申请行政复议，或者自收到本文书之日起"
                + properties.litigationMonths() + "个月内依法向人民法院提起行政诉讼。";
    }

    private static String label(Party p) {
        return switch (p) {
            case COMPLAINANT -> "投诉人";
            case EMPLOYER -> "被投诉单位";
            case BUREAU -> "本局";
            case UNION -> "工会";
        };
    }
}
