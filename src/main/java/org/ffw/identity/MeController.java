package org.ffw.identity;

import java.util.List;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "identity")
class MeController {

    private final UserService users;

    MeController(UserService users) {
        this.users = users;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user: roles, district of staff, employer of an employer account, and the"
            + " language of the account's notices (zh, en: set with ?lang= on any request while signed in)")
    Me me() {
        FfwUser u = CurrentUser.get();
        String language = users.account(u.getUsername()).map(UserAccount::language).orElse("zh");
        return new Me(u.getUsername(), u.displayName(), u.roleNames(), u.district(), u.employerCreditCode(),
                language);
    }

    @GetMapping("/districts")
    @Operation(summary = "Shanghai's 16 districts with their GB/T 2260 codes")
    List<District> districts() {
        return users.districts();
    }

    record Me(String username, String displayName, List<String> roles, String district, String employerCreditCode,
              String language) {
    }
}
