package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixtures of REFERENCE.md §4.2. */
class ResidentIdsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "513101198201130014", "370101190102039973", "310115199003071239",
            "310101198808080025", "31010419951205004X", "310115199204150021"})
    void valid_ids(String id) {
        assertThat(ResidentIds.problem(id, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "110105194912310021, check character",
            "11010519491231002, 18 characters",
            "1101051949123100211, 18 characters",
            "11010519491331002X, real date",
            "11010520991231002X, not plausible",
            "1101051949123100A2, must be a digit",
            "11010519491231002Y, digit or X",
    })
    void invalid_ids_say_why(String id, String reason) {
        assertThat(ResidentIds.problem(id, TODAY)).hasValueSatisfying(p -> assertThat(p).contains(reason));
    }

    @Test
    void a_wrong_check_character_is_not_corrected() {
        assertThat(ResidentIds.problem("110105194912310021", TODAY)).hasValueSatisfying(p ->
                assertThat(p).contains("check character").doesNotContain("'X'", "should be"));
    }

    @Test
    void appendix_a_example_has_check_x() {
        assertThat(ResidentIds.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void lower_case_x_is_accepted_and_stored_upper_case() {
        assertThat(ResidentIds.normalize("11010519491231002x")).isEqualTo("11010519491231002X");
        assertThat(ResidentIds.problem(ResidentIds.normalize("11010519491231002x"), TODAY)).isEmpty();
    }

    @Test
    void obsolete_shanghai_address_codes_are_not_rejected() {
        String luwan = "31010319900101002";
        assertThat(ResidentIds.problem(luwan + ResidentIds.checkCharacter(luwan), TODAY)).isEmpty();
    }

    @Test
    void sex_digit_and_mask() {
        assertThat(ResidentIds.isFemale("310101198808080025")).isTrue();
        assertThat(ResidentIds.isFemale("310115199003071239")).isFalse();
        assertThat(ResidentIds.mask("310101198808080025")).isEqualTo("3101**********0025");
    }
}
