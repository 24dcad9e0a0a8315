package org.ffw.employer;

/**
 * An employer's headcount band (employees on the payroll), stored in {@code employer.size_band}. The bands are ours
 * (no statute fixes them for leave supervision); they follow the usual 20 / 100 / 300 / 1000 cuts of the small and
 * medium enterprise classification. Words in i18n/campaigns ({@code sizeBand.*}).
 */
public enum SizeBand {
    UNDER_20("20人以下"),
    FROM_20_TO_99("20–99人"),
    FROM_100_TO_299("100–299人"),
    FROM_300_TO_999("300–999人"),
    FROM_1000("1000人及以上");

    private final String label;

    SizeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band with this name, or null when there is none. */
    public static SizeBand of(String code) {
        for (SizeBand b : values()) {
            if (b.name().equals(code)) {
                return b;
            }
        }
        return null;
    }
}
