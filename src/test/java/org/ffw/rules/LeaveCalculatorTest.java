package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Leave entitlements with the production decision table and the seeded 2025–2026 calendar, without Spring:
 * REFERENCE.md §1's figures and the 生育假 postponement over each holiday block.
 */
class LeaveCalculatorTest {

    @ParameterizedTest(name = "[{index}] {0} {1} babies={2} difficult={3} lawful={4} months={5} start={6} → {7}+{8}={9}")
    @CsvSource(nullValues = "", textBlock = """
            # event,    birthDate,  babies, difficult, lawful, months, leaveStart, maternity, birth, total, maternityEnd, birthLeaveEnd, ext, paternity, childcare, nursing
            # REFERENCE §1.1: normal birth 98 + 60 = 158 (no statutory day inside the birth leave)
            BIRTH,       2025-03-20, 1,      false,     true,   ,       ,           98,        60,    158,   2025-06-25,   2025-08-24,    0,   10,        5,         1
            # twins + difficult birth: 98 + 15 + 15 = 128, + 60 = 188 (Qingming, 1 and 2 May 2026 postpone it)
            BIRTH,       2025-11-01, 2,      true,      true,   ,       ,           128,       60,    188,   2026-03-08,   2026-05-10,    3,   10,        5,         2
            # triplets + difficult birth: 98 + 15 + 2 × 15 = 143
            BIRTH,       2025-08-20, 3,      true,      true,   ,       ,           143,       60,    203,   2026-01-09,   2026-03-14,    4,   10,        5,         3
            # miscarriage: 15 days under 4 completed months, 42 from 4; no Shanghai additions, no nursing time
            MISCARRIAGE, 2026-04-01, 1,      false,     true,   3,      ,           15,        0,     15,    2026-04-15,   ,              0,   0,         0,         0
            MISCARRIAGE, 2026-04-01, 1,      false,     true,   4,      ,           42,        0,     42,    2026-05-12,   ,              0,   0,         0,         0
            MISCARRIAGE, 2025-12-30, 1,      false,     true,   6,      ,           42,        0,     42,    2026-02-09,   ,              0,   0,         0,         0
            # a birth that is not lawful: national 98 days (and nursing time) only
            BIRTH,       2026-03-02, 1,      false,     false,  ,       ,           98,        0,     98,    2026-06-07,   ,              0,   0,         0,         1
            BIRTH,       2026-03-02, 1,      true,      false,  ,       ,           113,       0,     113,   2026-06-22,   ,              0,   0,         0,         1
            # 生育假 over each holiday block: Labour Day + Dragon Boat 2025 (1, 2, 31 May)
            BIRTH,       2025-01-10, 1,      false,     true,   ,       ,           98,        60,    158,   2025-04-17,   2025-06-19,    3,   10,        5,         1
            # National Day + Mid-Autumn 2025 (1, 2, 3, 6 Oct; not the rest days 7, 8 Oct)
            BIRTH,       2025-06-01, 1,      false,     true,   ,       ,           98,        60,    158,   2025-09-06,   2025-11-09,    4,   10,        5,         1
            # Spring Festival 2026 (16–19 Feb; not 20 and 23 Feb)
            BIRTH,       2025-10-15, 1,      false,     true,   ,       ,           98,        60,    158,   2026-01-20,   2026-03-25,    4,   10,        5,         1
            # Dragon Boat 2026 (19 Jun)
            BIRTH,       2026-03-02, 1,      false,     true,   ,       ,           98,        60,    158,   2026-06-07,   2026-08-07,    1,   10,        5,         1
            # Mid-Autumn 2026 (25 Sep) pushes the end onto National Day, which pushes it again: 1 + 3 days
            BIRTH,       2026-04-26, 1,      false,     true,   ,       ,           98,        60,    158,   2026-08-01,   2026-10-04,    4,   10,        5,         1
            # 产假 taken 15 days before the birth: it ends 15 days earlier
            BIRTH,       2026-01-20, 1,      false,     true,   ,       2026-01-05, 98,        60,    158,   2026-04-12,   2026-06-13,    2,   10,        5,         1
            """)
    void entitlements(LeaveEvent event, LocalDate birthDate, int babies, boolean difficult, boolean lawful,
                      Integer months, LocalDate leaveStart, int maternity, int birth, int total,
                      LocalDate maternityEnd, LocalDate birthLeaveEnd, int extension, int paternity, int childcare,
                      int nursing) {
        LeaveEntitlement e = TableLeaveRules.calculate(
                new LeaveQuery(event, birthDate, babies, difficult, lawful, months, leaveStart));
        assertThat(e.maternityLeaveDays()).as("maternity").isEqualTo(maternity);
        assertThat(e.birthLeaveDays()).as("birth leave").isEqualTo(birth);
        assertThat(e.totalDays()).as("total").isEqualTo(total);
        assertThat(e.leaveStart()).isEqualTo(leaveStart == null ? birthDate : leaveStart);
        assertThat(e.maternityLeaveEnd()).as("maternity end").isEqualTo(maternityEnd);
        assertThat(e.birthLeaveStart()).isEqualTo(birth == 0 ? null : maternityEnd.plusDays(1));
        assertThat(e.birthLeaveEnd()).as("birth leave end").isEqualTo(birthLeaveEnd);
        assertThat(e.holidayExtensionDays()).as("extension").isEqualTo(extension);
        assertThat(e.paternityLeaveDays()).isEqualTo(paternity);
        assertThat(e.childcareLeaveDaysPerYear()).isEqualTo(childcare);
        assertThat(e.childcareLeaveUntil()).isEqualTo(childcare == 0 ? null : birthDate.plusYears(3).minusDays(1));
        assertThat(e.nursingHoursPerDay()).isEqualTo(nursing);
        assertThat(e.nursingUntil()).isEqualTo(nursing == 0 ? null : birthDate.plusYears(1).minusDays(1));
        assertThat(e.provisional()).as("provisional").isFalse();
    }

