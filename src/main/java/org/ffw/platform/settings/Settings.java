package org.ffw.platform.settings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ffw.platform.cases.CaseOpened;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedures' settings: what each procedure declares ({@link SettingDeclarations}), the current values (a changed
 * one in setting_value, else the default), the administrator's changes with their history, and the values every new
 * case is opened under — recorded when the case registry opens it ({@link CaseOpened}), with a timeline note, and read
 * by the procedure through {@link #of(String)}: a change applies to the cases opened after it, never to open ones.
 */
@Service
public class Settings {

    /** Problems said in this package's words on the page ({@code settings.problem.*}). */
    static final String NOT_A_NUMBER = "must be a number";
    static final String WHOLE = "must be a whole number";
    static final String DECIMALS = "must have at most 2 decimal places";
    static final String UNCHANGED = "is the current value already";
    static final String STATUTORY = "is set by law and cannot be changed here";
    static final int REASON_MIN = 2;
    static final int REASON_MAX = 500;

    /** A setting with its current value and its last change (null when never changed). */
    public record Row(Setting setting, BigDecimal value, SettingChange lastChange) {
        public boolean isDefault() {
            return value.compareTo(setting.defaultValue()) == 0;
        }
    }

    private final SettingsMapper mapper;
    private final Timeline timeline;
    private final ObjectProvider<SettingDeclarations> declarations;

    /** The declarations are collected when first asked (their procedures read their values through this bean). */
    Settings(SettingsMapper mapper, Timeline timeline, ObjectProvider<SettingDeclarations> declarations) {
        this.mapper = mapper;
        this.timeline = timeline;
        this.declarations = declarations;
    }

    /** Every declared setting, in the order of the procedures, then as each procedure declares them. */
    public List<Setting> declared() {
        List<Setting> all = new ArrayList<>();
        declarations.orderedStream().forEach(d -> all.addAll(d.settings()));
        all.sort(Comparator.comparing(s -> s.procedure().ordinal()));
        return all;
    }

    private Map<String, Setting> byKey() {
        return declared().stream().collect(Collectors.toMap(Setting::key, Function.identity(), (a, b) -> {
            throw new IllegalStateException("setting " + a.key() + " is declared twice");
        }, LinkedHashMap::new));
    }

    public Optional<Setting> find(String key) {
        return Optional.ofNullable(byKey().get(key));
    }

    /** The settings page's table: every setting with its current value and last change. */
    public List<Row> table(FfwUser me) {
        requireAdmin(me);
        Map<String, BigDecimal> current = current();
        Map<String, SettingChange> last = mapper.lastChanges().stream()
                .collect(Collectors.toMap(SettingChange::settingKey, Function.identity()));
        return declared().stream().map(s -> new Row(s, s.statutory() ? s.defaultValue()
                : current.getOrDefault(s.key(), s.defaultValue()), last.get(s.key()))).toList();
    }

    /** The latest changes of every setting (or of one), newest first. */
    public List<SettingChange> history(FfwUser me, String key, int limit) {
        requireAdmin(me);
        if (key == null) {
            return mapper.changes(limit);
        }
        find(key).orElseThrow(() -> new NotFoundException("No such setting."));
        return mapper.changesOf(key, limit);
    }

    /**
     * The administrator changes a setting for the cases opened from now on: 400 for a statutory setting, a value
     * that is not a number, has too many decimals, lies outside the bounds or is the current one, and a missing or
     * too long reason — all problems at once, nothing stored.
     */
    @Transactional
    public Row change(FfwUser me, String key, String value, String reason) {
        requireAdmin(me);
        Setting s = find(key).orElseThrow(() -> new NotFoundException("No such setting."));
        if (s.statutory()) {
            throw new InvalidInputException("value", STATUTORY + " (" + s.source() + ")");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String locked = mapper.lock(key);
        BigDecimal old = locked == null ? s.defaultValue() : new BigDecimal(locked);
        BigDecimal v = parse(s, value, old, problems);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.add(new FieldProblem("reason", "is required"));
        } else if (why.length() < REASON_MIN) {
            problems.add(new FieldProblem("reason", "must have at least " + REASON_MIN + " characters"));
        } else if (why.length() > REASON_MAX) {
            problems.add(new FieldProblem("reason", "must have at most " + REASON_MAX + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now();
        String plain = s.plain(v);
        if (locked == null) {
            mapper.insert(key, plain, now);
        } else {
            mapper.update(key, plain, now);
        }
        SettingChange c = new SettingChange(0, key, s.plain(old), plain, why, me.getUsername(),
                me.displayName() == null ? me.getUsername() : me.displayName(), now);
        mapper.insertChange(c);
        return new Row(s, v, c);
    }

    private static BigDecimal parse(Setting s, String value, BigDecimal old, List<FieldProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("value", "is required"));
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("value", NOT_A_NUMBER));
            return null;
        }
        if (v.stripTrailingZeros().scale() > s.scale()) {
            problems.add(new FieldProblem("value", s.scale() == 0 ? WHOLE : DECIMALS));
        } else if (v.compareTo(s.min()) < 0) {
            problems.add(new FieldProblem("value", "must be at least " + s.min().stripTrailingZeros().toPlainString()));
        } else if (v.compareTo(s.max()) > 0) {
            problems.add(new FieldProblem("value", "must be at most " + s.max().stripTrailingZeros().toPlainString()));
        } else if (v.compareTo(old) == 0) {
            problems.add(new FieldProblem("value", UNCHANGED));
        }
        return v;
    }

    /** The value a case opened now gets (the changed one, else the default): for what is promised to the public. */
    public BigDecimal current(String key) {
        Setting s = find(key).orElseThrow(() -> new IllegalArgumentException("no setting " + key + " is declared"));
        String v = s.statutory() ? null : mapper.value(key);
        return v == null ? s.defaultValue() : new BigDecimal(v);
    }

    /** The values a case was opened under (defaults for a setting it has none of). */
    public CaseSettings of(String caseNo) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (SettingsMapper.KeyValue kv : mapper.caseValues(caseNo)) {
            values.put(kv.settingKey(), new BigDecimal(kv.settingValue()));
        }
        return new CaseSettings(caseNo, values, byKey());
    }

    /**
     * A new case: the current values of its procedure's configurable settings are its own from now on, and its
     * timeline says under which it runs (those that differ from the default with the default beside them).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void opened(CaseOpened event) {
        List<Setting> own = declared().stream()
                .filter(s -> s.procedure() == event.procedure() && !s.statutory()).toList();
        if (own.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> current = current();
        List<Object> parts = new ArrayList<>();
        for (Setting s : own) {
            BigDecimal v = current.getOrDefault(s.key(), s.defaultValue());
            mapper.insertCaseValue(event.caseNo(), s.key(), s.plain(v));
            if (!parts.isEmpty()) {
                parts.add(Note.of("settings.note.separator"));
            }
            Note amount = amount(s, v);
            parts.add(v.compareTo(s.defaultValue()) == 0
                    ? Note.of("settings.note.item", Note.code("setting", s.key()), amount)
                    : Note.of("settings.note.changed", Note.code("setting", s.key()), amount,
                    amount(s, s.defaultValue())));
        }
        timeline.recordAs(event.caseNo(), "system", null, "SETTINGS", null, null, Visibility.STAFF,
                Note.of("settings.note", Note.all(parts.toArray())));
    }

    /** A value in words with its unit ("20 个工作日", "50000.00 元"). */
    static Note amount(Setting s, BigDecimal v) {
        return Note.of("settings.unit." + s.unit().name(), Note.text(s.plain(v)));
    }

    private Map<String, BigDecimal> current() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (SettingsMapper.KeyValue kv : mapper.values()) {
            m.put(kv.settingKey(), new BigDecimal(kv.settingValue()));
        }
        return m;
    }

    private static void requireAdmin(FfwUser me) {
        if (me == null || !me.has(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator reads and changes the procedures' settings.");
        }
    }

    /** The procedure of every declared setting, in order (the page's sections). */
    public List<Procedure> procedures() {
        return declared().stream().map(Setting::procedure).distinct().toList();
    }
}
