package org.ffw.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;

/** The shipped default: no OIDC at all — no button, and the OAuth2 endpoints do not exist. */
class OidcOffTest extends ApiTest {

    @Test
    void the_login_page_has_no_city_sign_in() {
        String page = new PageSession(port).get("/login").body();
        assertThat(page).contains("name=\"password\"").doesNotContain("oidc-login").doesNotContain("oauth2");
    }

    @Test
    void the_oauth2_endpoints_are_not_found() {
        assertThat(new PageSession(port).get("/oauth2/authorization/city").statusCode()).isEqualTo(404);
        assertThat(new PageSession(port).get("/login/oauth2/code/city?code=x&state=y").statusCode()).isEqualTo(404);
    }
}
