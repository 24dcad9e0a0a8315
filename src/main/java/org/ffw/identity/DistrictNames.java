package org.ffw.identity;

import org.ffw.platform.web.RequestMemo;
import org.springframework.stereotype.Component;

/** District names for the pages: {@code ${@districts.name('310115')}} → 浦东新区 (the code itself if unknown). */
@Component("districts")
public class DistrictNames {

    private final UserService users;

    DistrictNames(UserService users) {
        this.users = users;
    }

    public String name(String code) {
        if (code == null) {
            return "";
        }
        // once per request: a queue page names the district of every row (it was a query per row)
        java.util.Optional<District> d = RequestMemo.get("district", code, k -> users.district(code));
        return d.map(this::label).orElse(code);
    }

    /** A district's name in the page's language (its English name on an English page). */
    public String label(District d) {
        boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        return english && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh();
    }
}
