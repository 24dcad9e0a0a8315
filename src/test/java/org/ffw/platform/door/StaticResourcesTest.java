package org.ffw.platform.door;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ffw.support.ApiTest;
import org.ffw.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files are served as they are, and a page's links are not looked up as files: Spring's resource chain (which
 * springdoc's webjars locator turns on) resolved every {@code @{...}} link of every page against every jar of the
 * classpath — a third of the queue page's CPU through HTTP (docs/benchmarks.md) — while rewriting nothing.
 */
class StaticResourcesTest extends ApiTest {

    @Autowired
    ApplicationContext context;

    @Test
    void no_filter_resolves_the_links_of_pages_against_the_classpath() {
        List<String> filters = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .map(r -> r.getFilter().getClass().getName()).toList();
        assertThat(filters).isNotEmpty().doesNotContain(ResourceUrlEncodingFilter.class.getName());
        assertThat(context.getBeanNamesForType(ResourceUrlEncodingFilter.class)).isEmpty();
    }

    @Test
    void the_style_sheet_the_chart_library_and_swagger_ui_are_still_served() {
        assertThat(RawHttp.get(port, "/css/ffw.css", "Accept: text/css").status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/webjars/echarts/5.3.1/dist/echarts.min.js", "Accept: */*").status())
                .isEqualTo(200);
        assertThat(RawHttp.get(port, "/swagger-ui/index.html", "Accept: text/html").status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/css/no-such-file.css", "Accept: text/css").status()).isEqualTo(404);
    }
}
