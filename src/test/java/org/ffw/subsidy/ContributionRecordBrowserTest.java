package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ffw.subsidy.Contributions.creditCode;
import static org.ffw.subsidy.Contributions.csv;
import static org.ffw.subsidy.Contributions.residentId;
import static org.ffw.subsidy.Contributions.row;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The administrator imports a contribution file in a real Chromium and reads the report; at 1280 and 375 px. */
class ContributionRecordBrowserTest extends BrowserTest {

    @Test
    void admin_uploads_a_file_and_reads_the_report() throws Exception {
        String employer = creditCode();
        Path file = Files.createTempFile("contributions-", ".csv");
        Files.write(file, csv(
                row(employer, residentId(), "2025-12"),
                row(employer, residentId(), "2025-12", "1760.00", "990.00", "55.00", "28.60"),
                row(employer, "310101198808080026", "2025-12"),
                row(employer, residentId(), "2025-12", "1600", "九百", "50", "26")));
        try {
            login("admin");
            open("/admin/contribution-records");
            screenshot("contribution-records");
            find(By.id("f-replace-1")).click();
            find(By.id("f-file")).sendKeys(file.toAbsolutePath().toString());
            clickAndWait(By.id("import-submit"));
            assertThat(find(By.id("summary")).getText()).isEqualTo("已导入 2 行；2 行被拒绝，未导入，见下方原因。");
            assertThat(find(By.id("rejections")).getText()).contains("第 4 行", "公民身份号码不正确（校验位不符）",
                    "第 5 行", "医疗保险（含生育）", "应为以元为单位的数字");
            assertThat(find(By.id("months")).getText()).contains("2025-12");
            assertThat(find(By.id("facts")).getText()).contains("系统管理员", "按单位替换");
            screenshot("contribution-import-report");

            clickAndWait(By.id("back"));
            assertThat(find(By.id("imports")).getText()).contains(file.getFileName().toString());
            // nothing chosen: said next to the field
            clickAndWait(By.id("import-submit"));
            assertThat(find(By.id("err-file")).getText()).isEqualTo("请选择要导入的文件");
            screenshot("contribution-records-no-file");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
