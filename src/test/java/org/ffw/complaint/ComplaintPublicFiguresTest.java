package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The median from a distribution of working days (days → how many cases), as the published figure takes it. */
class ComplaintPublicFiguresTest {

    private static TreeMap<Integer, Long> distribution(long... daysThenCases) {
        TreeMap<Integer, Long> d = new TreeMap<>();
        for (int i = 0; i < daysThenCases.length; i += 2) {
            d.put((int) daysThenCases[i], daysThenCases[i + 1]);
        }
        return d;
    }

    @Test
    void an_odd_number_of_cases_has_the_middle_one() {
        // 3 3 3 10 40
        assertThat(ComplaintPublicFigures.median(distribution(3, 3, 10, 1, 40, 1), 5)).isEqualByComparingTo("3");
    }

    @Test
    void an_even_number_has_the_mean_of_the_two_middle_ones() {
        // 1 2 | 4 9
        assertThat(ComplaintPublicFigures.median(distribution(1, 1, 2, 1, 4, 1, 9, 1), 4)).isEqualByComparingTo("3");
        // 2 | 5 (one of each)
        assertThat(ComplaintPublicFigures.median(distribution(2, 1, 5, 1), 2)).isEqualByComparingTo("3.5");
        // both middle ones in one group: 7 7 7 7 20 20
        assertThat(ComplaintPublicFigures.median(distribution(7, 4, 20, 2), 6)).isEqualByComparingTo("7");
    }

    @Test
    void no_case_has_no_median() {
        assertThat(ComplaintPublicFigures.median(new TreeMap<>(), 0)).isNull();
    }
}
