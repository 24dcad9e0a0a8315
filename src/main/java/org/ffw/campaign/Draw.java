package org.ffw.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The draw of a campaign (双随机), pure: no Spring, no database, the same inputs give the same picks on any machine.
 * The algorithm, step by step as docs/campaigns.md publishes it (method {@value #METHOD}):
 *
 * <ol>
 *   <li>The population is sorted by credit code; {@link DrawRandom} starts at the seed.</li>
 *   <li>If the population is not larger than the sample, every employer is picked (part ALL) in that order and no
 *       random number is used for employers.</li>
 *   <li>Risk part: {@code k = round_half_up(n × s)}. For each employer with weight w &gt; 0, in population order, one
 *       {@code u = uniform()} and the key {@code u^(1/w)} (Efraimidis–Spirakis); the k largest keys are picked (ties:
 *       earlier in the population first), in descending key order. Fewer weighted employers than k: all of them.</li>
 *   <li>Random part: the employers not yet picked, in population order, as a list R; for j = 0 … m−1 (m = n − risk
 *       picks) {@code i = j + below(|R| − j)}, swap R[j] and R[i], pick R[j] (a partial Fisher–Yates shuffle).</li>
 *   <li>Inspectors, pick by pick in pick order, slot by slot: among the pick's district's inspectors (username order)
 *       not yet on this case, those with the fewest cases so far in this draw; {@code below(count)} of them.</li>
 * </ol>
 *
 * A recusal's replacement is {@link #replacement}: a fresh generator from the seed, the case number and the recusal's
 * number, one {@code below(count)} among the district's inspectors (username order) never on the case.
 */
public final class Draw {

    public static final String METHOD = "FFW-DRAW-1";

    /** One employer of the population: its weight is the sum of its risk signals' weights (0 without). */
    public record Candidate(String creditCode, String district, double weight, List<String> signals) {
        public Candidate {
            if (weight < 0 || Double.isNaN(weight) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("a weight is a finite number ≥ 0: " + creditCode);
            }
            signals = signals == null ? List.of() : List.copyOf(signals);
        }
    }

    /** How a pick was drawn. */
    public enum Part {
        /** Weighted by its risk signals. */
        RISK,
        /** Uniformly from the rest. */
        RANDOM,
        /** The population was not larger than the sample: everyone is inspected. */
        ALL
    }

    /** A drawn employer: why (the risk signals, or RANDOM, or ALL) and the inspectors drawn for it. */
    public record Pick(int ordinal, String creditCode, String district, Part part, List<String> why,
                       List<String> inspectors) {
    }

    /** The picks; {@code riskTarget} is k; {@code tookAll} when the population was not larger than the sample. */
    public record Result(List<Pick> picks, int riskTarget, boolean tookAll) {
    }

    private Draw() {
    }

    /** {@code round_half_up(n × s)}, computed in decimal. */
    public static int riskTarget(int sampleSize, BigDecimal riskShare) {
        return BigDecimal.valueOf(sampleSize).multiply(riskShare).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /**
     * Draws {@code sampleSize} employers and {@code perCase} inspectors for each.
     *
     * @param inspectors each district's enabled inspectors (any order: they are sorted); a district of a pick with
     *                   fewer than {@code perCase} inspectors is an {@link IllegalArgumentException}
     */
    public static Result run(List<Candidate> population, int sampleSize, BigDecimal riskShare, long seed,
                             Map<String, List<String>> inspectors, int perCase) {
        if (sampleSize < 1) {
            throw new IllegalArgumentException("the sample size is at least 1");
        }
        if (riskShare.signum() < 0 || riskShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the risk share is in [0, 1]");
        }
        List<Candidate> sorted = population.stream().sorted(Comparator.comparing(Candidate::creditCode)).toList();
        DrawRandom random = new DrawRandom(seed);
        int k = riskTarget(sampleSize, riskShare);
        List<Candidate> chosen = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        boolean all = sorted.size() <= sampleSize;
        if (all) {
            chosen.addAll(sorted);
            sorted.forEach(c -> parts.add(Part.ALL));
        } else {
            for (Candidate c : weighted(sorted, k, random)) {
                chosen.add(c);
                parts.add(Part.RISK);
            }
            Set<String> taken = new HashSet<>();
            chosen.forEach(c -> taken.add(c.creditCode()));
            List<Candidate> rest = new ArrayList<>(sorted.stream().filter(c -> !taken.contains(c.creditCode())).toList());
            int m = sampleSize - chosen.size();
            for (int j = 0; j < m; j++) {
                int i = j + random.below(rest.size() - j);
                Candidate swap = rest.get(j);
                rest.set(j, rest.get(i));
                rest.set(i, swap);
                chosen.add(rest.get(j));
                parts.add(Part.RANDOM);
            }
        }
        List<List<String>> pairs = inspectors(chosen, inspectors, perCase, random);
        List<Pick> picks = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Candidate c = chosen.get(i);
            List<String> why = switch (parts.get(i)) {
                case RISK -> c.signals();
                case RANDOM -> List.of(Part.RANDOM.name());
                case ALL -> List.of(Part.ALL.name());
            };
            picks.add(new Pick(i + 1, c.creditCode(), c.district(), parts.get(i), why, pairs.get(i)));
        }
        return new Result(List.copyOf(picks), k, all);
    }

    /** Efraimidis–Spirakis: the k largest keys u^(1/w) among the weighted, one u each in population order. */
    private static List<Candidate> weighted(List<Candidate> sorted, int k, DrawRandom random) {
        record Keyed(Candidate c, int index, double key) {
        }
        List<Keyed> keyed = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Candidate c = sorted.get(i);
            if (c.weight() > 0) {
                keyed.add(new Keyed(c, i, Math.pow(random.uniform(), 1.0 / c.weight())));
            }
        }
        return keyed.stream()
                .sorted(Comparator.comparingDouble(Keyed::key).reversed().thenComparingInt(Keyed::index))
                .limit(k).map(Keyed::c).toList();
    }

    /** Per pick, {@code perCase} distinct inspectors, each among the least loaded of the district not on the case. */
    private static List<List<String>> inspectors(List<Candidate> chosen, Map<String, List<String>> pools, int perCase,
                                                 DrawRandom random) {
        if (perCase < 1) {
            throw new IllegalArgumentException("at least one inspector per case");
        }
        Map<String, List<String>> sortedPools = new TreeMap<>();
        pools.forEach((d, p) -> sortedPools.put(d, p.stream().distinct().sorted().toList()));
        Map<String, Integer> load = new HashMap<>();
        List<List<String>> out = new ArrayList<>();
        for (Candidate c : chosen) {
            List<String> pool = sortedPools.getOrDefault(c.district(), List.of());
            if (pool.size() < perCase) {
                throw new IllegalArgumentException("district " + c.district() + " has " + pool.size()
                        + " inspectors; a case needs " + perCase);
            }
            List<String> pair = new ArrayList<>();
            for (int slot = 0; slot < perCase; slot++) {
                int least = pool.stream().filter(u -> !pair.contains(u)).mapToInt(u -> load.getOrDefault(u, 0))
                        .min().orElseThrow();
                List<String> candidates = pool.stream()
                        .filter(u -> !pair.contains(u) && load.getOrDefault(u, 0) == least).toList();
                String drawn = candidates.get(random.below(candidates.size()));
                pair.add(drawn);
                load.merge(drawn, 1, Integer::sum);
            }
            out.add(List.copyOf(pair));
        }
        return out;
    }

    /**
     * The replacement of the {@code recusalNo}-th recusal (1, 2, …) on a case: {@code below(count)} of
     * {@link DrawRandom#forRecusal} over the candidates in username order. Empty when there is no candidate.
     *
     * @param candidates the district's enabled inspectors never on the case (the caller excludes them)
     */
    public static java.util.Optional<String> replacement(long seed, String caseNo, int recusalNo,
                                                         List<String> candidates) {
        List<String> sorted = candidates.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(sorted.get(DrawRandom.forRecusal(seed, caseNo, recusalNo).below(sorted.size())));
    }

    /** How many picks each part will have for a population, before the draw (the preview's expected split). */
    public static Map<Part, Integer> expectedSplit(List<Candidate> population, int sampleSize, BigDecimal riskShare) {
        Map<Part, Integer> split = new LinkedHashMap<>();
        if (population.size() <= sampleSize) {
            split.put(Part.ALL, population.size());
            return split;
        }
        int weighted = (int) population.stream().filter(c -> c.weight() > 0).count();
        int risk = Math.min(riskTarget(sampleSize, riskShare), weighted);
        split.put(Part.RISK, risk);
        split.put(Part.RANDOM, sampleSize - risk);
        return split;
    }
}
