package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A page names a district as often as it has rows (the queue: 未认领（浦东新区劳动监察） on every unassigned task); the
 * district is looked up once per request, not once per row — the queue page made a query per row before
 * (docs/benchmarks.md, the queue through HTTP). A new request looks it up again: nothing is kept across requests.
 */
class DistrictNamesTest {

    final UserService users = mock(UserService.class);
    final DistrictNames names = new DistrictNames(users);

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void a_page_looks_a_district_up_once_however_many_rows_name_it() {
        when(users.district("310115")).thenReturn(Optional.of(new District("310115", "浦东新区", "Pudong", "pudong", 15)));
        when(users.district("999999")).thenReturn(Optional.empty());

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        for (int row = 0; row < 20; row++) {
            assertThat(names.name("310115")).isEqualTo("浦东新区");
            assertThat(names.name("999999")).as("unknown: the code itself").isEqualTo("999999");
        }
        verify(users, times(1)).district("310115");
        verify(users, times(1)).district("999999");

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(names.name("310115")).isEqualTo("浦东新区");
        verify(users, times(2)).district("310115");
        assertThat(names.name(null)).isEmpty();
    }
}
