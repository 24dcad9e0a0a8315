package org.ffw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.ffw.rules.CreditCodes;
import org.ffw.rules.ResidentIds;
import org.junit.jupiter.api.Test;

/** Pages say every validation problem in Chinese, name the identifier a field holds, and never correct a code. */
class FieldErrorsTest {

    static String zh(String field, String message) {
        return FieldErrors.of(List.of(new FieldProblem(field, message))).all().get(0).zh();
    }

    @Test
    void a_wrong_check_character_says_the_code_is_wrong_without_the_right_one() {
        String code = CreditCodes.problem("91310115MA1H8R7C42").orElseThrow(); // the right one is '1'
        assertThat(code).contains("check character").doesNotContain("'1'");
        assertThat(zh("employerCreditCode", code)).isEqualTo("统一社会信用代码不正确（校验位不符），请逐位核对");
        String id = ResidentIds.problem("110105194912310021", LocalDate.of(2026, 11, 28)).orElseThrow(); // 'X'
        assertThat(id).contains("check character").doesNotContain("'X'");
        assertThat(zh("residentId", id)).isEqualTo("公民身份号码不正确（校验位不符），请逐位核对");
    }

    @Test
    void identifiers_are_named_by_the_field_that_holds_them() {
        assertThat(zh("creditCode", "must have 18 characters, has 17")).isEqualTo("统一社会信用代码应为 18 位（现为 17 位）");
        assertThat(zh("residentId", "must have 18 characters, has 17")).isEqualTo("公民身份号码应为 18 位（现为 17 位）");
        assertThat(zh("employerCreditCode", "character 9 ('I') is not allowed (digits and capital letters without "
                + "I, O, Z, S, V)")).isEqualTo("统一社会信用代码第 9 位不能是“I”（只能是数字和除 I、O、Z、S、V 以外的大写字母）");
    }

    @Test
    void every_message_is_chinese_even_one_this_version_does_not_know() {
        assertThat(zh("childBirthDate", "is required for BIRTH")).isEqualTo("此类假期须填写子女出生日期");
        assertThat(zh("decision", "is required (决定)")).isEqualTo("此项必填");
        assertThat(zh("decision", "must be one of [ACCEPT, REJECT]")).isEqualTo("请从给出的选项中选择");
        assertThat(zh("x", "something nobody phrased before")).isEqualTo("填写有误，请核对");
        assertThat(FieldErrors.zh(null)).isEmpty();
    }
}
