package org.ffw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The legal sources the rules name, in English: every title the tables use has its English name. */
class LegalSourcesTest {

    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff]");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    LegalSourcesTest() {
        messages.setBasenames("i18n/portal");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void chinese_numerals_become_article_numbers() {
        assertThat(LegalSources.number("七")).isEqualTo(7);
        assertThat(LegalSources.number("十")).isEqualTo(10);
        assertThat(LegalSources.number("十二")).isEqualTo(12);
        assertThat(LegalSources.number("三十一")).isEqualTo(31);
        assertThat(LegalSources.number("一百零五")).isEqualTo(105);
        assertThat(LegalSources.number("18")).isEqualTo(18);
    }

    @Test
    void a_source_reads_as_title_and_article_in_english_and_stays_as_it_is_in_chinese() {
        assertThat(LegalSources.say("女职工劳动保护特别规定 第七条第一款", Locale.ENGLISH, messages))
                .isEqualTo("Special Provisions on Labour Protection of Female Employees, Art. 7(1)");
        assertThat(LegalSources.say("上海市人口与计划生育条例 第三十一条", Locale.ENGLISH, messages))
                .isEqualTo("Shanghai Municipal Regulations on Population and Family Planning, Art. 31");
        assertThat(LegalSources.say("全国年节及纪念日放假办法（2024年11月10日修订，国务院令第795号）第二条", Locale.ENGLISH,
                messages)).isEqualTo("Measures on National Holidays and Memorial Days (as revised on 10 November 2024, "
                + "State Council Decree No. 795), Art. 2");
        assertThat(LegalSources.say("女职工劳动保护特别规定 第九条", Locale.SIMPLIFIED_CHINESE, messages))
                .isEqualTo("女职工劳动保护特别规定 第九条");
    }

    @Test
    void every_source_of_the_leave_table_and_the_holiday_law_has_an_english_title() throws IOException {
        List<String> sources = new ArrayList<>();
        Matcher m = Pattern.compile("<text>\"([^\"]*第[^\"]*条[^\"]*)\"</text>")
                .matcher(Files.readString(Path.of("bpmn/leave-entitlements.dmn")));
        while (m.find()) {
            sources.add(m.group(1));
        }
        assertThat(sources).isNotEmpty();
        sources.add(org.ffw.rules.StatutoryHolidays.legalBasis(2026));
        sources.add(org.ffw.rules.StatutoryHolidays.legalBasis(2020));
        for (String s : sources) {
            assertThat(LegalSources.say(s, Locale.ENGLISH, messages)).as(s).doesNotContainPattern(CJK);
        }
    }
}
