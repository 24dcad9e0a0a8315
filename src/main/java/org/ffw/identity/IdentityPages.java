package org.ffw.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page. (The home page every signed-in user lands on is the dashboard, org.ffw.report.) */
@Controller
class IdentityPages {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
