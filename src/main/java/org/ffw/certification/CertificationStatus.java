package org.ffw.certification;

/** Where a certification application stands, in the words the employer and the public read. */
public enum CertificationStatus {
    UNDER_REVIEW("审核中", "区人社局和区总工会分别审核岗位方案"),
    CHANGES_REQUESTED("待修改", "请按审核意见修改岗位后重新提交"),
    SITE_VISIT("实地核查", "区人社局将到单位实地核查岗位情况"),
    IN_NOTICE("公示中", "公示期满无异议即颁发证书"),
    OBJECTION_REVIEW("处理异议", "区人社局正在处理公示期间收到的异议"),
    CERTIFIED("已认定", "证书已颁发"),
    REJECTED("未予认定", null),
    WITHDRAWN("已撤回", null);

    private final String label;
    private final String next;

    CertificationStatus(String label, String next) {
        this.label = label;
        this.next = next;
    }

    public String label() {
        return label;
    }

    /** What happens next, or null once the case is closed. */
    public String next() {
        return next;
    }

    public boolean closed() {
        return this == CERTIFIED || this == REJECTED || this == WITHDRAWN;
    }
}
