package org.ffw.platform.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ffw.platform.cases.Procedure;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's settings page (/admin/settings): every procedure's settings in words with their last change, a
 * change form per configurable setting (the problems beside its fields), and the history of changes.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SettingsPages {

    /** A procedure's section of the table. */
    record Section(Procedure procedure, List<Settings.Row> rows) {
    }

    /** The problems of the change form of one setting, field → words, and what was typed. */
    record Failed(String key, Map<String, String> errors, String value, String reason) {
    }

    private static final Map<String, String> OWN_WORDS = Map.of(
            Settings.NOT_A_NUMBER, "settings.problem.number",
            Settings.WHOLE, "settings.problem.whole",
            Settings.DECIMALS, "settings.problem.decimals",
            Settings.UNCHANGED, "settings.problem.unchanged");

    private final Settings settings;
    private final MessageSource messages;

    SettingsPages(Settings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/admin/settings")
    String page(Model model) {
        fill(model, null);
        return "admin/settings";
    }

    @PostMapping("/admin/settings/{key}")
    String change(@PathVariable String key, @RequestParam(defaultValue = "") String value,
                  @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes flash) {
        try {
            Settings.Row r = settings.change(CurrentUser.get(), key, value, reason);
            flash.addFlashAttribute("notice", messages.getMessage("settings.changed",
                    new Object[] {text(r.setting().labelKey()),
                            text("settings.unit." + r.setting().unit().name(), r.setting().plain(r.value()))},
                    Languages.current()));
            return "redirect:/admin/settings";
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem p : e.errors()) {
                errors.putIfAbsent(p.field(), words(p));
            }
            fill(model, new Failed(key, errors, value, reason));
            return "admin/settings";
        }
    }

    private void fill(Model model, Failed failed) {
        List<Settings.Row> rows = settings.table(CurrentUser.get());
        List<Section> sections = settings.procedures().stream()
                .map(p -> new Section(p, rows.stream().filter(r -> r.setting().procedure() == p).toList()))
                // the procedures with something to change first, those whose settings the law sets after them
                .sorted(java.util.Comparator.comparing(sec -> sec.rows().stream().allMatch(r -> r.setting().statutory())))
                .toList();
        model.addAttribute("sections", sections);
        model.addAttribute("history", settings.history(CurrentUser.get(), null, 50));
        model.addAttribute("failed", failed);
        Map<String, Setting> declared = new LinkedHashMap<>();
        rows.forEach(r -> declared.put(r.setting().key(), r.setting()));
        model.addAttribute("declared", declared);
    }

    private String words(FieldProblem p) {
        String own = OWN_WORDS.get(p.message());
        if (own != null) {
            return text(own);
        }
        if (p.message() != null && p.message().startsWith(Settings.STATUTORY)) {
            return text("settings.problem.statutory");
        }
        return FieldErrors.text(p.field(), p.message());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Languages.current());
    }
}
