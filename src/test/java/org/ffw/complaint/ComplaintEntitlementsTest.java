package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.ffw.complaint.ComplaintViews.Entitlement;
import org.ffw.rules.LeaveEvent;
import org.ffw.rules.LeaveQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The statutory entitlement shown beside a complaint is the complainant's own, from the facts she states: a table of
 * situations (birth or miscarriage, babies, difficult birth, lawful birth) and leave types, with the days the rules
 * module gives — 生育假 including its postponement over statutory holidays, the other leaves their own figure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintEntitlementsTest {

    static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    @Autowired
    ComplaintEntitlements entitlements;

    static Stream<Arguments> situations() {
        return Stream.of(
                // type, event, birth, babies, difficult, lawful, months, granted → entitled, gap, words in the note
                Arguments.of(LeaveType.BIRTH, LeaveEvent.BIRTH, MARCH_10, 1, false, true, null, 98, 159, 61, "顺延 1 天"),
                Arguments.of(LeaveType.BIRTH, LeaveEvent.BIRTH, LocalDate.of(2026, 6, 1), 1, false, true, null, 158,
                        162, 4, "顺延 4 天"),
                Arguments.of(LeaveType.BIRTH, LeaveEvent.BIRTH, MARCH_10, 2, false, true, null, 158, 173, 15, "产假 113 天"),
                Arguments.of(LeaveType.BIRTH, LeaveEvent.BIRTH, MARCH_10, 1, true, true, null, 158, 173, 15, "产假 113 天"),
                Arguments.of(LeaveType.BIRTH, LeaveEvent.BIRTH, MARCH_10, 2, true, true, null, 158, 188, 30, "产假 128 天"),
                Arguments.of(LeaveType.BIRTH, LeaveEvent.BIRTH, MARCH_10, 1, false, false, null, 98, 98, 0, "无生育假"),
                Arguments.of(LeaveType.MATERNITY, LeaveEvent.BIRTH, MARCH_10, 3, false, true, null, 98, 128, 30, "产假 128 天"),
                Arguments.of(LeaveType.MATERNITY, LeaveEvent.MISCARRIAGE, MARCH_10, 1, false, true, 3, 0, 15, 15, "产假 15 天"),
                Arguments.of(LeaveType.MATERNITY, LeaveEvent.MISCARRIAGE, MARCH_10, 1, false, true, 5, 30, 42, 12, "产假 42 天"),
                Arguments.of(LeaveType.PATERNITY, LeaveEvent.BIRTH, MARCH_10, 1, false, true, null, 3, 10, 7, "陪产假 10 天"),
                Arguments.of(LeaveType.PATERNITY, LeaveEvent.BIRTH, MARCH_10, 1, false, false, null, 0, 0, 0, "无配偶陪产假"),
                Arguments.of(LeaveType.CHILDCARE, LeaveEvent.BIRTH, MARCH_10, 1, false, true, null, 0, 5, 5, "每年 5 天"));
    }

    @ParameterizedTest(name = "{0} after {1} on {2}, babies {3}, difficult {4}, lawful {5}, months {6}")
    @MethodSource("situations")
    void the_entitlement_is_the_complainants_own(LeaveType type, LeaveEvent event, LocalDate birth, int babies,
                                                  boolean difficult, boolean lawful, Integer months, int granted,
                                                  int entitled, int gap, String note) {
        Entitlement e = entitlements.of(type, new LeaveQuery(event, birth, babies, difficult, lawful, months, null),
                granted);
        assertThat(e.entitledDays()).isEqualTo(entitled);
        assertThat(e.gapDays()).isEqualTo(gap);
        assertThat(e.note()).contains(note);
    }

    @ParameterizedTest(name = "nursing time for {0} babies")
    @org.junit.jupiter.params.provider.CsvSource({"1, 每天 1 小时", "2, 每天 2 小时"})
    void nursing_time_is_hours_a_day_not_the_maternity_figures(int babies, String hours) {
        Entitlement e = entitlements.of(LeaveType.NURSING,
                new LeaveQuery(LeaveEvent.BIRTH, MARCH_10, babies, false, true, null, null), null);
        assertThat(e.entitledDays()).isNull();
        assertThat(e.note()).contains(hours).doesNotContain("产假");
    }
}
