package org.ffw.supervision;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ffw.platform.document.Documents.Party;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.CaseDeadlines.Due;
import org.ffw.worktable.CaseTasks;
import org.ffw.worktable.TaskHandlers;
import org.springframework.stereotype.Component;

/**
 * The user tasks of bpmn/union-supervision.bpmn, one typed handler each (the records hold exactly the keys of
 * forms/union-supervision-*.form): the employer's written answer, the union's assessment, the union lead's suggestion
 * letter, the HRB's decision. Each stores every value, writes the timeline and the notices and returns the routing
 * variables.
 */
@Component
class SupervisionTasks implements CaseTasks<Supervision> {

    record Answer(String answerPosition, String answer, List<String> evidenceReferences) {
    }

    record Assessment(String assessment, String assessmentNote) {
    }

    record Suggestion(String suggestion) {
    }

    record HrbDecision(String hrbDecision, String explanation) {
    }

    static final String EVIDENCE_OPTIONS = "evidenceOptions";

    private final SupervisionMapper mapper;
    private final SupervisionCases cases;
    private final SupervisionReads reads;
    private final SupervisionDocuments documents;
    private final Timeline timeline;
    private final WorkingDays workingDays;
    private final SupervisionLetters letters;

    SupervisionTasks(SupervisionMapper mapper, SupervisionCases cases, SupervisionReads reads,
                     SupervisionDocuments documents, Timeline timeline, WorkingDays workingDays,
                     SupervisionLetters letters) {
        this.mapper = mapper;
        this.cases = cases;
        this.reads = reads;
        this.documents = documents;
        this.timeline = timeline;
        this.workingDays = workingDays;
        this.letters = letters;
    }

    @Override
    public String processKey() {
        return SupervisionProcess.KEY;
    }

    @Override
    public Supervision find(String caseNo) {
        return cases.find(caseNo);
    }

    @Override
    public Supervision lock(String caseNo) {
        return cases.lock(caseNo);
    }

    @Override
    public Map<String, Object> caseDetails(Supervision s, FfwUser viewer) {
        return Map.of("supervision", reads.forTask(s, viewer));
    }

    @Override
    public void register(TaskHandlers<Supervision> h) {
        h.on("employerAnswer", Answer.class, this::answered).inputs(this::employerFiles);
        h.on("assess", Assessment.class, this::assessed);
        h.on("suggestion", Suggestion.class, this::suggested)
                .prefill(s -> new Suggestion(s.suggestionText() != null ? s.suggestionText() : draft(s)));
        h.on("hrbDecision", HrbDecision.class, this::hrbDecided);
    }

    private Map<String, Object> answered(Supervision s, Answer v) {
        mapper.saveAnswer(s.caseNo(), v.answerPosition(), v.answer(), references(s, v.evidenceReferences()),
                Instant.now());
        cases.status(s.caseNo(), SupervisionStatus.ASSESSING);
        timeline.record(s.caseNo(), "EMPLOYER_ANSWERED", s.status().name(), SupervisionStatus.ASSESSING.name(),
                Visibility.PUBLIC, Note.of("timeline.note.supervision.answered",
                        Note.code("timeline.note.supervision.answer", v.answerPosition())));
        cases.toUnion(s.caseNo(), Notice.of("SUPERVISION_ANSWERED", "notice.supervision.answered", s.caseNo(),
                s.employerName()));
        return Map.of();
    }

    private Map<String, Object> assessed(Supervision s, Assessment v) {
        mapper.saveAssessment(s.caseNo(), v.assessment(), v.assessmentNote(), Instant.now());
        timeline.record(s.caseNo(), "ASSESSED", s.status().name(), null, Visibility.STAFF,
                Note.of("timeline.note.supervision.assessed", Note.code("timeline.note.supervision.assessment", v.assessment())));
        if (!SupervisionStatus.CORRECTED.equals(v.assessment())) {
            cases.status(s.caseNo(), SupervisionStatus.SUGGESTION_PENDING);
        }
        return route(SupervisionProcess.ASSESSMENT, v.assessment());
    }

    /** The union lead signs the 监督建议书: it goes to the district HRB, which has 5 working days. */
    private Map<String, Object> suggested(Supervision s, Suggestion v) {
        var today = workingDays.today();
        Due due = cases.hrbDue(s.caseNo(), today);
        mapper.saveSuggestion(s.caseNo(), v.suggestion(), CurrentUser.get().getUsername(), today, due.date(),
                Instant.now());
        cases.status(s.caseNo(), SupervisionStatus.WITH_HRB);
        letters.suggestion(s, v.suggestion(), today, due.date());
        timeline.record(s.caseNo(), "SUGGESTION_SENT", s.status().name(), SupervisionStatus.WITH_HRB.name(),
                Visibility.PUBLIC, Note.of("timeline.note.supervision.suggestionSent"));
        cases.toInspectors(s.caseNo(), Notice.of("SUPERVISION_SUGGESTION", "notice.supervision.suggestion",
                s.caseNo(), s.employerName(), due.words()));
        cases.toEmployer(s.caseNo(), Notice.of("SUPERVISION_SUGGESTION", "notice.supervision.suggestionToEmployer",
                s.caseNo()));
        return Map.of();
    }

    private Map<String, Object> hrbDecided(Supervision s, HrbDecision v) {
        boolean explain = "EXPLAIN".equals(v.hrbDecision());
        if (explain && (v.explanation() == null || v.explanation().isBlank())) {
            throw new InvalidInputException("explanation", "is required when no case is opened");
        }
        mapper.saveHrbDecision(s.caseNo(), v.hrbDecision(), explain ? v.explanation().strip() : null,
                CurrentUser.get().getUsername(), Instant.now());
        return route(SupervisionProcess.HRB_DECISION, v.hrbDecision());
    }

    /** The suggestion letter as the union lead finds it: built from the opinion, for the lead to edit. */
    static String draft(Supervision s) {
        return "经工会劳动法律监督员调查，" + s.employerName() + "（统一社会信用代码 " + s.employerCreditCode() + "）存在以下问题："
                + s.facts() + "\n本会已于" + org.ffw.platform.instrument.InstrumentDates.chinese(s.opinionIssuedOn())
                + "发出工会劳动法律监督意见书，要求：" + s.requiredCorrection()
                + "\n" + (s.noAnswer() ? "该单位逾期未书面答复。" : "该单位未按要求整改。")
                + "现依据《工会劳动法律监督办法》第二十一条，建议贵局依法立案查处。";
    }

    private Map<String, Object> employerFiles(Supervision s) {
        return Map.of(EVIDENCE_OPTIONS, documents.of(s.caseNo(), Party.EMPLOYER).stream()
                .map(d -> Map.of("label", d.filename(), "value", String.valueOf(d.id()))).toList());
    }

    /** The chosen files by name and number ("整改通知.pdf（材料 #12）"); null for none; ids not the employer's: 400. */
    private String references(Supervision s, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        Map<String, String> names = new HashMap<>();
        documents.of(s.caseNo(), Party.EMPLOYER).forEach(d -> names.put(String.valueOf(d.id()), d.filename()));
        for (String id : ids) {
            if (!names.containsKey(id)) {
                throw new InvalidInputException("evidenceReferences", "names a file that is not yours on this case");
            }
        }
        return String.join("、", ids.stream().map(id -> names.get(id) + "（材料 #" + id + "）").toList());
    }

    private static Map<String, Object> route(String name, Object value) {
        Map<String, Object> v = new HashMap<>();
        v.put(name, value);
        return v;
    }
}
