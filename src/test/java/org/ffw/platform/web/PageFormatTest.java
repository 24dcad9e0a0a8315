package org.ffw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** Periods as people write them in each language: a month, a date, or the text as it is. */
class PageFormatTest {

    private final PageFormat fmt = new PageFormat(new StaticMessageSource(), null); // periods need no timeline notes

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void a_month_or_a_date_in_chinese_and_in_english() {
        LocaleContextHolder.setLocale(Languages.ZH);
        assertThat(fmt.period("2026-03")).isEqualTo("2026年3月");
        assertThat(fmt.period(YearMonth.of(2026, 11))).isEqualTo("2026年11月");
        assertThat(fmt.period("2026-03-10")).isEqualTo("2026-03-10");
        LocaleContextHolder.setLocale(Languages.EN);
        assertThat(fmt.period("2026-03")).isEqualTo("Mar 2026");
        assertThat(fmt.period(YearMonth.of(2026, 9))).isEqualTo("Sep 2026");
        assertThat(fmt.period(LocalDate.of(2026, 3, 10))).isEqualTo("10 Mar 2026");
        assertThat(fmt.period("2026-3x")).isEqualTo("2026-3x");
        assertThat(fmt.period(null)).isEmpty();
    }
}