    @Test
    void every_number_carries_its_legal_source() {
        LeaveEntitlement e = TableLeaveRules.calculate(
                new LeaveQuery(LeaveEvent.BIRTH, LocalDate.of(2025, 11, 1), 2, true, true, null, null));
        assertThat(e.basis()).extracting(LeaveEntitlement.Basis::source).contains(
                "女职工劳动保护特别规定 第七条第一款", "上海市人口与计划生育条例 第三十一条", "女职工劳动保护特别规定 第九条");
        assertThat(e.basis()).extracting(LeaveEntitlement.Basis::rule).contains(
                "产假 98 天（自然日，含节假日）", "难产增加产假 15 天", "多胞胎每多生育 1 个婴儿增加产假 15 天 × 1",
                "生育假 60 天，紧接产假", "生育假遇法定节假日顺延 3 天", "配偶陪产假 10 天");
        LeaveEntitlement miscarriage = TableLeaveRules.calculate(
                new LeaveQuery(LeaveEvent.MISCARRIAGE, LocalDate.of(2026, 4, 1), 1, false, true, 2, null));
        assertThat(miscarriage.basis()).containsExactly(
                new LeaveEntitlement.Basis("流产产假 15 天（自然日，含节假日）", "女职工劳动保护特别规定 第七条第二款"));
    }

