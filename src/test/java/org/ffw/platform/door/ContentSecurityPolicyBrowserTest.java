package org.ffw.platform.door;

import static org.assertj.core.api.Assertions.assertThat;

import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In Chromium, with the pages' Content-Security-Policy (SecurityConfig): an inline handler is refused and the refusal
 * is seen on the console (so {@link BrowserTest#cspViolations}, checked on every page of every browser test, would
 * see one); the error page's back link works from ffw.js; swagger-ui draws under the same policy.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    @Test
    void an_inline_handler_is_refused_and_reported() throws InterruptedException {
        open("/login");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("var p = document.createElement('p');"
                + "p.innerHTML = '<img alt=\"\" src=\"/img/no-such-image.png\" onerror=\"window.inlineRan = true\">';"
                + "document.body.appendChild(p);");
        for (int i = 0; i < 50 && cspViolationsSeen.isEmpty(); i++) {
            cspViolationsSeen.addAll(cspViolations());
            Thread.sleep(100);
        }
        assertThat(js.executeScript("return window.inlineRan === true")).isEqualTo(false);
        assertThat(cspViolationsSeen).as("Chromium's console").isNotEmpty()
                .anySatisfy(m -> assertThat(m).contains("inline event handler").contains("script-src 'self'"));
    }

    private final java.util.List<String> cspViolationsSeen = new java.util.ArrayList<>();

    @Test
    void the_error_pages_back_link_goes_back() {
        login("inspector");
        open("/tasks");
        open("/complaints/NO-SUCH-CASE");
        assertThat(find(By.id("error-back")).getAttribute("href")).endsWith("/");
        find(By.id("error-back")).click();
        waitUrl("/tasks");
        assertThat(browser.getCurrentUrl()).endsWith("/tasks");
        assertWordsOnly();
    }

    @Test
    void swagger_ui_draws_under_the_policy() {
        // not open(): swagger-ui's own page is English and full of code names, which assertWordsOnly refuses
        browser.get(url("/swagger-ui/index.html"));
        waitFor(By.cssSelector(".swagger-ui .info .title"));
        waitFor(By.cssSelector(".swagger-ui .opblock"));
        assertThat(cspViolations()).as("CSP violations on swagger-ui").isEmpty();
    }
}
