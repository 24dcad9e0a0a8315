package org.ffw.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.Procedure;
import org.ffw.rules.CreditCodes;
import org.ffw.support.BulkRows;

/**
 * The data of the cases benchmark: {@code employers} employers spread over the 16 districts, and {@code cases} cases
 * of every procedure opened over the last three years — a registry row each, and the procedure's own row with what
 * the reports count (a complaint's leave type, acceptance, finding and outcome; a subsidy's amounts and dates; a
 * certification's certificate with its validity). Deterministic for a seed. Case numbers are the procedures' own
 * ({@code LC-2025-612345}), counted from 500,000 so that they never meet a number the application hands out.
 */
final class CaseLoad {

    /** How the cases divide between the procedures (complaints, subsidies, certifications, inspections, union). */
    static final double[] SHARES = {0.40, 0.35, 0.15, 0.06, 0.04};
    static final Procedure[] PROCEDURES = {Procedure.LEAVE_COMPLAINT, Procedure.EMPLOYER_SUBSIDY,
            Procedure.FRIENDLY_POST, Procedure.LEAVE_INSPECTION, Procedure.UNION_SUPERVISION};
    static final String[] LEAVE_TYPES = {"MATERNITY", "MATERNITY", "BIRTH", "PATERNITY", "CHILDCARE", "CHILDCARE",
            "NURSING", "PRENATAL_CHECK", "PREGNANCY_PROTECTION"};
    static final String[] WORDS_A = {"星河", "东方", "浦江", "申城", "金桥", "张江", "陆家", "外滩", "虹桥", "徐汇",
            "宝山", "临港", "松江", "嘉定", "青浦", "奉贤", "崇明", "静安", "长宁", "杨浦"};
    static final String[] WORDS_B = {"科技", "贸易", "物流", "咨询", "餐饮", "制造", "医药", "教育", "传媒", "建设"};
    static final int FIRST_NUMBER = 500_000;

    final int employers;
    final int cases;
    final Random random;
    final Instant now = Instant.now();
    final List<String> districts;
    final List<String[]> employerRows = new ArrayList<>();
    private final Map<String, Integer> sequences = new HashMap<>();
    private final Map<String, Integer> casesPerEmployer = new HashMap<>();
    String lastCaseNo;

    CaseLoad(int employers, int cases, long seed, List<String> districts) {
        this.employers = employers;
        this.cases = cases;
        this.random = new Random(seed);
        this.districts = districts;
    }

    /** Loads everything in batches of {@code batch} rows; returns rows written per table. */
    Map<String, Long> load(Connection c, int batch) throws SQLException {
        c.setAutoCommit(false);
        Map<String, Long> written = new java.util.LinkedHashMap<>();
        try (BulkRows employer = new BulkRows(c, "employer", batch)) {
            for (int i = 0; i < employers; i++) {
                String district = districts.get(i % districts.size());
                String first17 = "91" + district + "BN" + String.format("%07d", i);
                String code = first17 + CreditCodes.checkCharacter(first17);
                String name = WORDS_A[random.nextInt(WORDS_A.length)] + WORDS_A[random.nextInt(WORDS_A.length)]
                        + WORDS_B[random.nextInt(WORDS_B.length)] + "有限公司" + i;
                employerRows.add(new String[] {code, name, district});
                employer.add(Map.of("credit_code", code, "name", name, "district_code", district,
                        "org_type", "ENTERPRISE", "status", "REGISTERED", "created_at", now, "updated_at", now,
                        "sector", "I", "size_band", "SMALL"));
            }
            written.put("employer", employer.written());
        }
        try (BulkRows registry = new BulkRows(c, "case_registry", batch);
             BulkRows complaint = new BulkRows(c, "complaint", batch);
             BulkRows subsidy = new BulkRows(c, "subsidy_application", batch);
             BulkRows certification = new BulkRows(c, "certification_application", batch);
             BulkRows certificate = new BulkRows(c, "friendly_certificate", batch)) {
            for (int i = 0; i < cases; i++) {
                oneCase(registry, complaint, subsidy, certification, certificate);
                if ((i + 1) % 100_000 == 0) {
                    System.out.println("  cases loaded: " + (i + 1) + " of " + cases);
                }
            }
            for (BulkRows t : List.of(registry, complaint, subsidy, certification, certificate)) {
                t.flush();
                written.put(t.table(), t.written());
            }
        } finally {
            c.setAutoCommit(true);
        }
        return written;
    }

