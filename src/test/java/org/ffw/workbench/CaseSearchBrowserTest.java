package org.ffw.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.CaseRegistry.NewCase;
import org.ffw.platform.cases.Procedure;
import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 案件查询 in a real browser: Pudong's supervisor finds a case by part of the employer's name and by its number,
 * and types a date wrongly. Screenshots at 1280 and 375 px (target/screenshots/case-search*.png).
 */
class CaseSearchBrowserTest extends BrowserTest {

    @Autowired
    CaseRegistry registry;
    @Autowired
    TransactionTemplate tx;

    @Test
    void a_supervisor_finds_a_case_by_employer_name_and_by_number() {
        tx.executeWithoutResult(s -> {
            registry.open(new NewCase("LC-2098-900001", Procedure.LEAVE_COMPLAINT, "310115", "91310115MA1H8R7C41",
                    null, "INVESTIGATING", "上海示例科技有限公司 · 产假", true, null));
            registry.open(new NewCase("ES-2098-900001", Procedure.EMPLOYER_SUBSIDY, "310115", "91310115MA1H8R7C41",
                    null, "SUBMITTED", "上海示例科技有限公司 · 补贴申请", true, null));
        });
        login("supervisor");
        open("/");
        find(By.id("nav-case-search")).click();
        waitFor(By.id("case-search"));
        type(By.id("employer"), "示例科技");
        type(By.id("caseNo"), "2098");
        clickAndWait(By.id("search"));
        assertThat(find(By.id("search-total")).getText()).isEqualTo("共找到 0 件"); // a number's beginning only
        type(By.id("caseNo"), "");
        clickAndWait(By.id("search"));
        assertThat(find(By.id("case-LC-2098-900001")).getText()).contains("休假权益投诉", "上海示例科技有限公司", "调查中");
        assertThat(find(By.id("case-ES-2098-900001")).getText()).contains("产假及生育假期间社保补贴", "审核中");
        screenshot("case-search");
        assertAccessible();

        type(By.id("employer"), "");
        type(By.id("caseNo"), "LC-2098-900001");
        clickAndWait(By.id("search"));
        assertThat(findAll(By.cssSelector("#cases tbody tr"))).hasSize(1);
        find(By.linkText("LC-2098-900001")).click();
        waitUrl("/complaints/LC-2098-900001");
    }

    @Test
    void a_wrong_date_is_shown_beside_its_field() {
        login("inspector");
        open("/cases?openedFrom=2026-12-05&openedTo=2026-12-01");
        assertThat(find(By.id("err-openedTo")).getText()).isEqualTo("不能早于开始日期");
        assertThat(find(By.id("error-summary")).getText()).contains("至");
        screenshot("case-search-error");
    }
}
