package org.ffw.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Validation problems as a page shows them: next to their field, in the page's language. In Chinese the services'
 * known phrasings each have their Chinese text and anything else is said in general words (never the service's
 * English); in English the service's own phrasing is shown (it is English). The API says them the same way in the
 * caller's language ({@link ApiExceptionHandler}). Pages get the problems from the same {@link InvalidInputException}
 * the API turns into problem+json.
 */
public final class FieldErrors {

    /** One problem as a page shows it: the field and the text in the page's language. */
    public record Message(String field, String text) {
        /** The text (named so from when pages were in Chinese only; in English it is the English text). */
        public String zh() {
            return text;
        }
    }

    /** Said of a problem whose phrasing is not known here: the page never shows the service's English. */
    static final String UNKNOWN = "填写有误，请核对";

    private static final FieldErrors NONE = new FieldErrors(List.of());

    /** Known phrasings of the services and of Bean Validation, and how to say them in Chinese. */
    private static final Map<Pattern, String> ZH = new LinkedHashMap<>();

    static {
        // complaints taken down by staff and collective complaints (complaint.ComplaintParties)
        say("is required for a complaint taken down by staff.*", "代为登记的投诉须填写投诉人的姓名、公民身份号码和手机号码");
        say("district staff lodge on behalf of a person.*", "工作人员代为登记的，请选择窗口受理、12333热线或来信");
        say("is for district staff lodging a complaint.*", "仅工作人员代为登记时填写");
        say("differs from onBehalfOf.phone.*", "与投诉人的手机号码不一致");
        say("each line: name, resident ID number.*", "每行填写一人：姓名、公民身份号码，以及子女出生日期（可不填）");
        say("is the lodger's own.*", "这是投诉人本人：请只填写其他受影响的职工");
        say("is listed twice", "重复填写");
        say("must not be before openedFrom", "不能早于开始日期");
        say("give at least 2 characters of the name", "请至少输入单位名称中的 2 个字，或完整的统一社会信用代码");
        say("matches more than (\\d+) employers: give more of the name", "符合的单位超过 $1 家，请输入更完整的名称");
        say("is not a procedure|is not a status code|needs a procedure", "请从给出的选项中选择");
        say("are elected by the employees of a collective complaint.*", "只有集体投诉才推选代表：请先填写其他受影响的职工");
        say("is not an active employee account", "不是有效的职工账户");
        say("must be one of the affected employees.*", "代表须是受影响的职工之一（按公民身份号码核对）");
        say("is required for .*", "此类假期须填写子女出生日期"); // before the general "is required"
        say("is required.*|must not be blank|must not be null|must not be empty", "此项必填");
        say("must have at least (\\d+) characters", "至少填写 $1 个字");
        say("must have at most (\\d+) characters", "最多 $1 个字");
        say("size must be between (\\d+) and (\\d+)", "长度应在 $1 至 $2 个字之间");
        say("must be one of .*|may only contain .*", "请从给出的选项中选择");
        say("must be at least (\\S+)|must be greater than or equal to (\\S+)", "不能小于 $1$2");
        say("must be at most (\\S+)|must be less than or equal to (\\S+)", "不能大于 $1$2");
        say("must be a whole number", "应为整数");
        say("must have at most (\\d+) decimal places", "最多 $1 位小数");
        say("must be a number", "应为数字");
        say("must be true or false", "请勾选或取消勾选");
        say("must be a list", "请选择");
        say("must not be in the past", "不能早于今天");
        say("must not be in the future", "不能晚于今天");
        say("must be after today", "应晚于今天");
        say("must be a date from (\\S+) to (\\S+)", "日期应在 $1 至 $2 之间"); // DateRange, before the next
        say("must be a date.*|must be a date in ISO format.*|is not a date.*", "日期格式不正确（年-月-日）");
        say("must be a (time|datetime) in ISO format.*", "时间格式不正确");
        say("does not have the expected format", "格式不正确");
        say("is not an e-mail address", "不是有效的电子邮件地址");
        say("is not a phone number|must be an 11-digit mainland mobile number", "应为 11 位手机号码");
        say("must be a 6-digit district code|is not a Shanghai district code", "请选择上海市的区");
        say("is before the leave could begin \\((.*)\\)", "早于假期可能开始的日期（$1）");
        // identifiers (rules.CreditCodes, rules.ResidentIds): {id} is what the field holds, by its name; a wrong check
        // character says the code is wrong, never which character would be right
        say("is not a valid unified social credit code", "统一社会信用代码不正确");
        say("is not a valid resident ID number", "公民身份号码不正确");
        say("must have 18 characters, has (\\d+)", "{id}应为 18 位（现为 $1 位）");
        say("character (\\d+) \\('(.)'\\) is not allowed.*", "{id}第 $1 位不能是“$2”（只能是数字和除 I、O、Z、S、V 以外的大写字母）");
        say("character (\\d+) must be a digit", "{id}第 $1 位应为数字");
        say("the 18th character must be a digit or X", "{id}第 18 位应为数字或 X");
        say("characters 7–14 are not a real date of birth|date of birth .* is not plausible", "{id}中的出生日期不正确");
        say("check character is wrong.*", "{id}不正确（校验位不符），请逐位核对");
        say("is not a valid .*|has the wrong type", "格式不正确");
        say("is empty", "文件为空");
        say("is larger than 10 MB", "文件超过 10 MB");
        say("is not a PDF, JPEG or PNG file.*", "仅支持 PDF、JPEG、PNG 文件");
        // uploads are checked by parsing (platform.document.FileCheck)
        say("is not a PDF that opens.*", "PDF 文件已损坏或不完整，无法打开");
        say("is an encrypted PDF.*", "PDF 文件已加密，请上传未加密的文件");
        say("is a PDF without pages", "PDF 文件没有页面");
        say("is not a case number", "不是有效的案件编号");
        say("is not a (JPEG|PNG) image that opens.*", "$1 图片已损坏或不完整，无法打开");
        say("has data after the end of the (JPEG|PNG) image.*", "$1 图片之后还有其他内容：只能上传图片本身");
        say("is an image of more than 50 million pixels.*", "图片过大：不能超过 5000 万像素，长宽均不超过 20000 像素");
        say("you already have (\\d+) files on this case", "您在本案已上传 $1 个文件，不能再上传");
        say("is the district handling the case now", "不能移送至当前承办区");
        say("is not a field of this form|this task has no form.*", "表单中没有此项");
        say("is not a user", "没有此用户");
        say("may not work this task.*", "该用户不能办理此任务");
        say("the investigation period can be extended only once", "调查期限只能延长一次");
        say("must not contain the complainant's name, ID number or phone.*",
                "用人单位会看到此项：不得含有投诉人的姓名、身份证号或电话（含部分号码），请改写");
        say("no fine is sourced for .*", "该类假期未找到罚款依据，只能责令改正");
        say("must be between (\\S+) and (\\S+) \\((.*)\\)", "应在 $1 至 $2 之间（$3）");
        say("after a miscarriage only MATERNITY leave.*", "流产只适用产假（流产产假）");
        say("a report has no complainant to ask for material.*", "举报没有可要求补正材料的投诉人：请受理、移送或不予受理");
        say("must be between (\\d+) and (\\d+)", "应在 $1 至 $2 之间");
        say("must be text", "请填写文字");
        say("is not a known property", "表单中没有此项");
        say("must not be the demo password outside demo mode", "不能使用演示密码");
        // the subsidy (subsidy.SubsidyService, SubsidyPayments, SubsidyTasks)
        say("must be an amount in yuan.*", "应为金额（元，如 2000.00）");
        say("numeric value out of bounds.*", "金额最多 10 位整数、2 位小数");
        say("must be a month \\(yyyy-MM\\)", "月份格式不正确（年-月，如 2026-03）");
        say("(\\S+) is listed more than once", "$1 重复填写");
        say("must not be before leaveStart", "不能早于假期开始日期");
        say("may be at most 15 days before childBirthDate", "产假最早可在子女出生前 15 天开始");
        say("must be a bank account number", "银行账号应为 8 至 40 位数字");
        say("explain .* why the application is approved although a check failed.*",
                "有资格条件未通过时批准，须在内部审核意见中说明理由（至少 10 个字）");
        say("must not be before the approval on (.*)", "不能早于批准日期 $1");
    }

