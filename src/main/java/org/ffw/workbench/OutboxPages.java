package org.ffw.workbench;

import org.ffw.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;

import org.ffw.platform.outbox.OutboxAdmin;
import org.ffw.platform.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/outbox}: the notices that failed for good or still wait, with their attempts and last error, and a
 * retry for one or for every failed one (ADMIN).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OutboxPages {

    static final int PAGE_SIZE = 50;

    private final OutboxAdmin outbox;
    private final MessageSource messages;

    OutboxPages(OutboxAdmin outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(defaultValue = "FAILED") String status, @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                Model model) {
        String shown = OutboxAdmin.LISTED.contains(status) ? status : "FAILED";
        int p = Math.min(Math.max(0, page), OutboxController.MAX_PAGE);
        var result = outbox.list(shown, p * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("status", shown);
        model.addAttribute("result", result);
        model.addAttribute("page", p);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "workbench/outbox";
    }

    @PostMapping("/admin/outbox/{id}/retry")
    String retry(@PathVariable long id, @RequestParam(defaultValue = "FAILED") String status,
                 RedirectAttributes flash) {
        outbox.retry(id, CurrentUser.get().getUsername(), Instant.now());
        flash.addFlashAttribute("notice", say("outbox.retried"));
        return "redirect:/admin/outbox?status=" + (OutboxAdmin.LISTED.contains(status) ? status : "FAILED");
    }

    @PostMapping("/admin/outbox/retry-failed")
    String retryFailed(RedirectAttributes flash) {
        int n = outbox.retryAllFailed(CurrentUser.get().getUsername(), Instant.now());
        flash.addFlashAttribute("notice", say("outbox.retriedAll", n));
        return "redirect:/admin/outbox?status=PENDING";
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