    private void oneCase(BulkRows registry, BulkRows complaint, BulkRows subsidy, BulkRows certification,
                         BulkRows certificate) throws SQLException {
        Procedure procedure = pick();
        String[] employer = employerRows.get(random.nextInt(employerRows.size()));
        // most cases are handled where the employer is; a few were transferred or lodged elsewhere
        String district = random.nextInt(10) == 0 ? districts.get(random.nextInt(districts.size())) : employer[2];
        Instant opened = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
        LocalDate openedOn = opened.atZone(Shanghai.ZONE).toLocalDate();
        long ageDays = Duration.between(opened, now).toDays();
        boolean closed = ageDays > 60 ? random.nextInt(10) < 9 : random.nextInt(10) < 2;
        Instant closedAt = closed ? min(opened.plus(Duration.ofDays(5 + random.nextInt(80))), now) : null;
        String caseNo = number(procedure, openedOn.getYear());
        lastCaseNo = caseNo;
        casesPerEmployer.merge(employer[0], 1, Integer::sum);
        String status;
        Map<String, Object> own = new HashMap<>();
        own.put("case_no", caseNo);
        own.put("district", district);
        own.put("employer_credit_code", employer[0]);
        own.put("employer_name", employer[1]);
        own.put("created_at", opened);
        own.put("updated_at", closedAt == null ? opened : closedAt);
        own.put("closed_on", closedAt == null ? null : closedAt.atZone(Shanghai.ZONE).toLocalDate());
        switch (procedure) {
            case LEAVE_COMPLAINT -> {
                status = closed ? "CLOSED" : List.of("SUBMITTED", "INVESTIGATING", "CORRECTION_ORDERED", "VERIFYING")
                        .get(random.nextInt(4));
                complaint(own, status, openedOn, closedAt);
                complaint.add(own);
            }
            case EMPLOYER_SUBSIDY -> {
                status = closed ? List.of("PAID", "PAID", "PAID", "REJECTED", "WITHDRAWN").get(random.nextInt(5))
                        : List.of("SUBMITTED", "SUPPLEMENT_REQUESTED", "APPROVED").get(random.nextInt(3));
                subsidy(own, status, openedOn);
                subsidy.add(own);
            }
            case FRIENDLY_POST -> {
                status = closed ? List.of("CERTIFIED", "CERTIFIED", "REJECTED", "WITHDRAWN").get(random.nextInt(4))
                        : List.of("UNDER_REVIEW", "IN_NOTICE").get(random.nextInt(2));
                own.put("status", status);
                own.put("first_application", true);
                own.put("written_in_contract", true);
                own.put("consultation_date", openedOn);
                own.put("review_round", 1);
                if (status.equals("CERTIFIED")) {
                    String number = "FC-" + caseNo.substring(3);
                    own.put("certificate_no", number);
                    certificate(certificate, own, number, closedAt);
                }
                certification.add(own);
            }
            default -> status = closed ? "CLOSED" : "REVIEWING";
        }
        Map<String, Object> row = new HashMap<>();
        row.put("case_no", caseNo);
        row.put("procedure_code", procedure.name());
        row.put("district", district);
        row.put("employer_credit_code", employer[0]);
        row.put("status", status);
        row.put("summary", employer[1] + " · " + procedure.label());
        row.put("employer_visible", true);
        row.put("opened_at", opened);
        row.put("closed_at", closedAt);
        row.put("updated_at", closedAt == null ? opened : closedAt);
        registry.add(row);
    }

