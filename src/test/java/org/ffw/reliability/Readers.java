package org.ffw.reliability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ffw.platform.cases.Procedure;
import org.ffw.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The widest access the product promises, restated for the authorization matrix from the accounts as they describe
 * themselves ({@code GET /api/v1/me}) and the fixture cases as the case registry holds them: a case is read by its
 * applicant, by staff of its district holding one of its procedure's staff roles, and by the employer concerned
 * once the case is shown to it ({@code employer_visible}); a task by the staff who may read its case; an employer's
 * record by any staff and by the employer itself; an employer's contribution records by staff of its district. Every
 * call this does not allow must be refused, and no answer may carry a fixture the caller may not read.
 */
final class Readers {

    /** A demo account as {@code /api/v1/me} gives it; "anonymous" has no roles. */
    record Account(String name, Set<String> roles, String district, String creditCode) {

        boolean anonymous() {
            return name.equals("anonymous");
        }

        boolean hasAny(Set<String> of) {
            return roles.stream().anyMatch(of::contains);
        }
    }

    /** A fixture case as the registry holds it. */
    record Case(String caseNo, Procedure procedure, String district, String applicant, String employerCode,
                boolean employerVisible) {
    }

    /** A token in an answer that shows a fixture (a case number, a task id), and the case whose readers see it. */
    record Token(String text, Case of, boolean task) {
    }

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Case> cases = new LinkedHashMap<>();
    private final List<Token> tokens = new ArrayList<>();
    private final Fixtures fx;

    Readers(Api api, JdbcTemplate jdbc, Fixtures fx) {
        this.fx = fx;
        for (String name : AccessRules.ACCOUNTS) {
            if (name.equals("anonymous")) {
                accounts.put(name, new Account(name, Set.of(), null, null));
                continue;
            }
            JsonNode me = api.as(name).get("/api/v1/me").json();
            Set<String> roles = new HashSet<>();
            me.path("roles").forEach(r -> roles.add(r.asText()));
            accounts.put(name, new Account(name, Set.copyOf(roles), text(me, "district"),
                    text(me, "employerCreditCode")));
        }
        for (String no : List.of(fx.complaint.own(), fx.complaint.other(), fx.subsidy.own(), fx.subsidy.other(),
                fx.certification.own(), fx.certification.other(), fx.supervision)) {
            Case c = jdbc.queryForObject("SELECT case_no, procedure_code, district, applicant_username,"
                    + " employer_credit_code, employer_visible FROM case_registry WHERE case_no = ?",
                    (rs, i) -> new Case(rs.getString(1), Procedure.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getBoolean(6)), no);
            cases.put(no, c);
            tokens.add(new Token(no, c, false));
        }
        tokens.add(new Token(fx.triageTask.own(), cases.get(fx.complaint.own()), true));
        tokens.add(new Token(fx.triageTask.other(), cases.get(fx.complaint.other()), true));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    Account account(String name) {
        return accounts.get(name);
    }

    Case of(String caseNo) {
        return cases.get(caseNo);
    }

    List<Token> tokens() {
        return tokens;
    }

    /** Whether the account reads the case. */
    boolean reads(Account a, Case c) {
        if (a.anonymous()) {
            return false;
        }
        if (a.name().equals(c.applicant())) {
            return true;
        }
        if (staffOf(a, c)) {
            return true;
        }
        return c.employerVisible() && a.roles().contains("EMPLOYER") && a.creditCode() != null
                && a.creditCode().equals(c.employerCode());
    }

    /** Whether the token may be shown to the account (a task: only to the staff of its case). */
    boolean sees(Account a, Token t) {
        return t.task() ? staffOf(a, t.of()) : reads(a, t.of());
    }

    private static boolean staffOf(Account a, Case c) {
        return a.district() != null && a.district().equals(c.district())
                && c.procedure().staffRoles().stream().anyMatch(r -> a.roles().contains(r.name()));
    }

    /** Whether the rule lets the account call the operation on the own or the other side's resource. */
    boolean allowed(AccessRules.Rule rule, Account a, boolean own) {
        if (rule.anyone()) {
            return true;
        }
        if (a.anonymous()) {
            return false;
        }
        if (!rule.signedIn() && !a.hasAny(rule.who())) {
            return false;
        }
        return switch (rule.resource()) {
            case "complaint" -> reads(a, cases.get(own ? fx.complaint.own() : fx.complaint.other()));
            case "subsidy" -> reads(a, cases.get(own ? fx.subsidy.own() : fx.subsidy.other()));
            case "certification" -> reads(a, cases.get(own ? fx.certification.own() : fx.certification.other()));
            case "supervision" -> reads(a, cases.get(fx.supervision));
            case "task" -> staffOf(a, cases.get(own ? fx.complaint.own() : fx.complaint.other()));
            case "employer" -> a.hasAny(Set.of(AccessRules.STAFF5.split(" ")))
                    || (own ? Fixtures.EMPLOYER_CODE : Fixtures.EMPLOYER2_CODE).equals(a.creditCode());
            case "employer-district" -> a.roles().contains("ADMIN")
                    || (own ? Fixtures.PUDONG : Fixtures.XUHUI).equals(a.district());
            default -> true;
        };
    }
}
