package org.ffw.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ffw.complaint.LeaveType;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.FormText;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * The pages of an inspection case: the bureau's ({@code /inspections/{caseNo}}) and the employer's
 * ({@code /employer/inspections/{caseNo}}), and the leave report's rows added one at a time — from the case page or
 * from the report task's page, to which the browser comes back.
 */
@Controller
class InspectionPages {

    private static final Pattern BACK = Pattern.compile("/tasks/[0-9a-f-]{36}|/(employer/)?inspections/LI-[0-9A-Z-]+");

    /** The add-a-row form as typed. */
    record RowForm(String employeeName, String leaveType, String childBirthDate, String babies,
                   String difficultBirth, String daysGranted, String leaveFrom, String leaveTo, String note) {
    }

    private final InspectionReads reads;
    private final LeaveRecords records;
    private final Validator validator;
    private final MessageSource messages;

    InspectionPages(InspectionReads reads, LeaveRecords records, Validator validator, MessageSource messages) {
        this.reads = reads;
        this.records = records;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/inspections/{caseNo}")
    String staff(@PathVariable String caseNo, Model model) {
        var v = reads.readAsStaff(CurrentUser.get(), caseNo);
        model.addAttribute("v", v);
        model.addAttribute("pair", v.pair());
        model.addAttribute("mayAdd", v.mayAdd(CurrentUser.get().getUsername()));
        return "inspection/staff";
    }

    @GetMapping("/employer/inspections/{caseNo}")
    String employer(@PathVariable String caseNo, Model model) {
        model.addAttribute("v", reads.readAsEmployer(CurrentUser.get(), caseNo));
        return "inspection/employer";
    }

    @PostMapping({"/inspections/{caseNo}/leave-records", "/employer/inspections/{caseNo}/leave-records"})
    String add(@PathVariable String caseNo, @ModelAttribute RowForm form,
               @RequestParam(name = "back", required = false) String back, RedirectAttributes flash) {
        List<FieldProblem> problems = new ArrayList<>();
        NewLeaveRecord row = command(form, problems);
        for (ConstraintViolation<NewLeaveRecord> v : validator.validate(row)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            records.add(CurrentUser.get(), caseNo, row);
            flash.addFlashAttribute("notice", word("inspection.records.added"));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", words(FieldErrors.of(e)));
        }
        return "redirect:" + back(caseNo, back) + "#leave-records";
    }

    @PostMapping({"/inspections/{caseNo}/leave-records/{id}/delete",
            "/employer/inspections/{caseNo}/leave-records/{id}/delete"})
    String remove(@PathVariable String caseNo, @PathVariable long id,
                  @RequestParam(name = "back", required = false) String back, RedirectAttributes flash) {
        records.remove(CurrentUser.get(), caseNo, id);
        flash.addFlashAttribute("notice", word("inspection.records.removed"));
        return "redirect:" + back(caseNo, back) + "#leave-records";
    }

    /** Where the form came from (its task page or the case page); the reader's case page otherwise. */
    private static String back(String caseNo, String back) {
        if (back != null && BACK.matcher(back).matches()) {
            return back;
        }
        return CurrentUser.get().employerCreditCode() != null ? "/employer/inspections/" + caseNo
                : "/inspections/" + caseNo;
    }

    /** The problems in the reader's language, each after its field's label. */
    private String words(FieldErrors errors) {
        List<String> parts = new ArrayList<>();
        for (FieldErrors.Message m : errors.all()) {
            String label = messages.getMessage("inspection.records.field." + m.field(), null, m.field(),
                    LocaleContextHolder.getLocale());
            parts.add(label + word("punct.colon") + m.text());
        }
        return String.join("；", parts);
    }

    private String word(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static NewLeaveRecord command(RowForm f, List<FieldProblem> problems) {
        LeaveType type = null;
        if (!FormText.blank(f.leaveType())) {
            try {
                type = LeaveType.valueOf(f.leaveType().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("leaveType", "is not a leave an inspection counts"));
            }
        }
        return new NewLeaveRecord(FormText.trim(f.employeeName()), type,
                FormText.date(f.childBirthDate(), "childBirthDate", problems),
                FormText.number(f.babies(), "babies", problems), "true".equals(f.difficultBirth()),
                FormText.number(f.daysGranted(), "daysGranted", problems),
                FormText.date(f.leaveFrom(), "leaveFrom", problems), FormText.date(f.leaveTo(), "leaveTo", problems),
                FormText.trim(f.note()));
    }
}