    private void complaint(Map<String, Object> own, String status, LocalDate openedOn, Instant closedAt) {
        own.put("status", status);
        own.put("leave_type", LEAVE_TYPES[random.nextInt(LEAVE_TYPES.length)]);
        own.put("confidential", random.nextBoolean());
        own.put("workplace_district", own.get("district"));
        own.put("facts", "单位不批准休假");
        own.put("complainant_username", "bench-employee");
        own.put("acceptance_due", openedOn.plusDays(7));
        boolean notAccepted = random.nextInt(10) == 0;
        if (notAccepted && status.equals("CLOSED")) {
            own.put("outcome", "NOT_ACCEPTED");
            return;
        }
        if (status.equals("SUBMITTED")) {
            return;
        }
        // accepted within 1-9 calendar days (mostly within 5 working days), found 10-80 days later
        LocalDate accepted = openedOn.plusDays(1 + random.nextInt(9));
        own.put("accepted_on", accepted);
        own.put("investigation_due", accepted.plusDays(84));
        if (status.equals("INVESTIGATING")) {
            return;
        }
        LocalDate found = accepted.plusDays(10 + random.nextInt(70));
        if (closedAt != null) {
            LocalDate closedOn = closedAt.atZone(Shanghai.ZONE).toLocalDate();
            found = found.isAfter(closedOn) ? closedOn : found;
        }
        own.put("found_on", found);
        boolean substantiated = random.nextInt(10) < 6;
        own.put("finding", substantiated ? "SUBSTANTIATED" : "NOT_SUBSTANTIATED");
        if (status.equals("CLOSED")) {
            own.put("outcome", substantiated ? (random.nextInt(10) < 8 ? "RECTIFIED" : "PENALTY_REFERRED")
                    : "NOT_SUBSTANTIATED");
        }
    }

    private void subsidy(Map<String, Object> own, String status, LocalDate openedOn) {
        own.put("status", status);
        own.put("applicant_username", "bench-employer");
        own.put("employee_name", "职工");
        own.put("employee_resident_id", "310101199001011234");
        own.put("child_birth_date", openedOn.minusDays(30));
        own.put("child_order", 1);
        own.put("babies", 1);
        own.put("leave_start", openedOn.minusDays(45));
        own.put("leave_end", openedOn.plusDays(113));
        BigDecimal requested = BigDecimal.valueOf(6_000 + random.nextInt(24_000)).setScale(2);
        own.put("requested_amount", requested);
        own.put("eligibility", "[]");
        own.put("eligible", !status.equals("REJECTED"));
        if (status.equals("APPROVED") || status.equals("PAID")) {
            own.put("approved_amount", requested);
            LocalDate approved = openedOn.plusDays(5 + random.nextInt(25));
            own.put("approved_on", approved);
            if (status.equals("PAID")) {
                own.put("paid_on", approved.plusDays(3 + random.nextInt(10)));
            }
        }
    }

    private void certificate(BulkRows certificate, Map<String, Object> application, String number, Instant issued)
            throws SQLException {
        LocalDate from = issued.atZone(Shanghai.ZONE).toLocalDate();
        LocalDate to = from.plusYears(2);
        LocalDate today = now.atZone(Shanghai.ZONE).toLocalDate();
        String status = random.nextInt(20) == 0 ? "REVOKED" : to.isBefore(today) ? "EXPIRED" : "VALID";
        Map<String, Object> row = new HashMap<>();
        row.put("certificate_no", number);
        row.put("status", status);
        row.put("employer_credit_code", application.get("employer_credit_code"));
        row.put("employer_name", application.get("employer_name"));
        row.put("district", application.get("district"));
        row.put("issued_by_case", application.get("case_no"));
        row.put("valid_from", from);
        row.put("valid_to", to);
        row.put("ended_on", status.equals("VALID") ? null : status.equals("EXPIRED") ? to : from.plusDays(100));
        row.put("created_at", issued);
        row.put("updated_at", issued);
        certificate.add(row);
    }

    /** The employer with the most cases: credit code, name, district. */
    String[] busiestEmployer() {
        String code = casesPerEmployer.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return employerRows.stream().filter(e -> e[0].equals(code)).findFirst().orElseThrow();
    }

    private Procedure pick() {
        double r = random.nextDouble();
        for (int i = 0; i < SHARES.length; i++) {
            r -= SHARES[i];
            if (r < 0) {
                return PROCEDURES[i];
            }
        }
        return PROCEDURES[0];
    }

    private String number(Procedure procedure, int year) {
        int n = sequences.merge(procedure.prefix() + year, 1, Integer::sum);
        return "%s-%d-%06d".formatted(procedure.prefix(), year, FIRST_NUMBER + n);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
