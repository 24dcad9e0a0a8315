package org.ffw.report;

import java.util.Map;

import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The public statistics page (/public/statistics, no login): the year's figures in two tables, a year to choose. */
@Controller
class PublicStatisticsPages {

    private final PublicStatistics statistics;

    PublicStatisticsPages(PublicStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/public/statistics")
    String page(@RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        model.addAttribute("years", statistics.years());
        model.addAttribute("fieldLabels", Map.of("year", "publicStatistics.year"));
        try {
            int y = statistics.year(year);
            model.addAttribute("chosen", y);
            model.addAttribute("errors", FieldErrors.none());
            model.addAttribute("s", statistics.of(y));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("chosen", null);
            model.addAttribute("errors", FieldErrors.of(e));
            model.addAttribute("s", null);
        }
        return "report/public-statistics";
    }
}
