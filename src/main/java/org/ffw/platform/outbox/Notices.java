package org.ffw.platform.outbox;

import java.math.BigDecimal;
import java.util.Locale;

import org.ffw.platform.web.Languages;
import org.ffw.platform.web.PageFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Words a {@link Notice} in its recipient's language and queues it in the {@link Outbox}, in the caller's
 * transaction. The recipient's language: the account's ({@link RecipientLanguages}: chosen with {@code ?lang=} while
 * signed in, or at registration); for a recipient that is no account (a phone number), the language of the request
 * being handled, else Chinese. A message key the bundles lack fails the caller (a test finds it first).
 */
@Service
public class Notices {

    private final Outbox outbox;
    private final MessageSource messages;
    private final RecipientLanguages languages;

    Notices(Outbox outbox, MessageSource messages, RecipientLanguages languages) {
        this.outbox = outbox;
        this.messages = messages;
        this.languages = languages;
    }

    /** What a notice says in one language. */
    public record Worded(String subject, String body) {
    }

    /** Queues the notice to the recipient, worded in the recipient's language. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(String recipient, String caseNo, Notice notice) {
        queueIn(languageOf(recipient), recipient, caseNo, notice);
    }

    /** Queues the notice worded in the given language (a code to a phone: the language of the page that asked). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueIn(Locale language, String recipient, String caseNo, Notice notice) {
        Worded w = word(notice, language);
        outbox.enqueue(recipient, caseNo, notice.template(), w.subject(), w.body());
    }

    /** {@link Outbox#enqueueOnce} of the notice worded in the recipient's language; false when already queued. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queueOnce(String dedupKey, String recipient, String caseNo, Notice notice) {
        Worded w = word(notice, languageOf(recipient));
        return outbox.enqueueOnce(dedupKey, recipient, caseNo, notice.template(), w.subject(), w.body());
    }

    /** The account's language; for no account, the request's; else Chinese. */
    public Locale languageOf(String recipient) {
        Locale account = recipient == null ? null : languages.of(recipient);
        if (account != null) {
            return Languages.english(account) ? Languages.EN : Languages.ZH;
        }
        Locale request = Languages.ofRequest();
        return Languages.english(request) ? Languages.EN : Languages.ZH;
    }

    /** The notice's subject and body in a language. */
    public Worded word(Notice notice, Locale language) {
        Locale l = Languages.english(language) ? Languages.EN : Languages.ZH;
        Object[] args = notice.args().stream().map(a -> part(a, l)).toArray();
        return new Worded(messages.getMessage(notice.subjectKey(), args, l).strip(),
                messages.getMessage(notice.bodyKey(), args, l).strip());
    }

    private String part(Object a, Locale l) {
        if (a == null) {
            return "";
        }
        if (a instanceof Notice.Text t) {
            return messages.getMessage(t.key(), t.args().stream().map(x -> part(x, l)).toArray(), l);
        }
        if (a instanceof Notice.Label label) {
            if (label.code() == null) {
                return label.otherwise() == null ? "" : part(label.otherwise(), l);
            }
            String code = label.code() instanceof Enum<?> e ? e.name() : label.code().toString();
            String words = messages.getMessage(label.group() + "." + code, null, null, l);
            return words != null ? words : label.otherwise() != null ? part(label.otherwise(), l) : code;
        }
        if (a instanceof Notice.Day d) {
            return PageFormat.dateIn(l, d.value());
        }
        if (a instanceof Notice.Time t) {
            return PageFormat.timeIn(l, t.value());
        }
        if (a instanceof Notice.Words w) {
            String en = w.en() == null || w.en().isBlank() ? w.zh() : w.en();
            return Languages.english(l) ? en : w.zh();
        }
        if (a instanceof Notice.Join j) {
            StringBuilder s = new StringBuilder();
            j.parts().forEach(p -> s.append(part(p, l)));
            return s.toString();
        }
        if (a instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (a instanceof Enum<?> e) {
            return e.name();
        }
        return a.toString();
    }
}
