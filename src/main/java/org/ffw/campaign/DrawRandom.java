package org.ffw.campaign;

import java.nio.charset.StandardCharsets;

/**
 * The random numbers of a draw, written out so that anyone can re-run it in any language (docs/campaigns.md):
 * SplitMix64 (Steele, Lea, Flood 2014) over a 64-bit state that starts at the seed.
 *
 * <pre>
 * next():   state += 0x9E3779B97F4A7C15; z = state
 *           z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9
 *           z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
 *           return z ^ (z >>> 31)                      (all arithmetic modulo 2^64)
 * uniform(): (next() >>> 11) / 2^53                    (a double in [0, 1))
 * below(m):  floor(uniform() * m)                      (an integer in [0, m))
 * </pre>
 */
final class DrawRandom {

    private long state;

    DrawRandom(long seed) {
        this.state = seed;
    }

    /** The generator of a recusal's replacement: seed XOR FNV-1a-64 of the UTF-8 text {@code caseNo + "/" + n}. */
    static DrawRandom forRecusal(long seed, String caseNo, int recusalNo) {
        return new DrawRandom(seed ^ fnv1a64(caseNo + "/" + recusalNo));
    }

    long next() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    double uniform() {
        return (next() >>> 11) * 0x1.0p-53;
    }

    int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) (uniform() * bound);
    }

    /** FNV-1a, 64 bits: offset basis 0xCBF29CE484222325, prime 0x100000001B3, over the bytes. */
    static long fnv1a64(String text) {
        long h = 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