    // the certification (certification.ApplyCertification, CertificationService, Certificates, CertificationTasks)
    static {
        say("must list at least one post", "至少填写一个岗位");
        say("must name at least one measure", "至少选择一项灵活措施");
        say("must be true: the arrangement is written into .*", "灵活安排须写入劳动合同或另行签订书面协议，请确认后勾选");
        say("must be an 11-digit mobile number or a landline with its area code", "应为 11 位手机号码或带区号的固定电话");
        say("must say what the other measure is", "选择“其他措施”时须写明是什么安排");
        say("must say in 2 to 500 characters why the certificate is given back", "请用 2 至 500 个字说明交回证书的原因");
        say("must be given \\(at least 10 characters\\).*", "须填写，至少 10 个字（用人单位会看到）");
    }

    // the campaigns (campaign.CampaignRequest, CampaignService)
    static {
        say("names at least one leave type", "至少选择一种假期");
        say("names at least one district", "至少选择一个区");
        say("is not a leave type|is not a size band|is not a sector of .*", "请从给出的选项中选择");
        say("is after periodTo|is after the end of the period", "开始日期不能晚于结束日期");
        say("may be at most (\\d+) years after from", "统计期间最长 $1 年"); // report.Reports
        say("is between (\\d+) and (\\d+)", "应在 $1 至 $2 之间");
        say("is at most (\\d+) characters", "最多 $1 个字");
        say("is not an inspector of this case", "不是本案的检查人员");
    }

