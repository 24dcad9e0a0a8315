package org.ffw.identity;

import java.util.ArrayList;
import java.util.List;

import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of the accounts pages and API answers, from the bundle i18n/accounts in the caller's language: a field
 * problem is said once, the same to the page and to the API's problem+json.
 */
@Component
public class AccountText {

    private final MessageSource messages;

    AccountText(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Collects field problems; {@link #throwIfAny()} refuses the command before anything is stored. */
    public Problems problems() {
        return new Problems();
    }

    public final class Problems {
        private final List<FieldProblem> list = new ArrayList<>();

        public Problems add(String field, String key, Object... args) {
            if (list.stream().noneMatch(p -> p.field().equals(field))) {
                list.add(new FieldProblem(field, get(key, args)));
            }
            return this;
        }

        public boolean has(String field) {
            return list.stream().anyMatch(p -> p.field().equals(field));
        }

        public boolean isEmpty() {
            return list.isEmpty();
        }

        public void throwIfAny() {
            if (!list.isEmpty()) {
                throw new InvalidInputException(list);
            }
        }
    }

    /** An InvalidInputException of one field, said in the caller's language. */
    public InvalidInputException invalid(String field, String key, Object... args) {
        return new InvalidInputException(field, get(key, args));
    }
}
