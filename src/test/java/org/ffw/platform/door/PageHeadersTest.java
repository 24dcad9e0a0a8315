package org.ffw.platform.door;

import static org.assertj.core.api.Assertions.assertThat;

import org.ffw.support.ApiTest;
import org.ffw.support.RawHttp;
import org.junit.jupiter.api.Test;

/** Pages tell the browser not to leak the address to other sites, and the session cookie is SameSite=Lax. */
class PageHeadersTest extends ApiTest {

    @Test
    void pages_send_a_referrer_policy() {
        var a = RawHttp.get(port, "/login", "Accept: text/html");
        assertThat(a.headers().get("referrer-policy")).as(a.headers().toString())
                .isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void the_session_cookie_is_same_site_lax() {
        var a = RawHttp.get(port, "/login", "Accept: text/html");
        String cookie = a.headers().getOrDefault("set-cookie", "");
        assertThat(cookie).as(a.headers().toString()).contains("SESSION=").containsIgnoringCase("SameSite=Lax");
    }
}
