package org.ffw.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validation problems as a page shows them: next to their field, in Chinese where the message is one of the
 * services' known phrasings (the English original stays as small print). Pages get the problems from the same
 * {@link InvalidInputException} the API turns into problem+json.
 */
public final class FieldErrors {

    /** One problem as shown: the field, the Chinese text, and the service's own message. */
    public record Message(String field, String zh, String en) {
    }

    private static final FieldErrors NONE = new FieldErrors(List.of());

    /** Known phrasings of the services and of Bean Validation, and how to say them in Chinese. */
    private static final Map<Pattern, String> ZH = new LinkedHashMap<>();

    static {
        zh("is required.*|must not be blank|must not be null|must not be empty", "此项必填");
        zh("must have at least (\\d+) characters", "至少填写 $1 个字");
        zh("must have at most (\\d+) characters", "最多 $1 个字");
        zh("size must be between (\\d+) and (\\d+)", "长度应在 $1 至 $2 个字之间");
        zh("must be one of .*|may only contain .*", "请从给出的选项中选择");
        zh("must be at least (\\S+)|must be greater than or equal to (\\S+)", "不能小于 $1$2");
        zh("must be at most (\\S+)|must be less than or equal to (\\S+)", "不能大于 $1$2");
        zh("must be a whole number", "应为整数");
        zh("must have at most (\\d+) decimal places", "最多 $1 位小数");
        zh("must be a number", "应为数字");
        zh("must be true or false", "请勾选或取消勾选");
        zh("must be a list", "请选择");
        zh("must not be in the past", "不能早于今天");
        zh("must not be in the future", "不能晚于今天");
        zh("must be after today", "应晚于今天");
        zh("must be a date.*|must be a date in ISO format.*|is not a date.*", "日期格式不正确（年-月-日）");
        zh("must be a (time|datetime) in ISO format.*", "时间格式不正确");
        zh("does not have the expected format", "格式不正确");
        zh("is not an e-mail address", "不是有效的电子邮件地址");
        zh("is not a phone number|must be an 11-digit mainland mobile number", "应为 11 位手机号码");
        zh("must be a 6-digit district code|is not a Shanghai district code", "请选择上海市的区");
        zh("is before the leave could begin \\((.*)\\)", "早于假期可能开始的日期（$1）");
        zh("is required for .*", "此类假期须填写子女出生日期");
        zh("is not a valid unified social credit code|must have 18 characters.*|character \\d+ .*"
                + "|check character is wrong.*", "统一社会信用代码不正确");
        zh("is not a valid .*|has the wrong type", "格式不正确");
        zh("is empty", "文件为空");
        zh("is larger than 10 MB", "文件超过 10 MB");
        zh("is not a PDF, JPEG or PNG file.*", "仅支持 PDF、JPEG、PNG 文件");
        zh("you already have (\\d+) files on this case", "您在本案已上传 $1 个文件，不能再上传");
        zh("is the district handling the case now", "不能移送至当前承办区");
        zh("must not contain the complainant's name, ID number or phone.*",
                "用人单位会看到此项：不得含有投诉人的姓名、身份证号或电话（含部分号码），请改写");
        zh("no fine is sourced for .*", "该类假期未找到罚款依据，只能责令改正");
        zh("must be between (\\S+) and (\\S+) \\((.*)\\)", "应在 $1 至 $2 之间（$3）");
        zh("after a miscarriage only MATERNITY leave.*", "流产只适用产假（流产产假）");
        zh("is not a field of this form|this task has no form.*", "表单中没有此项");
        zh("is not a user", "没有此用户");
        zh("may not work this task.*", "该用户不能办理此任务");
        zh("the investigation period can be extended only once", "调查期限只能延长一次");
    }

    private static void zh(String regex, String text) {
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
            out.add(new Message(p.field(), zh(p.message()), p.message()));
        }
        return new FieldErrors(out);
    }

    public static FieldErrors of(InvalidInputException e) {
        return of(e.errors());
    }

    /** The Chinese text for a service message, or the message itself when it is not a known phrasing. */
    public static String zh(String message) {
        if (message == null) {
            return "";
        }
        for (Map.Entry<Pattern, String> e : ZH.entrySet()) {
            Matcher m = e.getKey().matcher(message.strip());
            if (m.matches()) {
                String text = e.getValue();
                for (int g = 1; g <= 9; g++) {
                    text = text.replace("$" + g, g <= m.groupCount() && m.group(g) != null ? m.group(g) : "");
                }
                return text;
            }
        }
        return message;
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
