package org.ffw.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ffw.platform.cases.IdentityScreen.Person;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.support.IdentityVariants;
import org.junit.jupiter.api.Test;

/** The screen of fields written for the employer: every variant of the complainant's identity is a hit. */
class IdentityScreenTest {

    static final Person OUYANG = new Person("欧阳小红", "31010119880808002X", "13800000001");
    static final Person LI = new Person("李娜", "310101198808080025", "13800000002");

    static List<String> variants(Person p) {
        return IdentityVariants.of(p.name(), p.residentId(), p.phone());
    }

    @Test
    void every_variant_is_found_inside_a_sentence() {
        for (String v : variants(OUYANG)) {
            assertThat(IdentityScreen.mentions(OUYANG, "经查，职工" + v + "反映单位未批准生育假。")).as(v).isTrue();
        }
        for (String v : variants(LI).stream().filter(v -> !v.equals("李娜".substring(1))).toList()) {
            assertThat(IdentityScreen.mentions(LI, "经查，职工" + v + "反映。")).as(v).isTrue();
        }
    }

    @Test
    void clean_text_passes_and_a_one_character_given_name_alone_is_no_hit() {
        assertThat(IdentityScreen.mentions(OUYANG, "单位未依法给予一名女职工60天生育假，请于2027年1月15日前补足。")).isFalse();
        // 娜 alone would block ordinary words; two characters or more are screened
        assertThat(IdentityScreen.mentions(LI, "安娜·卡列尼娜")).isFalse();
        assertThat(IdentityScreen.mentions(OUYANG, "小红")).isTrue();
        assertThat(IdentityScreen.mentions(OUYANG, null)).isFalse();
    }

    @Test
    void a_hit_is_a_400_naming_each_field() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("allegation", "职工欧阳 小红反映……");
        fields.put("requiredActions", "补足假期");
        fields.put("note", "电话 138 0000 0001");
        assertThatThrownBy(() -> IdentityScreen.require(OUYANG, fields))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(p -> p.field()).containsExactly("allegation", "note"));
    }
}
