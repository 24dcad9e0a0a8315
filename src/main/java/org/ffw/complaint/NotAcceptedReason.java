package org.ffw.complaint;

/** Why a complaint is not accepted (the triage form's choices), and what the complainant is told. */
enum NotAcceptedReason {
    TIME_BARRED("违法行为发生已超过两年，依照《劳动保障监察条例》第二十条不再查处"),
    ARBITRATION("您的请求属于劳动争议（如要求支付工资、津贴或赔偿），依法应向用人单位所在地的劳动人事争议仲裁委员会申请劳动争议仲裁；"
            + "对仲裁裁决不服的，可以向人民法院提起诉讼"),
    OUT_OF_SCOPE("不属于劳动保障监察的范围，请向有关部门反映"),
    DUPLICATE("与已受理的投诉为同一事项");

    private final String text;

    NotAcceptedReason(String text) {
        this.text = text;
    }

    /** The explanation for a stored reason code; a general one for a code this version does not know. */
    static String text(String code) {
        for (NotAcceptedReason r : values()) {
            if (r.name().equals(code)) {
                return r.text;
            }
        }
        return "不符合受理条件";
    }
}
