package org.ffw.certification;

import java.util.Locale;

import org.ffw.identity.District;
import org.ffw.identity.UserService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words of the procedures' pages that depend on the reader's language and are not in the message bundle
 * i18n/procedures: a district's name, {@code ${@procedureText.district(v.district, v.districtName)}} — its English
 * name for an English reader, else the Chinese one the view carries.
 */
@Component("procedureText")
public class ProcedureText {

    private final UserService users;

    ProcedureText(UserService users) {
        this.users = users;
    }

    public String district(String code, String chinese) {
        if (code == null || !english()) {
            return chinese;
        }
        return users.district(code).map(District::nameEn).filter(n -> !n.isBlank()).orElse(chinese);
    }

    /** A district known only by its Chinese name (the public verification's view): its English name for English. */
    public String districtNamed(String chinese) {
        if (chinese == null || !english()) {
            return chinese;
        }
        return users.districts().stream().filter(d -> chinese.equals(d.nameZh())).map(District::nameEn)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(chinese);
    }

    /** The name of a district in a list of districts (the register's and the notices' filters). */
    public String district(District d) {
        return english() && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh();
    }

    static boolean english() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