    private static void say(String regex, String text) {
        ZH.put(Pattern.compile(regex), text);
    }

    private final List<Message> messages;

    private FieldErrors(List<Message> messages) {
        this.messages = List.copyOf(messages);
    }

    public static FieldErrors none() {
        return NONE;
    }

    public static FieldErrors of(Collection<FieldProblem> problems) {
        List<Message> out = new ArrayList<>();
        for (FieldProblem p : problems) {
            out.add(new Message(p.field(), text(p.field(), p.message())));
        }
        return new FieldErrors(out);
    }

    public static FieldErrors of(InvalidInputException e) {
        return of(e.errors());
    }

    /**
     * A service message about a field in the request's language: the Chinese text ({@link #zh(String, String)}) on a
     * Chinese request, the service's English (capitalised) on an English one.
     */
    public static String text(String field, String message) {
        if (!Languages.english(Languages.current())) {
            return zh(field, message);
        }
        if (message == null || message.isBlank()) {
            return "";
        }
        String m = message.strip();
        if (m.matches("is required.*|must not be blank|must not be null|must not be empty")
                && !m.startsWith("is required for")) {
            return "Required";
        }
        return Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    /** Whether a service message has a Chinese text of its own (else {@link #zh} says it in general words). */
    public static boolean known(String message) {
        return message != null && ZH.keySet().stream().anyMatch(p -> p.matcher(message.strip()).matches());
    }

    /** The Chinese text for a service message, in general words when it is not a known phrasing. */
    public static String zh(String message) {
        return zh(null, message);
    }

    /** The Chinese text for a service message about a field (which names the identifier an {id} rule speaks of). */
    public static String zh(String field, String message) {
        if (message == null) {
            return "";
        }
        for (Map.Entry<Pattern, String> e : ZH.entrySet()) {
            Matcher m = e.getKey().matcher(message.strip());
            if (m.matches()) {
                String text = e.getValue().replace("{id}", identifier(field));
                for (int g = 1; g <= 9; g++) {
                    text = text.replace("$" + g, g <= m.groupCount() && m.group(g) != null ? m.group(g) : "");
                }
                return text;
            }
        }
        return UNKNOWN;
    }

    private static String identifier(String field) {
        String f = field == null ? "" : field.toLowerCase(java.util.Locale.ROOT);
        if (f.contains("residentid")) {
            return "公民身份号码";
        }
        return f.contains("creditcode") ? "统一社会信用代码" : "号码";
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.stream().anyMatch(m -> m.field().equals(field));
    }

    /** The problems of one field. */
    public List<Message> of(String field) {
        return messages.stream().filter(m -> m.field().equals(field)).toList();
    }

    public List<Message> all() {
        return messages;
    }
}
