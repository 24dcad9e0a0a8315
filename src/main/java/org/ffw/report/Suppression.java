package org.ffw.report;

import java.util.Arrays;

/**
 * The small-count rule of the published statistics (docs/statistics.md "Small counts"), for one column of a table:
 * the districts' counts and the city's total, which is their sum.
 * <ol>
 *   <li>Primary: a count below {@link #THRESHOLD} (zero included) is withheld ("&lt;5").</li>
 *   <li>Secondary: while the city's total is shown, the withheld districts together equal the total minus the shown
 *   ones. So while only one district is withheld, or the withheld districts add up to fewer than 5, the smallest
 *   count still shown is withheld too (the first district in order on a tie). Then no withheld count can be found
 *   by subtraction, nor can a small sum of them.</li>
 * </ol>
 * A figure based on a count (the share of a count, the median of its cases) is published only where that count is.
 */
final class Suppression {

    static final int THRESHOLD = 5;

    /** Which counts of a column are withheld: one flag per district (in the given order), and the total's. */
    record Column(boolean[] districts, boolean total) {
        boolean district(int i) {
            return districts[i];
        }
    }

    private Suppression() {
    }

    static boolean small(long count) {
        return count < THRESHOLD;
    }

    static Column column(long[] districts, long total) {
        boolean[] withheld = new boolean[districts.length];
        if (small(total)) {
            Arrays.fill(withheld, true); // each district is at most the total
            return new Column(withheld, true);
        }
        for (int i = 0; i < districts.length; i++) {
            withheld[i] = small(districts[i]);
        }
        while (true) {
            int count = 0;
            long sum = 0;
            int smallestShown = -1;
            for (int i = 0; i < districts.length; i++) {
                if (withheld[i]) {
                    count++;
                    sum += districts[i];
                } else if (smallestShown < 0 || districts[i] < districts[smallestShown]) {
                    smallestShown = i;
                }
            }
            boolean derivable = count == 1 || (count > 1 && small(sum));
            if (!derivable || smallestShown < 0) {
                return new Column(withheld, false);
            }
            withheld[smallestShown] = true;
        }
    }
}
