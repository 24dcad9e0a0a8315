package org.ffw.portal;

import java.util.Comparator;
import java.util.List;

import org.ffw.identity.District;
import org.ffw.identity.UserService;
import org.ffw.platform.cases.TimeLimits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public home (no login): what the service does and for whom, what one can do here, the time limits one can count
 * on (as the procedures count them, {@link TimeLimits}) and whom to call. {@code /} shows it to anonymous visitors
 * ({@code report.DashboardPages} forwards here); {@code /public} shows it to everyone.
 */
@Controller
class PortalPages {

    /** A district bureau's line on the page: its district, and its own phone and address when configured. */
    record BureauRow(String code, String nameZh, String nameEn, String phone, String address) {
    }

    private final List<TimeLimits> limits;
    private final UserService users;
    private final PortalProperties properties;

    PortalPages(List<TimeLimits> limits, UserService users, PortalProperties properties) {
        this.limits = limits;
        this.users = users;
        this.properties = properties;
    }

    @GetMapping("/public")
    String home(Model model) {
        model.addAttribute("limits", limits.stream().flatMap(l -> l.limits().stream())
                .sorted(Comparator.comparing((TimeLimits.Limit l) -> l.procedure().ordinal())).toList());
        model.addAttribute("hotline", properties.hotline());
        model.addAttribute("bureaus", users.districts().stream().sorted(Comparator.comparingInt(District::sortOrder))
                .map(d -> {
                    PortalProperties.Bureau b = properties.bureaus().get(d.code());
                    return new BureauRow(d.code(), d.nameZh(), d.nameEn(), b == null ? null : blank(b.phone()),
                            b == null ? null : blank(b.address()));
                }).toList());
        return "portal/home";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
