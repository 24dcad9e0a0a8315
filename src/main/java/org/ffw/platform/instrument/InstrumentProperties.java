package org.ffw.platform.instrument;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ffw.instruments.*: the fonts tried in order for the Chinese text of the instruments (a TrueType .ttf, or a .ttc
 * collection — its first font is used), and the periods the rights notice states. The periods (行政复议 60 days,
 * 行政诉讼 6 months) are not sourced in REFERENCE.md (§3, §8): configuration, to be confirmed by the bureau.
 */
@ConfigurationProperties("ffw.instruments")
public record InstrumentProperties(List<String> fonts, int reconsiderationDays, int litigationMonths) {

    public InstrumentProperties {
        fonts = fonts == null ? List.of() : List.copyOf(fonts);
        reconsiderationDays = reconsiderationDays <= 0 ? 60 : reconsiderationDays;
        litigationMonths = litigationMonths <= 0 ? 6 : litigationMonths;
    }
}
