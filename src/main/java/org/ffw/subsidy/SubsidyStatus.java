package org.ffw.subsidy;

/** Where a subsidy application stands, and what happens next, in the employer's words. */
public enum SubsidyStatus {
    SUBMITTED("审核中", "区人社局补贴窗口正在审核，将在审核期限内作出决定。"),
    SUPPLEMENT_REQUESTED("待补正", "请按审核意见补正材料；逾期未补正视为撤回申请。"),
    SECOND_REVIEW("复核中", "补贴窗口已同意，正在由区人社局负责人复核。"),
    APPROVED("已批准，待支付", "补贴已批准，将一次性支付到申请时填写的银行账户。"),
    PAID("已支付", "补贴已支付。"),
    REJECTED("未获批准", "申请未获批准，理由见审核意见。"),
    WITHDRAWN("已撤回", "逾期未补正，申请视为撤回；如仍符合条件，可在申请期限内重新申请。");

    private final String label;
    private final String next;

    SubsidyStatus(String label, String next) {
        this.label = label;
        this.next = next;
    }

    public String label() {
        return label;
    }

    /** What happens next, for the employer and the public status lookup. */
    public String next() {
        return next;
    }

    public boolean closed() {
        return this == PAID || this == REJECTED || this == WITHDRAWN;
    }
}
