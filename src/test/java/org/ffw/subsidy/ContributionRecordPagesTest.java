package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ffw.subsidy.Contributions.creditCode;
import static org.ffw.subsidy.Contributions.csv;
import static org.ffw.subsidy.Contributions.residentId;
import static org.ffw.subsidy.Contributions.row;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.RawStrings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's page for the contribution records, without a browser: access, upload, report, refusal. */
class ContributionRecordPagesTest extends ApiTest {

    static final String PAGE = "/admin/contribution-records";

    @Autowired
    ContributionRecords records;

    @Test
    void only_admin_opens_the_page() {
        var anonymous = new PageSession(port).get(PAGE);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(PageSession.location(anonymous)).isEqualTo("/login");
        for (String user : new String[] {"officer", "supervisor", "employer", "inspector"}) {
            var r = new PageSession(port).login(user, "demo").get(PAGE);
            assertThat(r.statusCode()).as(user).isEqualTo(403);
            assertThat(r.body()).contains("无权访问");
        }
        var admin = new PageSession(port).login("admin", "demo");
        var page = admin.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("社保缴费记录导入", "id=\"import-form\"", "enctype=\"multipart/form-data\"",
                ContributionCsv.HEADER, "整月替换", "按单位替换");
        assertThat(admin.get(PAGE + "/imports/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void an_upload_shows_its_report_in_chinese_and_lists_the_import() {
        var admin = new PageSession(port).login("admin", "demo");
        String csrf = PageSession.csrf(admin.get(PAGE).body());
        String employer = creditCode();
        String employee = residentId();
        byte[] file = csv(
                row(employer, employee, "2025-11"),
                row(employer, "310101198808080026", "2025-11"),
                row(employer, residentId(), "2099-01", "-1", "0", "0", "0"),
                row(employer, residentId(), "2025-11", "1.234", "0", "0", "0") + ",extra");
        var posted = admin.postFile(PAGE + "?replace=EMPLOYER_MONTHS", csrf, "十一月缴费.csv", "text/csv", file);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        String report = PageSession.location(posted);
        assertThat(report).matches("/admin/contribution-records/imports/\\d+");
        assertThat(records.recorded(employer, employee, YearMonth.of(2025, 11))).isPresent();

        String html = admin.get(report).body();
        assertThat(html).contains("已导入 1 行；3 行被拒绝", "十一月缴费.csv", "系统管理员", "按单位替换",
                "第 3 行", "公民身份号码", "公民身份号码不正确（校验位不符），请逐位核对",
                "第 4 行", "不能晚于本月", "养老保险", "不能为负数",
                "第 5 行", "整行", "本行有 8 列，表头有 7 列");
        String text = html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]+>", " ");
        assertThat(RawStrings.find(text)).isEmpty();
        assertThat(text).doesNotContain("check character", "must ", "residentId:");

        String list = admin.get(PAGE).body();
        assertThat(list).contains("十一月缴费.csv", report, "2025-11");
    }

    @Test
    void a_file_that_is_not_such_a_csv_is_shown_next_to_the_field() {
        var admin = new PageSession(port).login("admin", "demo");
        String csrf = PageSession.csrf(admin.get(PAGE).body());
        var r = admin.postFile(PAGE, csrf, "wrong.csv", "text/csv",
                "name,amount\n张三,100\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"err-file\"", "第一行应为表头 " + ContributionCsv.HEADER, "缺少：creditCode",
                "多出：name, amount");
        var gbk = admin.postFile(PAGE, csrf, "gbk.csv", "text/csv",
                (ContributionCsv.HEADER + "\n张三\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(gbk.statusCode()).isEqualTo(400);
        assertThat(gbk.body()).contains("文件不是 UTF-8 编码");
        var empty = admin.postFile(PAGE, csrf, "", "application/octet-stream", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("请选择要导入的文件");
    }
}
