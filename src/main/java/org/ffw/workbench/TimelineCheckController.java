package org.ffw.workbench;

import java.time.Instant;

import org.ffw.platform.timeline.TimelineCheck;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code /api/v1/admin/timeline-check}: the check of the timeline's hash chain, of every case or of one (ADMIN). It
 * reads the whole timeline (docs/reliability.md says what that costs).
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class TimelineCheckController {

    private final TimelineCheck check;
    private final MessageSource messages;

    TimelineCheckController(TimelineCheck check, MessageSource messages) {
        this.check = check;
        this.messages = messages;
    }

    /** The first broken link, with what is wrong as a code and in the caller's language. */
    record Link(String caseNo, Long entryId, Instant occurredAt, TimelineCheck.Kind kind, String description) {
    }

    record Answer(boolean intact, long entries, long cases, Link firstBreak) {
    }

    @GetMapping("/api/v1/admin/timeline-check")
    @Operation(summary = "Check the timeline's hash chain (every case, or caseNo); the first broken link if any")
    Answer check(@RequestParam(required = false) String caseNo) {
        TimelineCheck.Result r = run(check, caseNo);
        TimelineCheck.Break b = r.firstBreak();
        return new Answer(r.intact(), r.entries(), r.cases(), b == null ? null
                : new Link(b.caseNo(), b.entryId(), b.occurredAt(), b.kind(), describe(messages, b)));
    }

    static TimelineCheck.Result run(TimelineCheck check, String caseNo) {
        if (caseNo == null || caseNo.isBlank()) {
            return check.checkAll();
        }
        String c = caseNo.strip();
        if (c.length() > 32 || !c.matches("[A-Za-z0-9-]+")) {
            throw new InvalidInputException("caseNo", "is not a case number");
        }
        return check.checkCase(c);
    }

    static String describe(MessageSource messages, TimelineCheck.Break b) {
        return messages.getMessage("timeline.check.kind." + b.kind(),
                new Object[] {b.expectedEntries(), b.foundEntries()}, LocaleContextHolder.getLocale());
    }
}
