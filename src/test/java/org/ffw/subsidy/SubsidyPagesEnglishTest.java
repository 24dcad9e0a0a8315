package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.ffw.support.ApiTest;
import org.ffw.support.EnglishPages;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;

/**
 * The subsidy pages for a reader whose browser asks for English: the employer's form, list and case page, the
 * officer's list and case page, the contribution records import — English words and no Chinese besides what was
 * entered (names, the bank): the checks' reasons, the month table's notes and the tasks waited for in English too.
 */
class SubsidyPagesEnglishTest extends ApiTest {

    /** A list's names of employers and employees (other tests' data in the district's list). */
    static String withoutNames(String html) {
        return html.replaceAll("<td data-label=\"(Employer|Employee)\"[^>]*>[^<]*</td>", "");
    }

    @Test
    void the_employer_and_the_officer_read_the_subsidy_pages_in_english() {
        String caseNo = Subsidies.applyCase(api, Subsidies.application());
        String employerName = api.as("employer").get("/api/v1/subsidy-applications/" + caseNo).json()
                .path("employerName").asText();
        String[] data = {employerName, "王芳", "中国工商银行上海浦东分行", "上海示例科技有限公司"};

        EnglishPages employer = new EnglishPages(port).login("employer", "demo");
        HttpResponse<String> form = employer.get("/employer/subsidies/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<html lang=", "Apply for the maternity social-insurance subsidy",
                "Resident ID number", "Calculate the subsidy", "Submit the application",
                "Social-insurance contributions paid by the employer",
                "data-msg-yuan=\"CNY {0}\"", "data-msg-check-policy=\"Policy coverage\"");
        assertThat(EnglishPages.chinese(form.body(), data)).as("the form in English").isEmpty();

        HttpResponse<String> list = employer.get("/employer/subsidies");
        assertThat(list.body()).contains("Our maternity social-insurance subsidy applications", caseNo, "Under review",
                "Amount applied for (CNY)");
        assertThat(EnglishPages.chinese(withoutNames(list.body()), data)).as("the list in English").isEmpty();

        HttpResponse<String> mine = employer.get("/employer/subsidies/" + caseNo);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Under review", "district HRSS bureau", "CNY 9210.00", "Eligibility conditions",
                "Policy coverage", "✓ Met", "contributions by month", "Medical (incl. maternity)",
                "Child no. 2", "(confirmed by the employee)");
        assertThat(mine.body()).contains("The employer granted leave from", "which covers the statutory maternity leave",
                "Review the application", "Subsidy desk of the district HRSS bureau");
        assertThat(EnglishPages.chinese(mine.body(), data)).as("the case page in English")
                .isEmpty();
        // dates as people write them in English, in the facts and inside the checks' reasons
        String visible = mine.body().replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]*>", " ");
        assertThat(visible).contains("from 10 Mar 2026 to 15 Aug 2026")
                .doesNotContainPattern("\\b20\\d\\d-\\d\\d-\\d\\d\\b");

        EnglishPages officer = new EnglishPages(port).login("officer", "demo");
        HttpResponse<String> staffList = officer.get("/subsidies");
        assertThat(staffList.body()).contains("Subsidy applications in the district", "Filter", "Documents requested");
        assertThat(EnglishPages.chinese(withoutNames(staffList.body()), data)).as("the district's list in English").isEmpty();
        HttpResponse<String> staff = officer.get("/subsidies/" + caseNo);
        assertThat(staff.body()).contains("compliance record", "Recorded", "Not imported", "Second review");
        assertThat(staff.body()).contains("not verifiable from records", "No record, cannot be checked");
        assertThat(EnglishPages.chinese(staff.body(), data)).as("the officer's case page")
                .isEmpty();

        HttpResponse<String> records = new EnglishPages(port).login("admin", "demo").get("/admin/contribution-records");
        assertThat(records.statusCode()).isEqualTo(200);
        assertThat(records.body()).contains("Import of contribution records", "Whole months", "By employer",
                "File format");
        // the past imports' file names and who imported them are data
        String withoutImports = records.body().replaceAll("(?s)<table class=\"cards\" id=\"imports\">.*?</table>", "");
        assertThat(EnglishPages.chinese(withoutImports)).as("the import page in English").isEmpty();

        // without Accept-Language the same page is Chinese, the default
        assertThat(new PageSession(port).login("employer", "demo").get("/employer/subsidies/" + caseNo).body())
                .contains("补贴申请", "审核中", "9210.00 元").doesNotContain("Under review");
    }
}
