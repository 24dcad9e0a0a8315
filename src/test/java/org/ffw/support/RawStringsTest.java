package org.ffw.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The browser tests' guard finds what it is meant to, and lets words through. */
class RawStringsTest {

    @Test
    void finds_accounts_groups_codes_and_timestamps() {
        assertThat(RawStrings.find("此任务由 inspector2 办理")).containsExactly("inspector2");
        assertThat(RawStrings.find("未认领（inspector-310115）")).containsExactly("inspector-310115");
        assertThat(RawStrings.find("受理审查 — triageDecision=ACCEPT")).containsExactly("ACCEPT");
        assertThat(RawStrings.find("状态 SUBMITTED · ON_TRACK")).containsExactly("SUBMITTED", "ON_TRACK");
        assertThat(RawStrings.find("期限 2026-06-23T15:59:59Z")).isNotEmpty();
        assertThat(RawStrings.find("Tue Jun 23 23:59:59 CST 2026")).isNotEmpty();
        assertThat(RawStrings.find("受理期限 null")).containsExactly("null");
    }

    @Test
    void lets_words_dates_codes_of_cases_and_english_headings_through() {
        assertThat(RawStrings.find("""
                生育友好职场监管平台 FFW 待办任务 Tasks 业务 Process 时限 SLA 案件编号 Case no. LC-2026-000001
                期限 2026-06-23 23:59 暂定 正常 张伟（浦东监察） · 劳动监察员 未认领（浦东新区劳动监察）
                统一社会信用代码 91310115MA1H8R7C41 查询码 ABCDEF2345 PDF、JPEG 或 PNG 10 MB 标记 A B
                用户名 Username 密码 Password 接口文档 API 流程监控 Cockpit Review the case""")).isEmpty();
    }
}
