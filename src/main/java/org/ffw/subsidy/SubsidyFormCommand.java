package org.ffw.subsidy;

import static org.ffw.platform.web.FormText.date;
import static org.ffw.platform.web.FormText.money;
import static org.ffw.platform.web.FormText.number;
import static org.ffw.platform.web.FormText.trim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ffw.platform.web.FieldProblem;
import org.ffw.subsidy.ApplySubsidy.BankAccount;
import org.ffw.subsidy.ApplySubsidy.Dispatch;
import org.ffw.subsidy.ApplySubsidy.Employee;
import org.ffw.subsidy.ApplySubsidy.MonthlyContribution;
import org.ffw.subsidy.SubsidyForm.Month;

/**
 * The new-application page's text as the command the API takes ({@link ApplySubsidy}): what does not parse is a
 * problem of its field, named as the page names it; and the months of the term laid out as rows to fill in.
 */
final class SubsidyFormCommand {

    /** The page's fields by the key of their label (i18n/work), for the summary of problems. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("employeeName", "work.field.subsidy.employeeName"),
            Map.entry("residentId", "work.field.subsidy.residentId"),
            Map.entry("childBirthDate", "work.field.subsidy.childBirthDate"),
            Map.entry("childOrder", "work.field.subsidy.childOrder"),
            Map.entry("employeeConfirmedChildOrder", "work.field.subsidy.employeeConfirmedChildOrder"),
            Map.entry("birthCertificateNo", "work.field.subsidy.birthCertificateNo"),
            Map.entry("babies", "work.field.subsidy.babies"),
            Map.entry("difficultBirth", "work.field.subsidy.difficultBirth"),
            Map.entry("leaveStart", "work.field.subsidy.leaveStart"),
            Map.entry("leaveEnd", "work.field.subsidy.leaveEnd"),
            Map.entry("contributions", "work.field.subsidy.contributions"),
            Map.entry("userUnitCreditCode", "work.field.subsidy.userUnitCreditCode"),
            Map.entry("userUnitName", "work.field.subsidy.userUnitName"),
            Map.entry("noOtherSubsidy", "work.field.subsidy.noOtherSubsidy"),
            Map.entry("bankName", "work.field.subsidy.bankName"),
            Map.entry("accountName", "work.field.subsidy.accountName"),
            Map.entry("accountNo", "work.field.subsidy.accountNo"));

    private SubsidyFormCommand() {
    }

    static ApplySubsidy command(SubsidyForm f, List<FieldProblem> problems) {
        List<MonthlyContribution> months = new ArrayList<>();
        for (int i = 0; i < f.getContributions().size(); i++) {
            Month m = f.getContributions().get(i);
            if (m == null || (m.blank() && SubsidyForm.isBlank(m.getMonth()))) {
                continue;
            }
            String p = "contributions[" + i + "].";
            months.add(new MonthlyContribution(trim(m.getMonth()), money(m.getPension(), p + "pension", problems),
                    money(m.getMedical(), p + "medical", problems),
                    money(m.getUnemployment(), p + "unemployment", problems),
                    money(m.getWorkInjury(), p + "workInjury", problems)));
        }
        return new ApplySubsidy(new Employee(trim(f.getEmployeeName()), trim(f.getResidentId())),
                date(f.getChildBirthDate(), "childBirthDate", problems),
                number(f.getChildOrder(), "childOrder", problems), f.isEmployeeConfirmedChildOrder(),
                trim(f.getBirthCertificateNo()), number(f.getBabies(), "babies", problems), f.isDifficultBirth(),
                date(f.getLeaveStart(), "leaveStart", problems), date(f.getLeaveEnd(), "leaveEnd", problems), months,
                f.isDispatch() ? new Dispatch(trim(f.getUserUnitCreditCode()), trim(f.getUserUnitName())) : null,
                f.isNoOtherSubsidy(), new BankAccount(trim(f.getBankName()), trim(f.getAccountName()),
                trim(f.getAccountNo())));
    }

    /** The API's name of a field (employee.residentId, bankAccount.accountNo …) as the page's. */
    static String pageField(String api) {
        if (api.startsWith("employee.")) {
            return api.equals("employee.name") ? "employeeName" : "residentId";
        }
        if (api.startsWith("bankAccount.")) {
            return api.substring("bankAccount.".length());
        }
        if (api.startsWith("dispatch.")) {
            return api.substring("dispatch.".length());
        }
        return api;
    }

    /**
     * The rows of the contributions table: the months of the term of the birth (when its date parses), keeping what
     * was typed for them, and any other month typed; at least six empty rows before a birth date is known.
     */
    static void layOut(SubsidyForm f, int termMonths) {
        LocalDate birth = parse(f.getChildBirthDate());
        List<Month> typed = f.getContributions() == null ? List.of() : f.getContributions();
        List<Month> rows = new ArrayList<>();
        if (birth != null) {
            for (YearMonth m : SubsidyCalculation.window(birth, termMonths)) {
                Month row = typed.stream().filter(t -> t != null && m.toString().equals(trim(t.getMonth())))
                        .findFirst().orElse(new Month(m.toString(), null, null, null, null));
                rows.add(row);
            }
        }
        for (Month t : typed) {
            if (t != null && !rows.contains(t) && !(t.blank() && (birth != null || SubsidyForm.isBlank(t.getMonth())))) {
                rows.add(t);
            }
        }
        while (rows.size() < termMonths) {
            rows.add(new Month());
        }
        f.setContributions(rows);
    }

    private static LocalDate parse(String s) {
        try {
            return SubsidyForm.isBlank(s) ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
