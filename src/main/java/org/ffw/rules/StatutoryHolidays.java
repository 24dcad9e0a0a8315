package org.ffw.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statutory holidays (法定节假日) that the law itself fixes, for the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}:
 * what the working-day calendar counts for a year whose State Council schedule is not loaded (a <em>provisional</em>
 * year, see {@link WorkCalendar}). The yearly notice adds the 调休 (weekday rest days, worked weekend days, and the
 * rest day given for a statutory day on a weekend); those cannot be known before it is published.
 * <p>
 * The rule, 《全国年节及纪念日放假办法》 Art. 2:
 * <ul>
 * <li>from 2025 (revision of 2024-11-10, 国务院令第795号, in force 2025-01-01): 元旦 Jan 1; 春节 4 days (除夕 and
 * 正月初一–初三); 清明 1 day (the solar term); 劳动节 May 1–2; 端午 1 day (五月初五); 中秋 1 day (八月十五);
 * 国庆 Oct 1–3 — 13 days;</li>
 * <li>2014–2024 (revision of 2013-12-11, 国务院令第644号, in force 2014-01-01): the same with 春节 正月初一–初三 only
 * (no 除夕) and 劳动节 May 1 only — 11 days.</li>
 * </ul>
 * When two holidays fall on the same date (中秋 on 国庆 Oct 3 2028 and Oct 1 2031) the year has one statutory day less:
 * the provisional calendar counts the union and adds no day; the notice will arrange it.
 * <p>
 * <b>The lunar and solar-term dates</b> are a reviewed table, not a computation (a Chinese-calendar algorithm is easy
 * to get wrong by a day near midnight, Beijing time: ICU4J 77.1 puts 春节 2027 on Feb 7 and 2030 on Feb 2, both
 * wrong). Sources:
 * <ul>
 * <li>2025, 2026: the State Council notices as seeded by {@code V10__work_calendar.sql} (a test checks that this
 * table gives exactly their STATUTORY_HOLIDAY days);</li>
 * <li>2021–2024: the dates given with issue 8, checked against the State Council notices of those years as carried
 * by chinese-days 1.5.7's holiday data: every statutory day below lies in the block the notice gives that
 * festival;</li>
 * <li>2027–2035: REFERENCE.md §6.1 (lunar-javascript 1.7.7, cross-checked with chinese-days 1.5.7).</li>
 * </ul>
 * All 60 dates were checked on 2026-12-01 against four independent sources that agree on every one: an astronomical
 * computation with PyEphem 4.1.4 (new moons and solar longitudes in Beijing time, month rules of GB/T 33661-2017;
 * the closest call is the new moon of 2027-02-06 at 23:56 Beijing time), lunar-javascript 1.7.7, solarlunar 3.1.0
 * and chinese-days 1.5.7. 除夕 is not stored: it is the last day of the twelfth month, the 29th or the 30th, which is
 * always the day before 正月初一.
 * <p>
 * <b>Until 2035.</b> A year after {@value #LAST_YEAR} (or before {@value #FIRST_YEAR}) that is not loaded is not
 * counted at all ({@link CalendarYearNotLoadedException}); extend this table well before a deadline or a 生育假 can
 * reach 2036 (births from mid-August 2035 on), from the official calendar (紫金山天文台《中国天文年历》), checked
 * against at least two independent sources.
 */
public final class StatutoryHolidays {

    public static final int FIRST_YEAR = 2021;
    public static final int LAST_YEAR = 2035;

    /** First year of the 2024 revision (除夕 and May 2 added). */
    static final int REVISION_2024 = 2025;

    static final String LAW_2024 = "全国年节及纪念日放假办法（2024年11月10日修订，国务院令第795号）第二条";
    static final String LAW_2013 = "全国年节及纪念日放假办法（2013年12月11日修订，国务院令第644号）第二条";

    /** 春节 (正月初一), 清明, 端午 (五月初五), 中秋 (八月十五) of one year. */
    record LunarDates(LocalDate springFestival, LocalDate qingming, LocalDate dragonBoat, LocalDate midAutumn) {

        /** 除夕: the last day of the twelfth lunar month. */
        LocalDate newYearsEve() {
            return springFestival.minusDays(1);
        }
    }

    private static final Map<Integer, LunarDates> TABLE = new LinkedHashMap<>();

    static {
        //  year     春节 (初一)     清明           端午           中秋
        put(2021, "2021-02-12", "2021-04-04", "2021-06-14", "2021-09-21");
        put(2022, "2022-02-01", "2022-04-05", "2022-06-03", "2022-09-10");
        put(2023, "2023-01-22", "2023-04-05", "2023-06-22", "2023-09-29");
        put(2024, "2024-02-10", "2024-04-04", "2024-06-10", "2024-09-17");
        put(2025, "2025-01-29", "2025-04-04", "2025-05-31", "2025-10-06");
        put(2026, "2026-02-17", "2026-04-05", "2026-06-19", "2026-09-25");
        put(2027, "2027-02-06", "2027-04-05", "2027-06-09", "2027-09-15");
        put(2028, "2028-01-26", "2028-04-04", "2028-05-28", "2028-10-03");
        put(2029, "2029-02-13", "2029-04-04", "2029-06-16", "2029-09-22");
        put(2030, "2030-02-03", "2030-04-05", "2030-06-05", "2030-09-12");
        put(2031, "2031-01-23", "2031-04-05", "2031-06-24", "2031-10-01");
        put(2032, "2032-02-11", "2032-04-04", "2032-06-12", "2032-09-19");
        put(2033, "2033-01-31", "2033-04-04", "2033-06-01", "2033-09-08");
        put(2034, "2034-02-19", "2034-04-05", "2034-06-20", "2034-09-27");
        put(2035, "2035-02-08", "2035-04-05", "2035-06-10", "2035-09-16");
    }

    private StatutoryHolidays() {
    }

    private static void put(int year, String springFestival, String qingming, String dragonBoat, String midAutumn) {
        TABLE.put(year, new LunarDates(LocalDate.parse(springFestival), LocalDate.parse(qingming),
                LocalDate.parse(dragonBoat), LocalDate.parse(midAutumn)));
    }

    /** Whether the table has the year, i.e. an unloaded year can be counted provisionally. */
    public static boolean covers(int year) {
        return TABLE.containsKey(year);
    }

    /** The years of the table, in order. */
    public static List<Integer> years() {
        return List.copyOf(TABLE.keySet());
    }

    /**
     * The statutory holiday days of a year in date order, as STATUTORY_HOLIDAY rows named like the notices' (元旦,
     * 春节, …; "国庆节、中秋节" where the two coincide).
     *
     * @throws IllegalArgumentException for a year the table does not cover
     */
    public static List<CalendarDay> of(int year) {
        LunarDates lunar = lunarDates(year);
        Map<LocalDate, String> days = new LinkedHashMap<>();
        add(days, LocalDate.of(year, 1, 1), "元旦");
        LocalDate first = lunar.springFestival();
        if (year >= REVISION_2024) {
            add(days, lunar.newYearsEve(), "春节");
        }
        for (int i = 0; i < 3; i++) {
            add(days, first.plusDays(i), "春节");
        }
        add(days, lunar.qingming(), "清明节");
        add(days, LocalDate.of(year, 5, 1), "劳动节");
        if (year >= REVISION_2024) {
            add(days, LocalDate.of(year, 5, 2), "劳动节");
        }
        add(days, lunar.dragonBoat(), "端午节");
        for (int i = 1; i <= 3; i++) {
            add(days, LocalDate.of(year, 10, i), "国庆节");
        }
        add(days, lunar.midAutumn(), "中秋节");
        List<CalendarDay> rows = new ArrayList<>();
        days.forEach((date, name) -> rows.add(new CalendarDay(date, DayKind.STATUTORY_HOLIDAY, name)));
        rows.sort(Comparator.comparing(CalendarDay::date));
        return List.copyOf(rows);
    }

    /** The article of the law that fixes the statutory days of a year. */
    public static String legalBasis(int year) {
        return year >= REVISION_2024 ? LAW_2024 : LAW_2013;
    }

    static LunarDates lunarDates(int year) {
        LunarDates lunar = TABLE.get(year);
        if (lunar == null) {
            throw new IllegalArgumentException("the statutory holidays of " + year + " are not in the table ("
                    + FIRST_YEAR + "–" + LAST_YEAR + ")");
        }
        return lunar;
    }

    private static void add(Map<LocalDate, String> days, LocalDate date, String name) {
        days.merge(date, name, (a, b) -> a.equals(b) ? a : a + "、" + b);
    }
}
