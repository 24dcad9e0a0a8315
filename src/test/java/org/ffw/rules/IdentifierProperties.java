package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Changing any one character of a valid identifier makes it invalid (single-error detection of both schemes). */
class IdentifierProperties {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Provide
    Arbitrary<String> creditCodes() {
        return Arbitraries.of(CreditCodes.ALPHABET.chars().mapToObj(c -> (char) c).toList())
                .list().ofSize(17)
                .map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.append(CreditCodes.checkCharacter(sb.toString())).toString();
                });
    }

    @Property(tries = 500)
    void a_generated_code_is_valid(@ForAll("creditCodes") String code) {
        assertThat(CreditCodes.isValid(code)).isTrue();
    }

    @Property(tries = 2000)
    void changing_one_character_of_a_credit_code_invalidates_it(@ForAll("creditCodes") String code,
            @ForAll @IntRange(min = 0, max = 17) int position, @ForAll @IntRange(min = 1, max = 30) int shift) {
        int idx = CreditCodes.ALPHABET.indexOf(code.charAt(position));
        char other = CreditCodes.ALPHABET.charAt((idx + shift) % 31);
        String changed = code.substring(0, position) + other + code.substring(position + 1);
        assertThat(CreditCodes.isValid(changed)).as(code + " → " + changed).isFalse();
    }

    @Provide
    Arbitrary<String> residentIds() {
        Arbitrary<String> area = Arbitraries.of("310101", "310104", "310115", "110105", "370101", "310103");
        Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 36000)
                .map(d -> LocalDate.of(1926, 1, 1).plusDays(d));
        Arbitrary<Integer> seq = Arbitraries.integers().between(0, 999);
        return Combinators.combine(area, birth, seq).as((a, b, s) -> {
            String first = a + b.toString().replace("-", "") + "%03d".formatted(s);
            return first + ResidentIds.checkCharacter(first);
        });
    }

    @Property(tries = 500)
    void a_generated_id_is_valid(@ForAll("residentIds") String id) {
        assertThat(ResidentIds.problem(id, TODAY)).isEmpty();
    }

    @Property(tries = 2000)
    void changing_one_character_of_a_resident_id_invalidates_it(@ForAll("residentIds") String id,
            @ForAll @IntRange(min = 0, max = 17) int position, @ForAll @IntRange(min = 1, max = 10) int shift) {
        String symbols = position == 17 ? "0123456789X" : "0123456789";
        int idx = symbols.indexOf(id.charAt(position));
        char other = symbols.charAt((idx + shift) % symbols.length());
        if (other == id.charAt(position)) {
            return;
        }
        String changed = id.substring(0, position) + other + id.substring(position + 1);
        assertThat(ResidentIds.isValid(changed, TODAY)).as(id + " → " + changed).isFalse();
    }
}
