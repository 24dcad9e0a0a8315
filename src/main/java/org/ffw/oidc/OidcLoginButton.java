package org.ffw.oidc;

import org.springframework.stereotype.Component;

/** For the login page ({@code ${@oidcLogin.enabled}}): whether to show the button and where it goes. */
@Component("oidcLogin")
public class OidcLoginButton {

    private final boolean enabled;
    private final String path;

    OidcLoginButton(OidcProperties properties) {
        this.enabled = properties.isEnabled();
        this.path = "/oauth2/authorization/" + properties.getRegistrationId();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getPath() {
        return path;
    }
}
