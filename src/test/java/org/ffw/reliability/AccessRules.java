package org.ffw.reliability;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may call which operation of the API, in one table: the roles of the controllers' {@code @PreAuthorize} (and
 * of the security configuration for the public paths), and the resource a path names, whose readers the kit's
 * access rule decides ({@code platform.cases.CaseAccess}): the applicant, the staff of the case's district holding
 * one of the procedure's staff roles, the employer concerned once the case is shown to it. The rules are the widest
 * the product allows: a call outside them answered 2xx is a leak. Every operation of the OpenAPI description must
 * have a row — a new endpoint fails {@link ApiFuzzTest} until it is given one (the fuzzer calls each operation as
 * an account this table lets through).
 *
 * <p>Columns: the operation; who ({@code anyone}, {@code signed-in}, or roles any of which suffices); the resource
 * its path names ({@code complaint}, {@code subsidy}, {@code certification}, {@code supervision}: a case;
 * {@code task}: a task of a case's district; {@code employer}: an employer's own record, staff any;
 * {@code employer-district}: the employer's district, ADMIN any; {@code -}: none or an unknown one).
 */
final class AccessRules {

    static final String STAFF5 = "INSPECTOR SUPERVISOR UNION_REVIEWER SUBSIDY_OFFICER ADMIN";
    static final String STAFF6 = "INSPECTOR SUPERVISOR UNION_REVIEWER UNION_SUPERVISOR SUBSIDY_OFFICER ADMIN";
    static final String HRB = "SUPERVISOR INSPECTOR ADMIN";
    static final String LEADS = "SUPERVISOR ADMIN";

    private static final String[] TABLE = {
        "GET /api/v1/calendar                                   | anyone",
        "GET /api/v1/calendar/{year}                            | anyone",
        "GET /api/v1/calendar/working-days                      | anyone",
        "GET /api/v1/calendar/working-days/count                | anyone",
        "GET /api/v1/calendar/days/{date}                       | anyone",
        "PUT /api/v1/calendar/{year}                            | ADMIN",
        "GET /api/v1/leave-entitlements                         | anyone",
        "GET /api/v1/districts                                  | anyone",
        "GET /api/v1/public/statistics                          | anyone",
        "GET /api/v1/public/statistics.csv                      | anyone",
        "GET /api/v1/public/certified-employers                 | anyone",
        "GET /api/v1/public/certification-notices               | anyone",
        "GET /api/v1/public/certificates/{number}               | anyone",
        "GET /api/v1/public/certificates/{number}/qr.svg        | anyone",
        "GET /api/v1/public/case-status                         | anyone",
        "GET /api/v1/public/campaigns                           | anyone",
        "GET /api/v1/public/campaigns/{id}                      | anyone",
        "POST /api/v1/public/certification-notices/{caseNo}/objections | anyone",
        "POST /api/v1/public/accounts/phone-codes               | anyone",
        "POST /api/v1/public/accounts/password-reset            | anyone",
        "POST /api/v1/public/accounts/employers                 | anyone",
        "POST /api/v1/public/accounts/employees                 | anyone",
        "POST /api/v1/reports                                   | anyone",
        "GET /api/v1/me                                         | signed-in",
        "GET /api/v1/session                                    | signed-in",
        "POST /api/v1/me/logout-everywhere                      | signed-in",
        "POST /api/v1/tokens                                    | signed-in",
        "GET /api/v1/tokens                                     | signed-in",
        "DELETE /api/v1/tokens/{id}                             | signed-in",
        "GET /api/v1/complaints                                 | signed-in",
        "POST /api/v1/complaints                                | EMPLOYEE INSPECTOR",
        "GET /api/v1/complaints/{caseNo}                        | signed-in | complaint",
        "GET /api/v1/complaints/{caseNo}/documents              | signed-in | complaint",
        "POST /api/v1/complaints/{caseNo}/documents             | signed-in | complaint",
        "GET /api/v1/complaints/{caseNo}/documents/{id}         | signed-in | complaint",
        "GET /api/v1/complaints/{caseNo}/instruments            | signed-in | complaint",
        "GET /api/v1/complaints/{caseNo}/instruments/{id}       | signed-in | complaint",
        "POST /api/v1/complaints/{caseNo}/instruments/{id}/served-by-post | INSPECTOR SUPERVISOR UNION_REVIEWER UNION_SUPERVISOR | complaint",
        "POST /api/v1/complaints/{caseNo}/instruments/{id}/corrections | INSPECTOR SUPERVISOR | complaint",
        "POST /api/v1/complaints/{caseNo}/withdraw              | EMPLOYEE | complaint",
        "POST /api/v1/complaints/{caseNo}/rating                | EMPLOYEE | complaint",
        "POST /api/v1/complaints/{caseNo}/intake-record         | INSPECTOR SUPERVISOR | complaint",
        "POST /api/v1/complaints/{caseNo}/extension-request     | INSPECTOR SUPERVISOR | complaint",
        "GET /api/v1/employer/complaints                        | EMPLOYER",
        "GET /api/v1/employer/complaints/{caseNo}               | EMPLOYER | complaint",
        "GET /api/v1/subsidy-applications                       | signed-in",
        "POST /api/v1/subsidy-applications                      | EMPLOYER",
        "POST /api/v1/subsidy-applications/calculate            | EMPLOYER",
        "GET /api/v1/subsidy-applications/prefill               | EMPLOYER",
        "GET /api/v1/subsidy-applications/{caseNo}              | signed-in | subsidy",
        "GET /api/v1/subsidy-applications/{caseNo}/documents    | signed-in | subsidy",
        "POST /api/v1/subsidy-applications/{caseNo}/documents   | signed-in | subsidy",
        "GET /api/v1/subsidy-applications/{caseNo}/documents/{id} | signed-in | subsidy",
        "POST /api/v1/subsidy-applications/{caseNo}/payment     | ADMIN",
        "GET /api/v1/subsidy-payments                           | ADMIN",
        "GET /api/v1/subsidy-payments.csv                       | ADMIN",
        "GET /api/v1/contribution-records                       | ADMIN SUBSIDY_OFFICER SUPERVISOR | employer-district",
        "POST /api/v1/contribution-records                      | ADMIN",
        "GET /api/v1/contribution-imports                       | ADMIN",
        "GET /api/v1/contribution-imports/{id}                  | ADMIN",
        "GET /api/v1/certifications                             | signed-in",
        "POST /api/v1/certifications                            | EMPLOYER",
        "GET /api/v1/certifications/{caseNo}                    | signed-in | certification",
        "PUT /api/v1/certifications/{caseNo}/posts              | EMPLOYER | certification",
        "GET /api/v1/certificates                               | signed-in",
        "GET /api/v1/certificates/{number}                      | signed-in",
        "POST /api/v1/certificates/{number}/surrender           | EMPLOYER",
        "GET /api/v1/union-supervision                          | signed-in",
        "POST /api/v1/union-supervision                         | UNION_REVIEWER",
        "GET /api/v1/union-supervision/{caseNo}                 | signed-in | supervision",
        "GET /api/v1/union-supervision/{caseNo}/documents       | signed-in | supervision",
        "POST /api/v1/union-supervision/{caseNo}/documents      | signed-in | supervision",
        "GET /api/v1/union-supervision/{caseNo}/documents/{id}  | signed-in | supervision",
        "GET /api/v1/union-supervision/{caseNo}/instruments/{id} | signed-in | supervision",
        "GET /api/v1/tasks                                      | signed-in",
        "POST /api/v1/tasks/claim                               | signed-in",
        "GET /api/v1/tasks/{id}                                 | signed-in | task",
        "POST /api/v1/tasks/{id}/claim                          | signed-in | task",
        "POST /api/v1/tasks/{id}/unclaim                        | signed-in | task",
        "POST /api/v1/tasks/{id}/complete                       | signed-in | task",
        "POST /api/v1/tasks/{id}/assign                         | SUPERVISOR UNION_SUPERVISOR | task",
        "GET /api/v1/tasks/{id}/comments                        | signed-in | task",
        "POST /api/v1/tasks/{id}/comments                       | signed-in | task",
        "GET /api/v1/supervisor/workload                        | " + LEADS,
        "GET /api/v1/supervisor/extension-approvals             | " + LEADS,
        "GET /api/v1/supervisor/escalations                     | " + LEADS,
        "POST /api/v1/supervisor/reassignments                  | SUPERVISOR",
        "GET /api/v1/cases                                      | " + STAFF6,
        "GET /api/v1/reports                                    | " + LEADS,
        "GET /api/v1/reports/{figure}                           | " + LEADS,
        "GET /api/v1/employers                                  | " + STAFF5,
        "POST /api/v1/employers                                 | SUPERVISOR ADMIN",
        "GET /api/v1/employers/{creditCode}                     | " + STAFF5 + " EMPLOYER | employer",
        "GET /api/v1/employers/{creditCode}/violations          | " + STAFF5,
        "POST /api/v1/employer-invitations                      | EMPLOYER",
        "GET /api/v1/employer-account-requests                  | INSPECTOR SUPERVISOR",
        "POST /api/v1/employer-account-requests/{username}/confirm | INSPECTOR SUPERVISOR",
        "POST /api/v1/employer-account-requests/{username}/reject | INSPECTOR SUPERVISOR",
        "GET /api/v1/inspections/{caseNo}                       | signed-in",
        "POST /api/v1/inspections/{caseNo}/leave-records        | EMPLOYER INSPECTOR SUPERVISOR",
        "DELETE /api/v1/inspections/{caseNo}/leave-records/{id} | EMPLOYER INSPECTOR SUPERVISOR",
        "GET /api/v1/campaigns                                  | " + HRB,
        "POST /api/v1/campaigns                                 | " + LEADS,
        "POST /api/v1/campaigns/preview                         | " + LEADS,
        "GET /api/v1/campaigns/{id}                             | " + HRB,
        "GET /api/v1/campaigns/{id}/draw/verification           | " + HRB,
        "POST /api/v1/campaigns/{id}/draw                       | " + LEADS,
        "POST /api/v1/campaigns/{id}/cases/{caseNo}/recusal     | " + HRB,
        "GET /api/v1/admin/settings                             | ADMIN",
        "GET /api/v1/admin/settings/history                     | ADMIN",
        "GET /api/v1/admin/settings/{key}/history               | ADMIN",
        "PUT /api/v1/admin/settings/{key}                       | ADMIN",
        "GET /api/v1/admin/timeline-check                       | ADMIN",
        "GET /api/v1/admin/outbox                               | ADMIN",
        "POST /api/v1/admin/outbox/{id}/retry                   | ADMIN",
        "POST /api/v1/admin/outbox/retry-failed                 | ADMIN",
        "GET /api/v1/admin/accounts                             | ADMIN",
        "POST /api/v1/admin/accounts                            | ADMIN",
        "PUT /api/v1/admin/accounts/{username}                  | ADMIN",
        "GET /api/v1/admin/accounts/{username}/changes          | ADMIN",
        "POST /api/v1/admin/accounts/{username}/password-reset  | ADMIN",
        "POST /api/v1/admin/accounts/{username}/enable          | ADMIN",
        "POST /api/v1/admin/accounts/{username}/disable         | ADMIN",
    };

    /** One row: who may call, and the resource its path names ("-" for none). */
    record Rule(String key, Set<String> who, String resource) {

        boolean anyone() {
            return who.contains("anyone");
        }

        boolean signedIn() {
            return who.contains("signed-in");
        }
    }

    static final Map<String, Rule> RULES = parse();

    private static Map<String, Rule> parse() {
        Map<String, Rule> out = new LinkedHashMap<>();
        for (String row : TABLE) {
            String[] cols = row.split("\\|");
            String key = cols[0].trim().replaceAll("\\s+", " ");
            Set<String> who = Set.copyOf(Arrays.asList(cols[1].trim().split("\\s+")));
            String resource = cols.length > 2 ? cols[2].trim() : "-";
            if (out.put(key, new Rule(key, who, resource)) != null) {
                throw new IllegalStateException("two rows for " + key);
            }
        }
        return out;
    }

    /** The demo account a caller of this role is: the one on the "own" side of the fixtures. */
    static final Map<String, String> DEMO_OF_ROLE = Map.of("EMPLOYEE", "employee", "EMPLOYER", "employer",
            "INSPECTOR", "inspector", "SUPERVISOR", "supervisor", "UNION_REVIEWER", "union",
            "UNION_SUPERVISOR", "union-lead", "SUBSIDY_OFFICER", "officer", "ADMIN", "admin");

    /** The demo accounts of the matrix, "anonymous" for no credentials. */
    static final List<String> ACCOUNTS = List.of("anonymous", "employee", "employee2", "employer", "employer2",
            "inspector", "inspector-xuhui", "supervisor", "union", "union-lead", "officer", "admin");

    /** Staff roles of each procedure (Procedure.staffRoles, restated). */
    static final Map<String, Set<String>> STAFF_OF = Map.of(
            "complaint", Set.of("INSPECTOR", "SUPERVISOR", "UNION_REVIEWER", "UNION_SUPERVISOR"),
            "subsidy", Set.of("SUBSIDY_OFFICER", "SUPERVISOR"),
            "certification", Set.of("INSPECTOR", "SUPERVISOR", "UNION_REVIEWER", "UNION_SUPERVISOR"),
            "supervision", Set.of("UNION_REVIEWER", "UNION_SUPERVISOR", "INSPECTOR", "SUPERVISOR"));

    /** The account that calls an operation in the fuzzer: one the rule lets through, the owner of its resource. */
    static String caller(Rule rule) {
        switch (rule.resource()) {
            case "complaint": return rule.who().contains("signed-in") || rule.who().contains("EMPLOYEE")
                    ? "employee" : "inspector";
            case "subsidy", "certification": return "employer";
            case "supervision": return "union";
            case "task": return rule.who().contains("SUPERVISOR") ? "supervisor" : "inspector";
            default: break;
        }
        if (rule.anyone() || rule.signedIn()) {
            return "employee";
        }
        return rule.who().stream().sorted().map(DEMO_OF_ROLE::get).filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo account for " + rule));
    }

    private AccessRules() {
    }
}
