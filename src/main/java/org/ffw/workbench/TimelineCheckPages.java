package org.ffw.workbench;

import org.ffw.platform.timeline.TimelineCheck;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/timeline-check}: the administrator runs the check of the timeline's hash chain (every case, or one)
 * and reads the outcome in words: how much was checked, and the first broken link — the case, the entry, when, and
 * what is wrong (ADMIN).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TimelineCheckPages {

    private final TimelineCheck check;
    private final MessageSource messages;

    TimelineCheckPages(TimelineCheck check, MessageSource messages) {
        this.check = check;
        this.messages = messages;
    }

    @GetMapping("/admin/timeline-check")
    String page(@RequestParam(required = false) String run, @RequestParam(required = false) String caseNo,
                Model model) {
        model.addAttribute("caseNo", caseNo == null ? "" : caseNo);
        if (run != null) {
            try {
                TimelineCheck.Result r = TimelineCheckController.run(check, caseNo);
                model.addAttribute("result", r);
                if (r.firstBreak() != null) {
                    model.addAttribute("what", TimelineCheckController.describe(messages, r.firstBreak()));
                }
            } catch (InvalidInputException e) {
                model.addAttribute("caseNoError", FieldErrors.of(e).all().get(0).text());
            }
        }
        return "workbench/timeline-check";
    }
}
