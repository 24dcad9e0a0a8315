package org.ffw.identity;

import org.ffw.platform.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the home page every signed-in user lands on. */
@Controller
class IdentityPages {

    private final UserService users;

    IdentityPages(UserService users) {
        this.users = users;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        var me = CurrentUser.get();
        model.addAttribute("me", me);
        model.addAttribute("district", me.district() == null ? null : users.district(me.district()).orElse(null));
        return "home";
    }
}
