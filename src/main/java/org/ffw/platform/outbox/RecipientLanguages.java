package org.ffw.platform.outbox;

import java.util.Locale;

/** The language a recipient reads notices in (implemented by the identity module: the account's). */
public interface RecipientLanguages {

    /** The account's language, or null when the recipient is no account (a phone number, say). */
    Locale of(String recipient);
}
