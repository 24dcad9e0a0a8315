package org.ffw.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.ffw.oidc.OidcProviderStub.Mode;
import org.ffw.rules.ResidentIds;
import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** In Chromium: the login page with the city's sign-in (1280 and 375 px), the button, the provider, home. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ffw.oidc.enabled=true",
        "spring.security.oauth2.client.registration.city.client-id=" + OidcProviderStub.CLIENT_ID,
        "spring.security.oauth2.client.registration.city.client-secret=" + OidcProviderStub.CLIENT_SECRET,
        "spring.security.oauth2.client.registration.city.scope=openid,profile",
        "spring.messages.fallback-to-system-locale=false",
})
class OidcBrowserTest extends BrowserTest {

    static final OidcProviderStub PROVIDER = new OidcProviderStub();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.city.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @Test
    void a_citizen_signs_in_with_the_button() {
        open("/login");
        // in the browser's language (headless Chromium may ask for English whatever --lang says)
        assertThat(find(By.id("oidc-login-button")).getText())
                .isIn("使用一网通办登录", "Sign in with the city's One-Stop Service (Yiwangtongban)");
        screenshot("login-oidc");

        String id = "31010119850612004";
        PROVIDER.next(Map.of("sub", "browser-" + System.nanoTime(), "name", "刘洋",
                "resident_id", id + ResidentIds.checkCharacter(id)), Mode.GOOD);
        find(By.id("oidc-login-button")).click();
        assertThat(waitFor(By.id("display-name")).getText()).contains("刘洋");
        assertWordsOnly();

        // the login form went to the provider and back, and signing out does too: both redirects after a form,
        // which the pages' CSP form-action allows only for the provider's origin (SecurityConfig)
        assertThat(cspViolations()).isEmpty();
        clickAndWait(By.id("logout"));
        waitFor(By.id("logged-out"));
        assertThat(browser.getCurrentUrl()).endsWith("/login?logout");

        browser.manage().deleteAllCookies();
        open("/login?oidc-error=refused");
        assertThat(find(By.id("oidc-error")).getText()).containsAnyOf("不能登录本系统", "cannot sign in here");
        screenshot("login-oidc-refused");
    }
}
