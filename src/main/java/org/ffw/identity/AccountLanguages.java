package org.ffw.identity;

import java.util.Locale;

import org.ffw.platform.outbox.RecipientLanguages;
import org.ffw.platform.web.Languages;
import org.springframework.stereotype.Component;

/**
 * The language of an account's notices (app_user.language): read when a notice to it is queued, written when its
 * signed-in user switches language with {@code ?lang=} (only when it changes) and at registration.
 */
@Component
class AccountLanguages implements RecipientLanguages, Languages.Choices {

    private final UserMapper users;

    AccountLanguages(UserMapper users) {
        this.users = users;
    }

    @Override
    public Locale of(String recipient) {
        String code = users.language(recipient);
        return code == null ? null : Languages.fromCode(code);
    }

    @Override
    public void chose(String username, Locale language) {
        users.updateLanguage(username, Languages.code(language));
    }
}
