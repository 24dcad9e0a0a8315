package org.ffw.certification;

/** The flexible arrangements a fertility-friendly post offers (REFERENCE §2.2), with what each means for the worker. */
public enum Measure {
    FLEXIBLE_HOURS("弹性上下班", "在核心工作时间之外，职工可自行安排上下班时间，例如接送孩子。"),
    REMOTE_WORK("居家或远程办公", "部分工作日可以在家或就近办公，不必每天到岗。"),
    FLEXIBLE_LEAVE("灵活休假", "可按小时或半天请假，用于照料子女、陪同就医或参加学校活动。"),
    PERFORMANCE_BASED("以绩效为导向的考核", "按完成的工作成果考核，而不是按在岗时长考核。"),
    OTHER("其他措施", "上述之外的灵活安排，须在“其他措施”中写明。");

    private final String label;
    private final String explanation;

    Measure(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
