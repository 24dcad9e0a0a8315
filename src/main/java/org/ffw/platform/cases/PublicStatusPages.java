package org.ffw.platform.cases;

import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public status lookup's page, for every procedure's case numbers ({@link PublicStatuses}): it shows the
 * procedure's fragment {@code templates/cases/<process key>.html :: publicStatus(status)}.
 */
@Controller
class PublicStatusPages {

    private final PublicStatuses statuses;

    PublicStatusPages(PublicStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping("/public/case-status")
    String form() {
        return "public-status";
    }

    @PostMapping("/public/case-status")
    String lookup(@RequestParam(defaultValue = "") String caseNo, @RequestParam(defaultValue = "") String queryCode,
                  Model model, HttpServletResponse response) {
        model.addAttribute("caseNo", caseNo.strip());
        // message keys of the portal's bundle (i18n/portal), shown beside the field
        if (caseNo.isBlank() || queryCode.isBlank()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", "portal.status.error.missing");
            model.addAttribute("caseNoMissing", caseNo.isBlank());
            model.addAttribute("queryCodeMissing", queryCode.isBlank());
            return "public-status";
        }
        try {
            PublicStatuses.Found found = statuses.lookup(caseNo, queryCode);
            model.addAttribute("status", found.status());
            model.addAttribute("statusTemplate", "cases/" + found.procedure().processKey());
            model.addAttribute("procedure", found.procedure().name());
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("error", "portal.status.error.notFound");
        }
        return "public-status";
    }
}
