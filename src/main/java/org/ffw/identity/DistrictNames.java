package org.ffw.identity;

import org.springframework.stereotype.Component;

/** District names for the pages: {@code ${@districts.name('310115')}} → 浦东新区 (the code itself if unknown). */
@Component("districts")
public class DistrictNames {

    private final UserService users;

    DistrictNames(UserService users) {
        this.users = users;
    }

    public String name(String code) {
        return code == null ? "" : users.district(code).map(this::label).orElse(code);
    }

    /** A district's name in the page's language (its English name on an English page). */
    public String label(District d) {
        boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        return english && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh();
    }
}
