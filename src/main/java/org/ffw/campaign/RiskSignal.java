package org.ffw.campaign;

/** What FFW knows of an employer's risk; words in i18n/campaigns ({@code campaign.why.*}). */
public enum RiskSignal {
    /** A substantiated violation on the employer's compliance record within the window (employer_violation). */
    SUBSTANTIATED_COMPLAINT("近期有查实的休假违法投诉"),
    /** A subsidy application within the window whose granted leave fell short of the statutory leave. */
    SHORT_SUBSIDY_LEAVE("补贴申请中给假少于法定假期"),
    /** A fertility-friendly post certificate revoked within the window. */
    REVOKED_CERTIFICATE("生育友好岗证书被撤销");

    private final String label;

    RiskSignal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The words of a why code: a signal, RANDOM or ALL. */
    static String labelOf(String why) {
        return switch (why) {
            case "RANDOM" -> "随机抽取";
            case "ALL" -> "对象不足样本量，全部检查";
            default -> valueOf(why).label();
        };
    }
}
