package org.ffw.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.authentication.password.CompromisedPasswordDecision;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode nobody signs in with the demo password, whatever the account. Spring Security asks the single
 * {@link CompromisedPasswordChecker} bean about the presented password after it has verified it, for form login and
 * HTTP Basic alike (the global authentication manager's {@code DaoAuthenticationProvider}), and refuses the sign-in
 * when it is compromised: a 401 for the API, {@code /login?error} for the pages. It costs nothing (the presented
 * password is compared, no extra BCrypt check) and so covers every account, however many.
 */
@Component
class DemoPasswordSignIn implements CompromisedPasswordChecker {

    private static final Logger log = LoggerFactory.getLogger(DemoPasswordSignIn.class);

    private final boolean demoMode;

    DemoPasswordSignIn(@Value("${ffw.demo.enabled:false}") boolean demoMode) {
        this.demoMode = demoMode;
    }

    @Override
    public CompromisedPasswordDecision check(String password) {
        boolean refused = !demoMode && DemoAccounts.PASSWORD.equals(password);
        if (refused) {
            log.warn("refused a sign-in with the demo password (demo mode is off): that account's password must be "
                    + "changed");
        }
        return new CompromisedPasswordDecision(refused);
    }
}
