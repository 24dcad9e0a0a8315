package org.ffw.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.ffw.platform.web.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** How a notice is worded in each language, and whose language that is. */
class NoticesTest {

    static final Locale EN = Languages.EN;
    static final Locale ZH = Languages.ZH;

    final Notices notices = new Notices(null, messages(), Map.of("en-user", EN, "zh-user", ZH)::get);

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("messages", "i18n/notices");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void an_account_reads_its_own_language_and_anyone_else_the_request_s_or_chinese() {
        assertThat(notices.languageOf("en-user")).isEqualTo(EN);
        assertThat(notices.languageOf("zh-user")).isEqualTo(ZH);
        assertThat(notices.languageOf("13900000000")).as("no account, no request").isEqualTo(ZH);

        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/public/accounts/phone-codes");
        request.addHeader("Accept-Language", "en-GB,en;q=0.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        assertThat(notices.languageOf("13900000000")).as("no account: the request's").isEqualTo(EN);
        assertThat(notices.languageOf("zh-user")).as("an account: its own, whatever the request").isEqualTo(ZH);
    }

    @Test
    void codes_are_their_labels_and_dates_are_written_as_the_pages_write_them() {
        Notice closed = Notice.of("COMPLAINT_CLOSED", "notice.complaint.closed", Notice.label("notice.kind",
                "COMPLAINT"), "LC-2026-000001", Notice.date(LocalDate.of(2026, 3, 10)),
                Notice.text("notice.paren", Notice.label("outcome", "WITHDRAWN")));
        assertThat(notices.word(closed, ZH)).isEqualTo(new Notices.Worded("投诉已结案",
                "您的投诉 LC-2026-000001 已于 2026-03-10 结案（投诉人撤回）。欢迎对办理情况进行评价。"));
        assertThat(notices.word(closed, EN)).isEqualTo(new Notices.Worded("Complaint closed",
                "Your complaint LC-2026-000001 was closed on 10 Mar 2026 (Withdrawn by the complainant). You are"
                        + " welcome to rate how it was handled."));

        Notice atRisk = Notice.of("TASK_AT_RISK", "notice.task.atRisk", Notice.label("taskName.p", "triage", "受理审查"),
                Notice.join(Notice.text("notice.task.case", "LC-2026-000001"), Notice.text("notice.task.summary", "某公司")),
                Notice.time(Instant.parse("2026-10-13T09:00:00Z")));
        assertThat(notices.word(atRisk, ZH).body()).isEqualTo("任务「受理审查」（案件 LC-2026-000001 · 某公司）将于"
                + " 2026-10-13 17:00 到期，请及时处理。");
        assertThat(notices.word(atRisk, EN).body()).isEqualTo("Task “受理审查” (case LC-2026-000001 · 某公司) is due at"
                + " 13 Oct 2026, 17:00: please deal with it in time.");
    }

    @Test
    void numbers_are_written_as_they_are_and_data_in_both_languages_in_the_reader_s() {
        Notice applied = Notice.of("SUBSIDY_APPLIED", "notice.subsidy.applied", "ES-2026-000001",
                new BigDecimal("12345.60"), 20, "ABCD234567");
        assertThat(notices.word(applied, ZH).body()).contains("申请金额 12345.60 元", "在 20 个工作日内");
        assertThat(notices.word(applied, EN).body()).contains("for CNY 12345.60", "within 20 working days");
        assertThat(notices.word(new Notice("T", "notice.calendar.load.subject", "notice.calendar.load.subject", 2034),
                ZH).subject()).isEqualTo("请载入 2034 年节假日安排");

        Notice transferred = Notice.of("COMPLAINT_TRANSFERRED", "notice.complaint.transferred",
                Notice.label("notice.kind", "REPORT"), "LC-2026-000002", Notice.words("浦东新区", "Pudong New Area"),
                Notice.date(LocalDate.of(2026, 3, 17)));
        assertThat(notices.word(transferred, ZH).body()).isEqualTo("您的举报 LC-2026-000002 已移送浦东新区处理，"
                + "将在 2026-03-17 前作出受理决定。");
        assertThat(notices.word(transferred, EN).body()).isEqualTo("Your report LC-2026-000002 has been transferred"
                + " to Pudong New Area for handling; a decision on accepting it will be made by 17 Mar 2026.");
    }

    @Test
    void a_code_without_a_label_has_its_fallback_and_a_missing_key_fails() {
        Object other = Notice.text("notice.complaint.notAccepted.other");
        assertThat(notices.word(Notice.of("X", "notice.complaint.notAccepted", Notice.label("notice.kind",
                "COMPLAINT"), "LC-1", Notice.label("notAccepted", "NO_SUCH_REASON", other), Notice.NONE), EN).body())
                .isEqualTo("Your complaint LC-1 has not been accepted. Reason: It does not meet the conditions for"
                        + " acceptance");
        assertThat(notices.word(Notice.of("X", "notice.complaint.notAccepted", Notice.label("notice.kind",
                "COMPLAINT"), "LC-1", Notice.label("notAccepted", null, other), Notice.NONE), ZH).body())
                .isEqualTo("您的投诉 LC-1 不予受理。理由：不符合受理条件");
        assertThatThrownBy(() -> notices.word(Notice.of("X", "notice.no.such"), ZH))
                .isInstanceOf(NoSuchMessageException.class);
    }
}
