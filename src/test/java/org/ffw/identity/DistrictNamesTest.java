package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A page names a district as often as it has rows (the queue: 未认领（浦东新区劳动监察） on every unassigned task); the
 * district is looked up once per request, not once per row — the queue page made a query per row before
 * (docs/benchmarks.md, the queue through HTTP). A new request looks it up again: nothing is kept across requests.
 */
class DistrictNamesTest {

    final UserMapper mapper = mock(UserMapper.class);
    final DistrictNames names = new DistrictNames(new UserService(mapper, mock(PasswordEncoder.class),
            mock(CamundaAdmins.class), false, mock(ApiTokens.TokenMapper.class)));

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void a_page_looks_a_district_up_once_however_many_rows_name_it() {
        when(mapper.districts()).thenReturn(List.of(new District("310115", "浦东新区", "Pudong", "pudong", 15),
                new District("310104", "徐汇区", "Xuhui", "xuhui", 4)));

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        for (int row = 0; row < 20; row++) {
            assertThat(names.name("310115")).isEqualTo("浦东新区");
            assertThat(names.name("999999")).as("unknown: the code itself").isEqualTo("999999");
        }
        // the district list, for both codes and all 40 names: read once in the request
        verify(mapper, times(1)).districts();

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(names.name("310115")).isEqualTo("浦东新区");
        verify(mapper, times(2)).districts();
        assertThat(names.name(null)).isEmpty();
    }
}
