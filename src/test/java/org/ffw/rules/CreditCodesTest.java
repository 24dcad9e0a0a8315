package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixtures of REFERENCE.md §4.1. */
class CreditCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91512081MA62K0260E", "91110000802100433B", "91310115MA1H8R7C41",
            "91310115MA1AY4CL20", "91310104MA1K3P5Q2X"})
    void valid_codes(String code) {
        assertThat(CreditCodes.problem(code)).isEmpty();
        assertThat(CreditCodes.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "91350100M000100Y4Z, not allowed",
            "91310115MA1H8R7C6D, check character",
            "91310115MA1G4L1WXK, check character",
            "91310115MA1H8R7C4, 18 characters",
            "91310115MA1H8R7C411, 18 characters",
            "91310115MA1H8R7CI1, not allowed",
            "91310115ma1h8r7c41, not allowed",
            "9131011OMA1H8R7C41, not allowed",
    })
    void invalid_codes_say_why(String code, String reason) {
        assertThat(CreditCodes.problem(code)).hasValueSatisfying(p -> assertThat(p).contains(reason));
    }

    @Test
    void a_wrong_check_character_is_not_corrected() {
        // the right check character of 91310115MA1H8R7C4 is '1': saying so would make any 17 characters a valid code
        assertThat(CreditCodes.problem("91310115MA1H8R7C42")).hasValueSatisfying(p ->
                assertThat(p).contains("check character").doesNotContain("'1'", "should be"));
    }

    @Test
    void empty_is_required() {
        assertThat(CreditCodes.problem("")).contains("is required");
        assertThat(CreditCodes.problem(null)).contains("is required");
    }

    @Test
    void worked_example_of_the_standard() {
        assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        // Σ = 2170 = 70 × 31 → 31 → 0
        assertThat(CreditCodes.checkCharacter("91310115MA1AY4CL2")).isEqualTo('0');
    }

    @Test
    void normalize_trims_and_upper_cases() {
        assertThat(CreditCodes.normalize(" 91310115ma1h8r7c41 ")).isEqualTo("91310115MA1H8R7C41");
    }

    @Test
    void organisation_type_and_inner_code() {
        assertThat(CreditCodes.organisationType("91310115MA1H8R7C41")).isEqualTo("ENTERPRISE");
        assertThat(CreditCodes.organisationType("31310000MD0000000X")).isEqualTo("LAW_FIRM");
        assertThat(CreditCodes.organisationCodeValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCodes.organisationCodeValid("91512081MA62K0260E")).isTrue();
        assertThat(CreditCodes.organisationCodeValid("91110000802100433B")).isTrue();
    }
}
