package org.ffw.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ffw.employer.Employer;
import org.ffw.employer.EmployerService;
import org.ffw.identity.PeopleNames;
import org.ffw.inspection.Inspection.Inspector;
import org.ffw.platform.caseno.CaseNumbers;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.CaseRegistry.NewCase;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.CaseDeadlines.Due;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection procedure's side of a campaign ({@link InspectionCases}): a drawn employer's case opened in the
 * campaign's transaction — the row and its pair, the registry entry (visible to the employer from the start: it has
 * a report to make), the report deadline, the process, the timeline and the notices — its progress read back, and a
 * recused inspector replaced.
 */
@Service
class InspectionService implements InspectionCases {

    private final InspectionMapper mapper;
    private final InspectionRows rows;
    private final CaseNumbers caseNumbers;
    private final CaseRegistry registry;
    private final Timeline timeline;
    private final InspectionProcess process;
    private final EmployerService employers;
    private final WorkingDays workingDays;
    private final PeopleNames people;

    InspectionService(InspectionMapper mapper, InspectionRows rows, CaseNumbers caseNumbers, CaseRegistry registry,
                      Timeline timeline, InspectionProcess process, EmployerService employers,
                      WorkingDays workingDays, PeopleNames people) {
        this.mapper = mapper;
        this.rows = rows;
        this.caseNumbers = caseNumbers;
        this.registry = registry;
        this.timeline = timeline;
        this.process = process;
        this.employers = employers;
        this.workingDays = workingDays;
        this.people = people;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String open(OpenInspection c) {
        if (c.inspectors() == null || c.inspectors().size() < 2 || new HashSet<>(c.inspectors()).size() != c.inspectors().size()) {
            throw new InvalidInputException("inspectors", "an inspection needs at least two different inspectors");
        }
        Employer employer = employers.find(c.employerCreditCode())
                .orElseThrow(() -> new InvalidInputException("employerCreditCode", "is not in the registry"));
        List<org.ffw.complaint.LeaveType> focus = c.leaveTypes() == null || c.leaveTypes().isEmpty()
                ? List.copyOf(LeaveRecord.REPORTED) : c.leaveTypes();
        LocalDate today = workingDays.today();
        String caseNo = caseNumbers.next(Procedure.LEAVE_INSPECTION);
        Due due = rows.reportDue(caseNo, today);
        Instant now = Instant.now();
        mapper.insert(new Inspection(caseNo, null, c.campaignId(), c.campaignTitle(), c.district(),
                employer.creditCode(), employer.name(),
                focus.stream().map(Enum::name).collect(Collectors.joining(",")), c.periodFrom(), c.periodTo(),
                c.drawReason(), InspectionStatus.REPORT_PENDING, due.date(), null, null, false, null, null, null,
                null, null, null, null, null, null, null, null, false, null, null, null, null, null, null, null,
                now, now));
        for (int i = 0; i < c.inspectors().size(); i++) {
            mapper.insertInspector(caseNo, i + 1, c.inspectors().get(i));
        }
        registry.open(new NewCase(caseNo, Procedure.LEAVE_INSPECTION, c.district(), employer.creditCode(), null,
                InspectionStatus.REPORT_PENDING.name(), employer.name() + " · " + c.campaignTitle(), true, null));
        String pi = process.start(caseNo, c.district(), employer.creditCode(), c.inspectors());
        mapper.setProcessInstance(caseNo, pi, now);
        registry.processStarted(caseNo, pi);
        timeline.record(caseNo, "INSPECTION_OPENED", null, InspectionStatus.REPORT_PENDING.name(), Visibility.PUBLIC,
                Note.of("timeline.note.inspection.opened", c.campaignTitle(), Note.due(due.date(), due.provisional())));
        rows.toEmployer(caseNo, Notice.of("INSPECTION_OPENED", "notice.inspection.opened", caseNo,
                c.campaignTitle(), Notice.date(c.periodFrom()), Notice.date(c.periodTo()), due.words()));
        rows.toPair(caseNo, Notice.of("INSPECTION_ASSIGNED", "notice.inspection.assigned", caseNo, employer.name(),
                c.campaignTitle()));
        return caseNo;
    }

    /** Three queries whatever the campaign's size: its cases, their rows, their inspectors. */
    @Override
    @Transactional(readOnly = true)
    public List<InspectionSummary> ofCampaign(long campaignId) {
        Map<String, List<LeaveRecord>> records = mapper.recordsOfCampaign(campaignId).stream()
                .collect(Collectors.groupingBy(LeaveRecord::caseNo));
        Map<String, List<String>> pairs = mapper.inspectorsOfCampaign(campaignId).stream()
                .collect(Collectors.groupingBy(InspectionMapper.CaseInspector::caseNo,
                        Collectors.mapping(InspectionMapper.CaseInspector::username, Collectors.toList())));
        return mapper.ofCampaign(campaignId).stream().map(i -> new InspectionSummary(i.caseNo(),
                i.employerCreditCode(), i.employerName(), i.status().name(), i.status().label(),
                pairs.getOrDefault(i.caseNo(), List.of()), i.finding(),
                LeaveRecord.personsWithGap(records.getOrDefault(i.caseNo(), List.of())), i.requiredActions() != null,
                i.verification() == null ? null : "RECTIFIED".equals(i.verification()),
                "REFER".equals(i.penaltyDecision()), i.closedOn())).toList();
    }

    @Override
    @Transactional
    public void replaceInspector(String caseNo, String recused, String replacement, String reason, FfwUser by) {
        Inspection i = rows.lock(caseNo);
        if (i == null) {
            throw new org.ffw.platform.web.NotFoundException("No such inspection case.");
        }
        if (i.closed()) {
            throw new ConflictException("The inspection is closed; nobody can recuse from it any more.");
        }
        List<Inspector> all = mapper.inspectors(caseNo);
        Inspector leaving = all.stream().filter(x -> !x.recused() && x.username().equals(recused)).findFirst()
                .orElseThrow(() -> new InvalidInputException("inspector", "is not on this inspection"));
        if (all.stream().anyMatch(x -> x.username().equals(replacement))) {
            throw new InvalidInputException("replacement", "has already been on this inspection");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "must say what the conflict of interest is");
        }
        mapper.recuse(caseNo, leaving.seq(), reason.strip(), replacement);
        mapper.insertInspector(caseNo, all.stream().mapToInt(Inspector::seq).max().orElse(0) + 1, replacement);
        List<String> pair = rows.pair(caseNo);
        process.replace(i.processInstanceId(), caseNo, pair, pair.get(0), recused, replacement);
        timeline.record(caseNo, "INSPECTOR_RECUSED", i.status().name(), null, Visibility.STAFF,
                Note.of("timeline.note.inspection.recused", people.name(recused), people.name(replacement),
                        reason.strip()));
        rows.toInspector(caseNo, replacement, Notice.of("INSPECTION_ASSIGNED", "notice.inspection.assigned", caseNo,
                i.employerName(), i.campaignTitle()));
    }
}
