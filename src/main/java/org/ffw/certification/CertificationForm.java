package org.ffw.certification;

import static org.ffw.platform.web.FormText.blank;
import static org.ffw.platform.web.FormText.date;
import static org.ffw.platform.web.FormText.number;
import static org.ffw.platform.web.FormText.trim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.PageFormat;

/**
 * The application page (and the revise-posts form on the application page) as posted: text as typed, so that it is
 * shown again unchanged with its problems ({@link CertificationPages}). {@code action}: "addPost" (one more blank
 * post, without JavaScript), "remove-N" (drop post N) or "submit".
 */
public class CertificationForm {

    /** A new post's "who it is for", as the form suggests it (the page shows it in the reader's language). */
    public static final String DEFAULT_ELIGIBILITY = "抚育12周岁以下子女的职工";

    /** One post as typed; the measures are the ticked boxes' values. */
    public static class PostForm {
        private String title;
        private String department;
        private String headcount = "1";
        private String workingTime;
        private List<String> measures = new ArrayList<>();
        private String otherMeasure;
        private String eligibility = DEFAULT_ELIGIBILITY;

        public PostForm() {
        }

        static PostForm of(CertificationViews.Post p) {
            PostForm f = new PostForm();
            f.title = p.title();
            f.department = p.department();
            f.headcount = String.valueOf(p.headcount());
            f.workingTime = p.workingTime();
            f.measures = new ArrayList<>(p.measures().stream().map(Enum::name).toList());
            f.otherMeasure = p.otherMeasure();
            f.eligibility = p.eligibility();
            return f;
        }

        public boolean has(String measure) {
            return measures != null && measures.contains(measure);
        }

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getDepartment() { return department; }
        public void setDepartment(String v) { department = v; }
        public String getHeadcount() { return headcount; }
        public void setHeadcount(String v) { headcount = v; }
        public String getWorkingTime() { return workingTime; }
        public void setWorkingTime(String v) { workingTime = v; }
        public List<String> getMeasures() { return measures; }
        public void setMeasures(List<String> v) { measures = v; }
        public String getOtherMeasure() { return otherMeasure; }
        public void setOtherMeasure(String v) { otherMeasure = v; }
        public String getEligibility() { return eligibility; }
        public void setEligibility(String v) { eligibility = v; }
    }

    /** The page's fields, for the summary of problems: the keys of their labels (i18n/work). */
    static final List<String> FIELDS = List.of("posts", "writtenInContract", "consultationDate", "consultationBody", "consultationSummary", "contactName", "contactPhone");

    /** A post's fields (work.field.cert.post.*), named with the post's number. */
    private static final List<String> POST_FIELDS = List.of("title", "department", "headcount", "workingTime", "measures", "otherMeasure", "eligibility");

    private String token;
    private String action;
    private String renewalOf;
    private List<PostForm> posts = new ArrayList<>(List.of(new PostForm()));
    private boolean writtenInContract;
    private String consultationDate;
    private String consultationBody = "职工代表大会";
    private String consultationSummary;
    private String contactName;
    private String contactPhone;

    /** The labels of the problems' fields in the page's language, a post's with its number: 岗位 2 · 岗位人数. */
    Map<String, String> labels(PageFormat fmt) {
        Map<String, String> labels = new LinkedHashMap<>();
        FIELDS.forEach(f -> labels.put(f, fmt.message("work.field.cert." + f)));
        for (int i = 0; i < Math.max(1, posts.size()); i++) {
            String n = String.valueOf(i + 1);
            labels.put("posts[" + i + "]", fmt.message("work.field.cert.post", n));
            for (String f : POST_FIELDS) {
                labels.put("posts[" + i + "]." + f, fmt.message("work.field.cert.postField", n,
                        fmt.message("work.field.cert.post." + f)));
            }
        }
        return labels;
    }

    /** The posts as the command takes them; what does not parse is a problem of its field. */
    List<ApplyCertification.Post> posts(List<FieldProblem> problems) {
        List<ApplyCertification.Post> out = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            PostForm p = posts.get(i) == null ? new PostForm() : posts.get(i);
            String at = "posts[" + i + "].";
            List<Measure> measures = new ArrayList<>();
            for (String m : p.getMeasures() == null ? List.<String>of() : p.getMeasures()) {
                try {
                    measures.add(Measure.valueOf(m.strip()));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(at + "measures", "must be one of " + List.of(Measure.values())));
                }
            }
            out.add(new ApplyCertification.Post(trim(p.getTitle()), trim(p.getDepartment()),
                    number(p.getHeadcount(), at + "headcount", problems), trim(p.getWorkingTime()), measures,
                    trim(p.getOtherMeasure()), trim(p.getEligibility())));
        }
        return out;
    }

    ApplyCertification command(List<FieldProblem> problems) {
        List<ApplyCertification.Post> p = posts(problems);
        return new ApplyCertification(p, writtenInContract, new ApplyCertification.Consultation(
                date(consultationDate, "consultationDate", problems), trim(consultationBody),
                trim(consultationSummary)), new ApplyCertification.Contact(trim(contactName), trim(contactPhone)));
    }

    /** The API's name of a field (consultation.date, contact.phone …) as the page's. */
    static String pageField(String api) {
        return switch (api) {
            case "consultation.date" -> "consultationDate";
            case "consultation.body" -> "consultationBody";
            case "consultation.summary" -> "consultationSummary";
            case "contact.name" -> "contactName";
            case "contact.phone" -> "contactPhone";
            default -> api.replaceFirst("^(posts\\[\\d+]\\.measures)\\[.*$", "$1");
        };
    }

    /** 再加一个岗位 / 删除: the posts laid out again; true when the action was one of these. */
    boolean rearranged() {
        if ("addPost".equals(action)) {
            posts.add(new PostForm());
            return true;
        }
        if (action != null && action.matches("remove-\\d{1,3}")) {
            int i = Integer.parseInt(action.substring("remove-".length()));
            if (i < posts.size() && posts.size() > 1) {
                posts.remove(i);
            }
            return true;
        }
        return false;
    }

    static boolean isBlank(String s) {
        return blank(s);
    }

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public String getRenewalOf() { return renewalOf; }
    public void setRenewalOf(String v) { renewalOf = v; }
    public List<PostForm> getPosts() { return posts; }
    public void setPosts(List<PostForm> v) { posts = v; }
    public boolean isWrittenInContract() { return writtenInContract; }
    public void setWrittenInContract(boolean v) { writtenInContract = v; }
    public String getConsultationDate() { return consultationDate; }
    public void setConsultationDate(String v) { consultationDate = v; }
    public String getConsultationBody() { return consultationBody; }
    public void setConsultationBody(String v) { consultationBody = v; }
    public String getConsultationSummary() { return consultationSummary; }
    public void setConsultationSummary(String v) { consultationSummary = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
}
