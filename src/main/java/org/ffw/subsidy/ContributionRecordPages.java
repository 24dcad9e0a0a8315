package org.ffw.subsidy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.Languages;
import org.ffw.platform.web.NotFoundException;
import org.ffw.platform.web.PageFormat;
import org.ffw.subsidy.ContributionImports.Rejection;
import org.ffw.subsidy.ContributionImports.Replace;
import org.ffw.subsidy.ContributionImports.Report;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The administrator's page for the agency's contribution records ({@code /admin/contribution-records}): upload a
 * CSV file, read the import's report (Post/Redirect/Get to {@code /admin/contribution-records/imports/{id}}), see
 * the past imports. Through the same service as the API; in the page's language: the file's problems and the
 * rejected rows' reasons in Chinese from the tables below, in English as the service says them.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ContributionRecordPages {

    private static final int RECENT = 20;

    private final ContributionImports imports;
    private final PageFormat fmt;

    ContributionRecordPages(ContributionImports imports, PageFormat fmt) {
        this.imports = imports;
        this.fmt = fmt;
    }

    /** A rejected row's problem as the page shows it. */
    record RejectionView(int line, String field, String reason) {
    }

    @GetMapping("/admin/contribution-records")
    String page(Model model) {
        return page(model, null, Replace.MONTHS);
    }

    @PostMapping("/admin/contribution-records")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "replace", defaultValue = "MONTHS") Replace replace, Model model,
                  HttpServletResponse response) {
        try {
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank())) {
                throw new InvalidInputException("file", "is required");
            }
            Report report = imports.importFile(file.getOriginalFilename(), ContributionRecordController.bytes(file),
                    replace, CurrentUser.actorName());
            return "redirect:/admin/contribution-records/imports/" + report.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String why = e.errors().stream().map(FieldProblem::message).map(ContributionRecordPages::fileProblem)
                    .reduce((a, b) -> a + fmt.message("work.flash.reasonSeparator") + b).orElse("");
            return page(model, why, replace);
        }
    }

    @GetMapping("/admin/contribution-records/imports/{id}")
    String report(@PathVariable long id, Model model) {
        Report report = imports.find(id).orElseThrow(() -> new NotFoundException("No contribution import with this id."));
        model.addAttribute("report", report);
        model.addAttribute("rejections", report.rejections().stream().map(this::view).toList());
        model.addAttribute("maxListed", imports.limits().maxListedRejections());
        return "subsidy/contribution-import";
    }

    private String page(Model model, String fileError, Replace replace) {
        ContributionProperties limits = imports.limits();
        model.addAttribute("fileError", fileError);
        model.addAttribute("replace", replace == null ? Replace.MONTHS : replace);
        model.addAttribute("replaceOptions", List.of(Replace.MONTHS, Replace.EMPLOYER_MONTHS));
        model.addAttribute("maxBytes", Math.min(limits.maxFileSize().toBytes(), 10L * 1024 * 1024));
        model.addAttribute("maxMegabytes", Math.min(limits.maxFileSize().toMegabytes(), 10));
        model.addAttribute("maxRows", limits.maxRows());
        model.addAttribute("earliestMonth", limits.earliestMonth().toString());
        model.addAttribute("header", ContributionCsv.HEADER);
        model.addAttribute("imports", imports.imports(0, RECENT));
        return "subsidy/contribution-records";
    }

    /** A rejected row as the page shows it: the column by its name (work.records.column.*), the reason. */
    RejectionView view(Rejection r) {
        return new RejectionView(r.line(), fmt.messageOr("work.records.column." + r.field(), r.field()),
                reason(r.field(), r.message()));
    }

    // the Chinese of ContributionCsv's reasons; the identifiers' and the common phrasings come from FieldErrors

    private static final Map<Pattern, String> REASONS = new LinkedHashMap<>();
    private static final Map<Pattern, String> FILE = new LinkedHashMap<>();

    static {
        REASONS.put(Pattern.compile("has (\\d+) values, the header has (\\d+)"), "本行有 $1 列，表头有 $2 列");
        REASONS.put(Pattern.compile("same creditCode, residentId and month as lines? (.*)"),
                "与第 $1 行重复（同一单位、同一职工、同一月份），重复的各行均未导入");
        REASONS.put(Pattern.compile("must be a month as yyyy-MM.*"), "应为“年-月”，如 2026-03");
        REASONS.put(Pattern.compile("must not be after the current month \\((.*)\\)"), "不能晚于本月（$1）");
        REASONS.put(Pattern.compile("must not be before (\\S+) .*"), "不能早于 $1（补贴政策覆盖的第一个月）");
        REASONS.put(Pattern.compile("is required \\(0 when nothing was paid\\)"), "此项必填（未缴纳的填 0）");
        REASONS.put(Pattern.compile("must be a number in yuan.*"), "应为以元为单位的数字，如 1234.56（不带千分位、不带单位）");
        REASONS.put(Pattern.compile("must not be negative"), "不能为负数");

        FILE.put(Pattern.compile("is required"), "请选择要导入的文件");
        FILE.put(Pattern.compile("is empty"), "文件为空");
        FILE.put(Pattern.compile("is larger than (\\d+) MB"), "文件超过 $1 MB");
        FILE.put(Pattern.compile("is not UTF-8 text.*"), "文件不是 UTF-8 编码：请在 Excel 中选择“另存为 → CSV UTF-8（逗号分隔）”后重新导入");
        FILE.put(Pattern.compile("must begin with the header line (\\S+)(; missing: ([^;]*))?(; not expected: (.*))?"),
                "第一行应为表头 $1（缺少：$3；多出：$5）");
        FILE.put(Pattern.compile("has more than (\\d+) rows.*"), "超过 $1 行：请拆分为几个文件分别导入（见下方“重新导入”的说明）");
        FILE.put(Pattern.compile("is not a valid CSV file \\(broken quoting near line (\\S+)\\)"),
                "不是有效的 CSV 文件：第 $1 行附近的引号不成对");
    }

    /** The reason of a rejected row's problem in the page's language (in English: the service's). */
    static String reason(String field, String message) {
        if (Languages.english(Languages.current())) {
            return english(message);
        }
        String zh = match(REASONS, message);
        return zh != null ? zh : FieldErrors.zh(field, message);
    }

    /** A problem with the whole file in the page's language (in English: the service's). */
    static String fileProblem(String message) {
        if (Languages.english(Languages.current())) {
            return english(message);
        }
        String zh = match(FILE, message);
        if (zh != null) {
            // a header problem names only what it has: drop the empty parts
            return zh.replace("缺少：；", "").replace("；多出：）", "）").replace("（缺少：）", "").replace("（）", "");
        }
        return FieldErrors.zh("file", message);
    }

    /** The service's own words, as a sentence ("Must not be negative"). */
    private static String english(String message) {
        String m = message == null ? "" : message.strip();
        return m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    private static String match(Map<Pattern, String> phrases, String message) {
        for (Map.Entry<Pattern, String> e : phrases.entrySet()) {
            Matcher m = e.getKey().matcher(message == null ? "" : message.strip());
            if (m.matches()) {
                String text = e.getValue();
                for (int g = 9; g >= 1; g--) {
                    text = text.replace("$" + g, g <= m.groupCount() && m.group(g) != null ? m.group(g) : "");
                }
                return text;
            }
        }
        return null;
    }
}
