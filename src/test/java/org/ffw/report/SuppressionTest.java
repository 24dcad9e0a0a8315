package org.ffw.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small-count rule on its own: primary (below 5, zero included) and secondary (derivable from the total). */
class SuppressionTest {

    private static boolean[] withheld(long total, long... districts) {
        Suppression.Column c = Suppression.column(districts, total);
        return c.districts();
    }

    @Test
    void counts_of_5_and_more_are_shown_below_5_withheld() {
        assertThat(withheld(30, 5, 10, 15)).containsExactly(false, false, false);
        assertThat(Suppression.column(new long[] {5, 10, 15}, 30).total()).isFalse();
    }

    @Test
    void a_small_total_withholds_the_total_and_every_district() {
        Suppression.Column c = Suppression.column(new long[] {4, 0}, 4);
        assertThat(c.total()).isTrue();
        assertThat(c.districts()).containsExactly(true, true);
    }

    @Test
    void one_withheld_district_takes_the_smallest_shown_one_with_it() {
        // 20 − 12 − 6 would give the 2
        assertThat(withheld(20, 12, 2, 6)).containsExactly(false, true, true);
    }

    @Test
    void withheld_districts_adding_up_to_fewer_than_5_take_one_more() {
        // 1 + 2 (+ 0) = 3 could be derived as a group: the 7 goes too
        assertThat(withheld(30, 1, 2, 0, 7, 20)).containsExactly(true, true, true, true, false);
    }

    @Test
    void withheld_districts_adding_up_to_5_or_more_are_safe_as_they_are() {
        assertThat(withheld(20, 4, 3, 5, 8)).containsExactly(true, true, false, false);
    }

    @Test
    void on_a_tie_the_first_district_goes() {
        assertThat(withheld(22, 2, 10, 10)).containsExactly(true, true, false);
    }
}
