package org.ffw.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ffw.rules.CreditCodes;
import org.ffw.rules.ResidentIds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The submissions of one crash run, made up front so that each can be sent again, byte for byte, with its own
 * Idempotency-Key after a restart. Seven in ten are complaints (the demo employees), two subsidy applications (the
 * demo employer, each for a different employee), one a certification application (an employer of its own: an
 * employer has one open application at a time). Each carries a marker the checks find it by in the database: the
 * complaint's facts, the subsidy's employee, the certification's employer.
 */
public final class CrashWorkload {

    private static final ObjectMapper JSON = new ObjectMapper();

    enum Kind {
        COMPLAINT("/api/v1/complaints"),
        SUBSIDY("/api/v1/subsidy-applications"),
        CERTIFICATION("/api/v1/certifications");

        final String path;

        Kind(String path) {
            this.path = path;
        }
    }

    /** One submission: who sends what where, with which key; {@code marker} identifies its case in the tables. */
    record Submission(int index, Kind kind, String user, String key, String json, String marker) {
    }

    /** An employer of Pudong and the account that applies for it (made by {@link CrashRun#prepare}). */
    public record CertEmployer(String creditCode, String name, String username) {
    }

    private CrashWorkload() {
    }

    static Kind kindOf(int i) {
        return switch (i % 10) {
            case 1, 6 -> Kind.SUBSIDY;
            case 3 -> Kind.CERTIFICATION;
            default -> Kind.COMPLAINT;
        };
    }

    /** {@code n} submissions; {@code run} keeps markers apart between runs on the same database. */
    static List<Submission> make(int n, String run, List<CertEmployer> employers) {
        List<Submission> out = new ArrayList<>();
        int cert = 0;
        int subsidy = 0;
        for (int i = 0; i < n; i++) {
            String key = "crash-" + run + "-" + i + "-" + UUID.randomUUID();
            out.add(switch (kindOf(i)) {
                case COMPLAINT -> {
                    String marker = "（压测编号 crash-" + run + "-" + i + "）";
                    yield new Submission(i, Kind.COMPLAINT, i % 2 == 0 ? "employee" : "employee2", key,
                            json(complaint(marker)), marker);
                }
                case SUBSIDY -> {
                    String residentId = residentId(run, subsidy++);
                    yield new Submission(i, Kind.SUBSIDY, "employer", key, json(subsidy(residentId)), residentId);
                }
                case CERTIFICATION -> {
                    CertEmployer e = employers.get(cert++);
                    yield new Submission(i, Kind.CERTIFICATION, e.username(), key, json(certification()),
                            e.creditCode());
                }
            });
        }
        return out;
    }

    static int certifications(int n) {
        int c = 0;
        for (int i = 0; i < n; i++) {
            c += kindOf(i) == Kind.CERTIFICATION ? 1 : 0;
        }
        return c;
    }

    /** Employers with valid credit codes of Pudong (310115), unlike every other run's ({@code run} is hex). */
    public static List<CertEmployer> employers(int count, String run) {
        List<CertEmployer> out = new ArrayList<>();
        long base = Long.parseLong(run, 16) % 9_000L * 1_000L;
        for (int i = 0; i < count; i++) {
            String first17 = "91310115MA" + String.format("%07d", base + i);
            String code = first17 + CreditCodes.checkCharacter(first17);
            out.add(new CertEmployer(code, "上海压测友好岗" + code.substring(10, 17) + "有限公司",
                    "crash-" + code.substring(10, 17)));
        }
        return out;
    }

    /** A woman's resident ID born in 1990 (a day per 500), unlike every other run's. */
    public static String residentId(String run, int i) {
        long offset = Long.parseLong(run, 16) % 20L * 500L + i;
        LocalDate born = LocalDate.of(1985, 1, 1).plusDays(offset / 500);
        String first17 = "310115" + born.toString().replace("-", "") + String.format("%03d", 2 * (offset % 500));
        return first17 + ResidentIds.checkCharacter(first17);
    }

    private static Map<String, Object> complaint(String marker) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("employerCreditCode", "91310115MA1H8R7C41");
        c.put("employerName", "上海示例科技有限公司");
        c.put("workplaceDistrict", "310115");
        c.put("leaveType", "BIRTH");
        c.put("childBirthDate", "2026-03-10");
        c.put("babies", 1);
        c.put("violationDate", "2026-06-16");
        c.put("facts", "本人于2026年3月10日生育，公司只批准98天产假，拒绝60天生育假。" + marker);
        c.put("request", "补足生育假");
        c.put("daysGranted", 98);
        c.put("confidential", true);
        c.put("phone", "13800000000");
        return c;
    }

    public static Map<String, Object> subsidy(String residentId) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("employee", Map.of("name", "王芳", "residentId", residentId));
        a.put("childBirthDate", "2026-03-10");
        a.put("childOrder", 2);
        a.put("employeeConfirmedChildOrder", true);
        a.put("birthCertificateNo", "P310000001");
        a.put("leaveStart", "2026-03-10");
        a.put("leaveEnd", "2026-08-15");
        List<Map<String, Object>> months = new ArrayList<>();
        for (int m = 3; m <= 8; m++) {
            months.add(Map.of("month", "2026-%02d".formatted(m), "pension", 2000.00, "medical", 1000.00,
                    "unemployment", 50.00, "workInjury", 20.00));
        }
        a.put("contributions", months);
        a.put("dispatch", null);
        a.put("noOtherSubsidy", true);
        a.put("bankAccount", Map.of("bankName", "中国工商银行上海浦东分行", "accountName", "上海示例科技有限公司",
                "accountNo", "1001 2345 6789 0123"));
        return a;
    }

    public static Map<String, Object> certification() {
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("title", "软件测试工程师");
        post.put("department", "质量部");
        post.put("headcount", 3);
        post.put("workingTime", "核心时间10:00-16:00，其余弹性");
        post.put("measures", List.of("FLEXIBLE_HOURS", "REMOTE_WORK"));
        post.put("otherMeasure", null);
        post.put("eligibility", "抚育12周岁以下子女的职工");
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("posts", List.of(post));
        a.put("writtenInContract", true);
        a.put("consultation", Map.of("date", "2026-10-15", "body", "职工代表大会",
                "summary", "职工代表大会审议通过了生育友好岗方案。"));
        a.put("contact", Map.of("name", "张敏", "phone", "13900000000"));
        return a;
    }

    public static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An account for each employer, with the demo employer's password hash, by SQL while the application is stopped:
     * FFW has no API that makes an employer account without a phone code.
     */
    public static void insertAccounts(Connection c, List<CertEmployer> employers) throws SQLException {
        try (PreparedStatement user = c.prepareStatement("""
                     INSERT INTO app_user (username, password_hash, display_name, district_code, employer_credit_code,
                         real_name, resident_id, phone, enabled, demo_account, created_at, status, session_version,
                         language)
                     SELECT ?, password_hash, ?, NULL, ?, NULL, NULL, NULL, enabled, demo_account, created_at, status,
                         session_version, language FROM app_user WHERE username = 'employer'""");
             PreparedStatement role = c.prepareStatement(
                     "INSERT INTO app_user_role (username, role) VALUES (?, 'EMPLOYER')")) {
            for (CertEmployer e : employers) {
                user.setString(1, e.username());
                user.setString(2, e.name());
                user.setString(3, e.creditCode());
                user.addBatch();
                role.setString(1, e.username());
                role.addBatch();
            }
            user.executeBatch();
            role.executeBatch();
        }
    }
}
