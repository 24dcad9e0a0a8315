package org.ffw.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.ffw.inspection.InspectionCases.InspectionClosed;
import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaigns in a real browser: Pudong's supervisor fills the form, previews the population, draws and lands on the
 * campaign's page; the list; a closed campaign's public results. Screenshots at 1280 and 375 px
 * (target/screenshots/campaign-*.png).
 */
class CampaignBrowserTest extends BrowserTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.ffw.employer.EmployerService employers;

    @Test
    void a_supervisor_previews_draws_and_follows_the_campaign() {
        // one demo employer of Pudong with a recent substantiated violation: the preview lists it with its weight
        String first17 = "91310115MA1FFW030";
        String weighted = first17 + org.ffw.rules.CreditCodes.checkCharacter(first17);
        employers.recordViolation(weighted, "LC-CAMPAIGN-BROWSER", "MATERNITY",
                java.time.LocalDate.now().minusMonths(2), "产假不足");
        login("supervisor");
        open("/campaigns");
        find(By.id("new-campaign")).click();
        waitFor(By.id("campaign-form"));
        String title = CampaignApiTest.title();
        type(By.id("f-title"), title);
        find(By.id("f-leave-MATERNITY")).click();
        find(By.id("f-leave-BIRTH")).click();
        setValue(By.id("f-periodFrom"), "2026-01-01");
        setValue(By.id("f-periodTo"), "2026-09-30");
        type(By.id("f-sampleSize"), "8");
        type(By.id("f-riskPercent"), "50");
        clickAndWait(By.id("preview-submit"));
        waitFor(By.id("preview"));
        assertThat(find(By.id("preview-population")).getText()).contains("符合条件的单位共", "抽取 8 家");
        assertThat(find(By.id("candidates")).getText()).contains(weighted, "近期有查实的休假违法投诉");
        assertThat(find(By.id("f-title")).getAttribute("value")).isEqualTo(title);
        assertThat(find(By.id("f-leave-PATERNITY")).isSelected()).isFalse();
        assertThat(find(By.id("f-leave-BIRTH")).isSelected()).isTrue();
        assertAccessible();
        screenshot("campaign-new");

        clickAndWait(By.id("draw-submit"));
        waitFor(By.id("draw-record"));
        assertThat(browser.getCurrentUrl()).matches(".*/campaigns/\\d+");
        assertThat(find(By.id("campaign-title")).getText()).isEqualTo(title);
        assertThat(find(By.id("verification")).getText()).contains("一致");
        assertThat(findAll(By.cssSelector("#cases tbody tr"))).hasSize(8);
        assertThat(pageText()).contains("抽取种子", "检查组", "待单位报送");
        find(By.cssSelector("#cases details summary")).click();
        assertThat(find(By.cssSelector("#cases details select")).isDisplayed()).isTrue();
        assertAccessible();
        screenshot("campaign-detail");

        open("/campaigns");
        assertThat(find(By.id("campaigns")).getText()).contains(title, "0 / 8 件已办结");
        screenshot("campaign-list");
    }

    @Test
    void a_closed_campaign_publishes_its_results() {
        var created = api.as("supervisor").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/campaigns", CampaignApiTest.body(CampaignApiTest.title(), List.of("310115"), 1, 0));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        String caseNo = created.json().path("picks").get(0).path("caseNo").asText();
        tx.executeWithoutResult(s -> events.publishEvent(new InspectionClosed(id, caseNo)));
        open("/public/campaigns/" + id);
        waitFor(By.id("results"));
        assertThat(find(By.id("results")).getText())
                .contains(created.json().path("picks").get(0).path("employerName").asText());
        assertThat(find(By.id("draw-record")).getText()).contains("抽取种子", "FFW-DRAW-1");
        assertAccessible();
        screenshot("campaign-public");
        // and listed among the published campaigns, linked from every page's footer
        clickAndWait(By.id("nav-campaign-results"));
        assertThat(find(By.id("published")).getText()).contains(created.json().path("title").asText());
        assertAccessible();
        screenshot("campaign-public-list");
    }
}
