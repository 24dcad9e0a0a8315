package org.ffw.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ffw.campaign.Draw.Candidate;
import org.ffw.campaign.Draw.Part;
import org.ffw.campaign.Draw.Pick;
import org.junit.jupiter.api.Test;

/** The draw on its own: reproducible, uniform, weighted as configured, inspectors spread, recusal deterministic. */
class DrawTest {

    static final Map<String, List<String>> POOL = Map.of("310115", List.of("i4", "i2", "i1", "i3"));

    /** n employers C00…, the first {@code w2} of weight 2, the next {@code w1} of weight 1, the rest 0. */
    static List<Candidate> population(int n, int w2, int w1) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double w = i < w2 ? 2 : i < w2 + w1 ? 1 : 0;
            out.add(new Candidate(String.format("C%03d", i), "310115", w,
                    w > 0 ? List.of("SUBSTANTIATED_COMPLAINT") : List.of()));
        }
        return out;
    }

    @Test
    void the_generator_is_splitmix64_as_documented() {
        // the published first output of SplitMix64 from state 0
        assertThat(new DrawRandom(0).next()).isEqualTo(0xE220A8397B1DCDAFL);
        DrawRandom r = new DrawRandom(42);
        for (int i = 0; i < 1000; i++) {
            double u = r.uniform();
            assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
        }
    }

    @Test
    void same_seed_same_picks_and_pairs_other_seed_other_picks() {
        var pop = population(50, 5, 5);
        var a = Draw.run(pop, 10, new BigDecimal("0.5"), 123456789L, POOL, 2);
        var shuffled = new ArrayList<>(pop);
        java.util.Collections.reverse(shuffled);
        var b = Draw.run(shuffled, 10, new BigDecimal("0.5"), 123456789L, POOL, 2);
        assertThat(b).isEqualTo(a);
        var c = Draw.run(pop, 10, new BigDecimal("0.5"), 987654321L, POOL, 2);
        assertThat(c.picks().stream().map(Pick::creditCode).toList())
                .isNotEqualTo(a.picks().stream().map(Pick::creditCode).toList());
        assertThat(a.picks()).hasSize(10).extracting(Pick::creditCode).doesNotHaveDuplicates();
    }

    @Test
    void without_risk_every_employer_is_equally_likely_chi_square() {
        var pop = population(50, 0, 0);
        Map<String, Integer> counts = new HashMap<>();
        int draws = 2000;
        for (long seed = 1; seed <= draws; seed++) {
            for (Pick p : Draw.run(pop, 10, BigDecimal.ZERO, seed, POOL, 2).picks()) {
                assertThat(p.part()).isEqualTo(Part.RANDOM);
                counts.merge(p.creditCode(), 1, Integer::sum);
            }
        }
        double expected = draws * 10 / 50.0;
        double chi2 = pop.stream().mapToDouble(c -> {
            double o = counts.getOrDefault(c.creditCode(), 0);
            return (o - expected) * (o - expected) / expected;
        }).sum();
        // chi-square with 49 degrees of freedom: the 0.999 quantile is 85.35
        assertThat(chi2).isLessThan(85.35);
        // and not suspiciously perfect either (0.001 quantile: 23.98) — a draw that cycles would pass the first test
        assertThat(chi2).isGreaterThan(23.98);
    }

    @Test
    void the_risk_part_is_round_n_times_s_and_only_weighted_employers() {
        var pop = population(50, 5, 5);
        for (long seed = 1; seed <= 200; seed++) {
            var r = Draw.run(pop, 9, new BigDecimal("0.5"), seed, POOL, 2);
            assertThat(r.riskTarget()).isEqualTo(5); // round_half_up(4.5)
            List<Pick> risk = r.picks().stream().filter(p -> p.part() == Part.RISK).toList();
            assertThat(risk).hasSize(5).allSatisfy(p -> assertThat(Integer.parseInt(p.creditCode().substring(1)))
                    .isLessThan(10));
            assertThat(risk).allSatisfy(p -> assertThat(p.why()).containsExactly("SUBSTANTIATED_COMPLAINT"));
            assertThat(r.picks().stream().filter(p -> p.part() == Part.RANDOM)).hasSize(4)
                    .allSatisfy(p -> assertThat(p.why()).containsExactly("RANDOM"));
        }
        // fewer weighted employers than k: all of them, the rest at random
        var few = Draw.run(population(50, 1, 1), 10, BigDecimal.ONE, 7L, POOL, 2);
        assertThat(few.picks().stream().filter(p -> p.part() == Part.RISK)).hasSize(2);
        assertThat(few.picks()).hasSize(10);
    }

    @Test
    void weight_two_is_drawn_about_twice_as_often_as_weight_one() {
        // the first key of Efraimidis–Spirakis is the employer with probability w / Σw exactly
        var pop = population(40, 10, 10);
        int twos = 0;
        int ones = 0;
        int[] inRisk = new int[40];
        for (long seed = 1; seed <= 4000; seed++) {
            var picks = Draw.run(pop, 10, new BigDecimal("0.5"), seed, POOL, 2).picks();
            int first = Integer.parseInt(picks.get(0).creditCode().substring(1));
            if (first < 10) {
                twos++;
            } else {
                ones++;
            }
            picks.stream().filter(p -> p.part() == Part.RISK)
                    .forEach(p -> inRisk[Integer.parseInt(p.creditCode().substring(1))]++);
        }
        assertThat(twos + ones).isEqualTo(4000);
        assertThat((double) twos / ones).isBetween(1.75, 2.3);
        int heavy = 0;
        int light = 0;
        for (int i = 0; i < 10; i++) {
            heavy += inRisk[i];
            light += inRisk[10 + i];
        }
        // 5 of 20 without replacement: more often, less than twice (the heavy ones saturate)
        assertThat(heavy).isGreaterThan(light * 3 / 2);
        for (int i = 20; i < 40; i++) {
            assertThat(inRisk[i]).isZero();
        }
    }

    @Test
    void a_small_population_is_taken_whole() {
        var r = Draw.run(population(5, 1, 0), 10, new BigDecimal("0.5"), 1L, POOL, 2);
        assertThat(r.tookAll()).isTrue();
        assertThat(r.picks()).hasSize(5).allSatisfy(p -> {
            assertThat(p.part()).isEqualTo(Part.ALL);
            assertThat(p.why()).containsExactly("ALL");
        });
    }

    @Test
    void inspectors_are_distinct_pairs_and_the_load_is_spread() {
        var r = Draw.run(population(50, 0, 0), 10, BigDecimal.ZERO, 99L, POOL, 2);
        Map<String, Integer> load = new HashMap<>();
        for (Pick p : r.picks()) {
            assertThat(p.inspectors()).hasSize(2).doesNotHaveDuplicates();
            p.inspectors().forEach(u -> load.merge(u, 1, Integer::sum));
        }
        assertThat(load).containsOnlyKeys("i1", "i2", "i3", "i4");
        assertThat(load.values()).allSatisfy(n -> assertThat(n).isEqualTo(5));
        // the pairs vary with the seed
        var other = Draw.run(population(50, 0, 0), 10, BigDecimal.ZERO, 100L, POOL, 2);
        assertThat(other.picks().stream().map(Pick::inspectors).toList())
                .isNotEqualTo(r.picks().stream().map(Pick::inspectors).toList());
        assertThatThrownBy(() -> Draw.run(population(5, 0, 0), 2, BigDecimal.ZERO, 1L,
                Map.of("310115", List.of("only")), 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("310115");
    }

    @Test
    void a_recusal_replacement_is_deterministic_among_the_candidates_and_refused_when_none() {
        List<String> candidates = List.of("i5", "i3", "i4");
        String first = Draw.replacement(5L, "LI2027000001", 1, candidates).orElseThrow();
        assertThat(candidates).contains(first);
        assertThat(Draw.replacement(5L, "LI2027000001", 1, List.of("i4", "i5", "i3"))).contains(first);
        // across cases and recusal numbers every candidate comes up
        var seen = new java.util.HashSet<String>();
        for (int n = 1; n <= 50; n++) {
            seen.add(Draw.replacement(5L, "LI2027000001", n, candidates).orElseThrow());
        }
        assertThat(seen).containsExactlyInAnyOrder("i3", "i4", "i5");
        assertThat(Draw.replacement(5L, "LI2027000001", 1, List.of())).isEmpty();
    }
}
