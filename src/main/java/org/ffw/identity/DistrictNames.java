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
        return code == null ? "" : users.district(code).map(District::nameZh).orElse(code);
    }
}
