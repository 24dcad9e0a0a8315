package org.ffw.identity;

import java.util.Locale;

import org.ffw.platform.timeline.TimelineNotes;
import org.springframework.stereotype.Component;

/** A district in a timeline note ({@code Note.code("district", "310115")}): its name in the reader's language. */
@Component
class DistrictNoteLabels implements TimelineNotes.Labels {

    private final UserService users;

    DistrictNoteLabels(UserService users) {
        this.users = users;
    }

    @Override
    public String label(String group, String code, Locale locale) {
        if (!"district".equals(group)) {
            return null;
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return users.district(code)
                .map(d -> english && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh())
                .orElse(code);
    }
}
