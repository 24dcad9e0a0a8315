package org.ffw.platform.settings;

import org.ffw.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The procedures' settings for administrators: the table, a change (with its reason) and the history. */
@RestController
@RequestMapping("/api/v1/admin/settings")
@PreAuthorize("hasRole('ADMIN')")
class SettingsController {

    /** A change: the new value (a number, or its digits as text) and why. */
    record ChangeRequest(String value, String reason) {
    }

    record Change(long id, String key, String label, String oldValue, String newValue, String reason,
                  String changedBy, Instant changedAt) {
    }

    record LastChange(String by, Instant at) {
    }

    record Row(String key, String procedure, String procedureLabel, String label, BigDecimal value,
               String valueWords, String unit, BigDecimal min, BigDecimal max, BigDecimal defaultValue,
               boolean statutory, String source, LastChange lastChange) {
    }

    private final Settings settings;
    private final MessageSource messages;

    SettingsController(Settings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    List<Row> table() {
        return settings.table(CurrentUser.get()).stream().map(this::row).toList();
    }

    @PutMapping("/{key}")
    Row change(@PathVariable String key, @RequestBody ChangeRequest body) {
        Settings.Row r = settings.change(CurrentUser.get(), key, body.value(), body.reason());
        return row(r);
    }

    @GetMapping("/history")
    List<Change> history(@RequestParam(defaultValue = "100") @Min(1) @Max(Paging.MAX_LIMIT) int limit) {
        return settings.history(CurrentUser.get(), null, Math.max(1, Math.min(limit, 500))).stream()
                .map(this::change).toList();
    }

    @GetMapping("/{key}/history")
    List<Change> historyOf(@PathVariable String key, @RequestParam(defaultValue = "100") @Min(1) @Max(Paging.MAX_LIMIT) int limit) {
        return settings.history(CurrentUser.get(), key, Math.max(1, Math.min(limit, 500))).stream()
                .map(this::change).toList();
    }

    private Row row(Settings.Row r) {
        Setting s = r.setting();
        SettingChange c = r.lastChange();
        return new Row(s.key(), s.procedure().name(), text("settings.procedure." + s.procedure().name()),
                text(s.labelKey()), r.value(), text("settings.unit." + s.unit().name(), s.plain(r.value())),
                s.unit().name(), s.min(), s.max(), s.defaultValue(), s.statutory(), s.source(),
                c == null ? null : new LastChange(c.changedByName(), c.changedAt()));
    }

    private Change change(SettingChange c) {
        return new Change(c.id(), c.settingKey(), text("setting." + c.settingKey()), c.oldValue(), c.newValue(),
                c.reason(), c.changedByName(), c.changedAt());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Languages.current());
    }
}