    @Test
    void until_dates_are_the_day_before_the_birthday() {
        LeaveEntitlement e = TableLeaveRules.calculate(LeaveQuery.birth(LocalDate.of(2026, 3, 2)));
        assertThat(e.nursingUntil()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(e.childcareLeaveUntil()).isEqualTo(LocalDate.of(2029, 3, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "", textBlock = """
            babies below 1,                     BIRTH,       2026-03-02, 0,  , ,           babies
            babies above 9,                     BIRTH,       2026-03-02, 10, , ,           babies
            leave start after the birth,        BIRTH,       2026-03-02, 1,  , 2026-03-03, leaveStart
            leave start 16 days before,         BIRTH,       2026-03-02, 1,  , 2026-02-14, leaveStart
            miscarriage without months,         MISCARRIAGE, 2026-03-02, 1,  , ,           pregnancyMonths
            negative months,                    MISCARRIAGE, 2026-03-02, 1, -1, ,          pregnancyMonths
            miscarriage leave before the event, MISCARRIAGE, 2026-03-02, 1,  5, 2026-03-01, leaveStart
            birth before 2021-05-31,            BIRTH,       2021-05-30, 1,  , ,           birthDate
            """)
    void bad_parameters_name_the_parameter(String why, LeaveEvent event, LocalDate birthDate, int babies,
                                           Integer months, LocalDate leaveStart, String field) {
        assertThatThrownBy(() -> TableLeaveRules.calculate(
                new LeaveQuery(event, birthDate, babies, false, true, months, leaveStart)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field).contains(field));
    }

    @Test
    void fifteen_days_before_the_birth_is_the_earliest_start() {
        LeaveEntitlement e = TableLeaveRules.calculate(new LeaveQuery(LeaveEvent.BIRTH, LocalDate.of(2026, 3, 2), 1,
                false, true, null, LocalDate.of(2026, 2, 15)));
        assertThat(e.maternityLeaveEnd()).isEqualTo(LocalDate.of(2026, 5, 23));
        assertThat(e.basis()).extracting(LeaveEntitlement.Basis::rule).contains("产前休假 15 天（至多 15 天），计入产假");
    }

    @Test
    void birth_leave_reaching_a_year_not_loaded_is_counted_on_its_statutory_holidays_and_marked_provisional() {
        // 2027 is not loaded: 元旦 1 Jan and 春节 5–8 Feb (除夕 and 初一–初三) postpone it by 5 days
        LeaveEntitlement autumn2026 = TableLeaveRules.calculate(LeaveQuery.birth(LocalDate.of(2026, 9, 1)));
        assertThat(autumn2026.maternityLeaveEnd()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(autumn2026.birthLeaveEnd()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(autumn2026.holidayExtensionDays()).isEqualTo(5);
        assertThat(autumn2026.provisional()).isTrue();
        assertThat(autumn2026.provisionalYears()).containsExactly(2027);
        assertThat(autumn2026.basis()).contains(new LeaveEntitlement.Basis(
                "2027 年节假日安排尚未公布或尚未载入，生育假结束日期暂按该年法定节假日计算，待国务院办公厅公布的安排载入后确认",
                StatutoryHolidays.LAW_2024));
        // 2024 (not loaded, 2013 rules): 中秋 17 Sep and 国庆 1–3 Oct
        LeaveEntitlement may2024 = TableLeaveRules.calculate(LeaveQuery.birth(LocalDate.of(2024, 5, 1)));
        assertThat(may2024.birthLeaveEnd()).isEqualTo(LocalDate.of(2024, 10, 9));
        assertThat(may2024.holidayExtensionDays()).isEqualTo(4);
        assertThat(may2024.provisionalYears()).containsExactly(2024);
        assertThat(may2024.basis()).extracting(LeaveEntitlement.Basis::source).contains(StatutoryHolidays.LAW_2013);
        // a 生育假 inside the loaded years is final
        LeaveEntitlement loaded = TableLeaveRules.calculate(LeaveQuery.birth(LocalDate.of(2026, 3, 2)));
        assertThat(loaded.provisional()).isFalse();
        assertThat(loaded.provisionalYears()).isEmpty();
        assertThat(loaded.basis()).extracting(LeaveEntitlement.Basis::rule).noneMatch(r -> r.contains("尚未"));
    }

    @Test
    void birth_leave_reaching_a_year_outside_the_table_is_not_guessed() {
        assertThatThrownBy(() -> TableLeaveRules.calculate(LeaveQuery.birth(LocalDate.of(2035, 10, 1))))
                .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2036));
        // without birth leave no calendar is needed
        assertThat(TableLeaveRules.calculate(new LeaveQuery(LeaveEvent.BIRTH, LocalDate.of(2026, 9, 1), 1, false,
                false, null, null)).maternityLeaveEnd()).isEqualTo(LocalDate.of(2026, 12, 7));
        LeaveEntitlement notLawful = TableLeaveRules.calculate(new LeaveQuery(LeaveEvent.BIRTH,
                LocalDate.of(2035, 10, 1), 1, false, false, null, null));
        assertThat(notLawful.maternityLeaveEnd()).isEqualTo(LocalDate.of(2036, 1, 6));
        assertThat(notLawful.provisional()).isFalse();
    }

    @Test
    void the_table_gives_the_shanghai_additions_only_for_a_lawful_birth_from_2021_05_31() {
        List<String> lawful = names(TableLeaveRules.INSTANCE.applicable(LeaveEvent.BIRTH, LocalDate.of(2021, 5, 31),
                true, null));
        assertThat(lawful).containsExactlyInAnyOrder("MATERNITY", "MATERNITY_BEFORE_BIRTH_MAX",
                "MATERNITY_DIFFICULT_BIRTH", "MATERNITY_PER_ADDITIONAL_BABY", "BIRTH",
                "BIRTH_POSTPONED_BY_STATUTORY_HOLIDAYS", "PATERNITY", "CHILDCARE_PER_YEAR", "CHILDCARE_UNTIL_AGE",
                "NURSING_PER_DAY", "NURSING_PER_ADDITIONAL_BABY", "NURSING_UNTIL_AGE");
        assertThat(names(TableLeaveRules.INSTANCE.applicable(LeaveEvent.BIRTH, LocalDate.of(2026, 1, 1), false, null)))
                .doesNotContain("BIRTH", "PATERNITY", "CHILDCARE_PER_YEAR").contains("MATERNITY", "NURSING_PER_DAY");
        assertThat(TableLeaveRules.INSTANCE.applicable(LeaveEvent.BIRTH, LocalDate.of(2021, 5, 30), true, null))
                .isEmpty();
        assertThat(names(TableLeaveRules.INSTANCE.applicable(LeaveEvent.MISCARRIAGE, LocalDate.of(2026, 1, 1), true,
                4))).containsExactly("MATERNITY");
    }

    private static List<String> names(List<LeaveRule> rules) {
        return rules.stream().map(LeaveRule::entitlement).toList();
    }
}
