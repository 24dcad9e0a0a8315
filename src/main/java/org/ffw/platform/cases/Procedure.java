package org.ffw.platform.cases;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.ffw.platform.security.Role;

/**
 * The procedures FFW runs: the prefix of their case numbers, the key of their BPMN process, their name, and which
 * district staff roles read and work their cases (the kit's access rule, {@link CaseAccess}).
 */
public enum Procedure {
    LEAVE_COMPLAINT("LC", "leave-complaint", "休假权益投诉",
            EnumSet.of(Role.INSPECTOR, Role.SUPERVISOR, Role.UNION_REVIEWER, Role.UNION_SUPERVISOR)),
    EMPLOYER_SUBSIDY("ES", "employer-subsidy", "产假及生育假期间社保补贴",
            EnumSet.of(Role.SUBSIDY_OFFICER, Role.SUPERVISOR)),
    FRIENDLY_POST("FP", "friendly-post-certification", "生育友好岗认定",
            EnumSet.of(Role.INSPECTOR, Role.SUPERVISOR, Role.UNION_REVIEWER, Role.UNION_SUPERVISOR)),
    /** A certificate's lifecycle (validity, renewal, revocation); its case number is the certificate number. */
    FRIENDLY_POST_CERTIFICATE("FC", "friendly-post-certificate", "生育友好岗证书",
            EnumSet.of(Role.INSPECTOR, Role.SUPERVISOR, Role.UNION_REVIEWER, Role.UNION_SUPERVISOR)),
    /**
     * The union's labour-law supervision of an employer (opinion, written answer, suggestion letter to the HRB): the
     * union's reviewers and lead work it, the district HRB's inspectors and supervisors decide on the suggestion.
     */
    UNION_SUPERVISION("US", "union-supervision", "工会劳动法律监督",
            EnumSet.of(Role.UNION_REVIEWER, Role.UNION_SUPERVISOR, Role.INSPECTOR, Role.SUPERVISOR)),
    /**
     * An employer drawn by an inspection campaign (双随机、一公开): it reports its leave records, the inspector pair
     * reviews them (on site where they decide so), finds, and a violation goes to the order to correct.
     */
    LEAVE_INSPECTION("LI", "leave-inspection", "休假落实专项检查", EnumSet.of(Role.INSPECTOR, Role.SUPERVISOR));

    private final String prefix;
    private final String processKey;
    private final String label;
    private final Set<Role> staffRoles;

    Procedure(String prefix, String processKey, String label, Set<Role> staffRoles) {
        this.prefix = prefix;
        this.processKey = processKey;
        this.label = label;
        this.staffRoles = staffRoles;
    }

    public String prefix() {
        return prefix;
    }

    public String processKey() {
        return processKey;
    }

    public String label() {
        return label;
    }

    /** The district staff roles that read and work this procedure's cases of their district. */
    public Set<Role> staffRoles() {
        return EnumSet.copyOf(staffRoles);
    }

    /** The procedure of a case number, by its prefix ({@code LC-2026-000001} → LEAVE_COMPLAINT); empty for none. */
    public static Optional<Procedure> ofCaseNo(String caseNo) {
        if (caseNo == null) {
            return Optional.empty();
        }
        int dash = caseNo.indexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        String prefix = caseNo.substring(0, dash);
        return Arrays.stream(values()).filter(p -> p.prefix.equals(prefix)).findFirst();
    }

    public static Optional<Procedure> ofProcessKey(String processKey) {
        return Arrays.stream(values()).filter(p -> p.processKey.equals(processKey)).findFirst();
    }
}
