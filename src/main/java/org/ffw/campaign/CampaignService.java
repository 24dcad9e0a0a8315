package org.ffw.campaign;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ffw.campaign.Campaign.InspectorRow;
import org.ffw.campaign.Campaign.Member;
import org.ffw.campaign.Campaign.PickRow;
import org.ffw.campaign.CampaignRequest.Valid;
import org.ffw.employer.Employer;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.inspection.InspectionCases;
import org.ffw.inspection.InspectionCases.OpenInspection;
import org.ffw.platform.cases.Recipients;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.platform.web.UnprocessableException;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a supervisor (their district) or an admin (the city) does with campaigns: preview the population, create a
 * campaign — the draw at once, published, each pick opened as an inspection case in the same transaction — and
 * record an inspector's recusal with its drawn replacement. Redrawing is refused: the draw is published at creation.
 */
@Service
public class CampaignService {

    private static final SecureRandom SEEDS = new SecureRandom();

    /** What the preview shows: nothing is stored. */
    public record Preview(int populationSize, int sampleSize, int riskTarget, Map<String, Integer> expectedSplit,
                          List<CampaignViews.Candidate> candidates) {
    }

    /** A recusal recorded: who stood down, who was drawn in their place, from which candidates. */
    public record Recusal(String caseNo, String recused, String replacement, int recusalNo, List<String> drawnFrom) {
    }

    private final CampaignMapper mapper;
    private final CampaignSignals signals;
    private final EmployerService employers;
    private final UserService users;
    private final Recipients recipients;
    private final InspectionCases inspections;
    private final CampaignProperties properties;
    private final WorkingDays workingDays;

    CampaignService(CampaignMapper mapper, CampaignSignals signals, EmployerService employers, UserService users,
                    Recipients recipients, InspectionCases inspections, CampaignProperties properties,
                    WorkingDays workingDays) {
        this.mapper = mapper;
        this.signals = signals;
        this.employers = employers;
        this.users = users;
        this.recipients = recipients;
        this.inspections = inspections;
        this.properties = properties;
        this.workingDays = workingDays;
    }

    public Preview preview(FfwUser me, CampaignRequest request) {
        Valid r = authorised(me, request);
        List<Employer> population = employers.candidates(r.districts(), r.sectors(), r.sizeBands());
        List<Draw.Candidate> candidates = signals.candidates(population, signals.since(workingDays.today()));
        Map<String, String> names = population.stream()
                .collect(Collectors.toMap(Employer::creditCode, Employer::name, (a, b) -> a));
        Map<String, Integer> split = new LinkedHashMap<>();
        Draw.expectedSplit(candidates, r.sampleSize(), r.riskShare()).forEach((p, n) -> split.put(p.name(), n));
        return new Preview(candidates.size(), r.sampleSize(), Draw.riskTarget(r.sampleSize(), r.riskShare()), split,
                candidates.stream().map(c -> CampaignViews.candidate(c, names.get(c.creditCode()))).toList());
    }

    /** Creates the campaign and its draw in the caller's transaction (the kit's idempotency wraps it); its id. */
    @Transactional
    public long create(FfwUser me, CampaignRequest request, String idempotencyKey) {
        Valid r = authorised(me, request);
        java.time.LocalDate since = signals.since(workingDays.today());
        List<Employer> population = employers.candidates(r.districts(), r.sectors(), r.sizeBands());
        List<Draw.Candidate> candidates = signals.candidates(population, since);
        Map<String, List<String>> pools = new LinkedHashMap<>();
        int perCase = properties.inspectorsPerCase();
        Set<String> populated = candidates.stream().map(Draw.Candidate::district).collect(Collectors.toSet());
        for (String d : r.districts()) {
            List<String> pool = recipients.staffOf(d, Role.INSPECTOR).stream().distinct().sorted().toList();
            if (populated.contains(d) && pool.size() < perCase) {
                throw new UnprocessableException("District " + d + " has " + pool.size()
                        + " enabled inspector(s); each case needs " + perCase + ".");
            }
            pools.put(d, pool);
        }
        long seed = SEEDS.nextLong();
        Draw.Result draw = Draw.run(candidates, r.sampleSize(), r.riskShare(), seed, pools, perCase);
        Instant now = Instant.now();
        CampaignMapper.NewRow row = new CampaignMapper.NewRow(new Campaign(null, r.title(),
                Campaign.column(r.leaveTypes().stream().map(Enum::name).toList()), Campaign.column(r.districts()),
                r.sectors() == null ? null : Campaign.column(r.sectors().stream().map(Enum::name).toList()),
                r.sizeBands() == null ? null : Campaign.column(r.sizeBands().stream().map(Enum::name).toList()),
                r.periodFrom(), r.periodTo(), r.sampleSize(), r.riskShare(), seed, Draw.METHOD, perCase,
                candidates.size(), since, Campaign.DRAWN, me.getUsername(), now, null, idempotencyKey));
        mapper.insert(row);
        long id = row.id;
        r.districts().forEach(d -> mapper.insertDistrict(id, d));
        Map<String, String> names = population.stream()
                .collect(Collectors.toMap(Employer::creditCode, Employer::name, (a, b) -> a));
        for (int i = 0; i < candidates.size(); i++) {
            Draw.Candidate c = candidates.get(i);
            mapper.insertMember(id, new Member(i + 1, c.creditCode(), names.get(c.creditCode()), c.district(),
                    c.signals().isEmpty() ? null : String.join(",", c.signals()), BigDecimal.valueOf(c.weight())));
        }
        pools.forEach((d, pool) -> {
            for (int i = 0; i < pool.size(); i++) {
                mapper.insertPool(id, d, i + 1, pool.get(i));
            }
        });
        for (Draw.Pick p : draw.picks()) {
            // the codes (RANDOM, ALL or the risk signals): the inspection's pages word them in the reader's language
            String why = String.join(",", p.why());
            String caseNo = inspections.open(new OpenInspection(id, r.title(), p.creditCode(), p.district(),
                    r.leaveTypes(), r.periodFrom(), r.periodTo(), p.inspectors(), why));
            mapper.insertPick(id, new PickRow(p.ordinal(), p.creditCode(), names.get(p.creditCode()), p.district(),
                    p.part().name(), String.join(",", p.why()), caseNo, null));
            for (int i = 0; i < p.inspectors().size(); i++) {
                mapper.insertInspector(id, caseNo, i + 1, p.inspectors().get(i), null, null);
            }
        }
        return id;
    }

    /** A campaign's draw is published when it is created: no redraw. */
    public void redraw(FfwUser me, long id) {
        Campaign c = mapper.find(id);
        if (c == null || !CampaignReads.mayRead(me, c)) {
            throw new NotFoundException("No such campaign.");
        }
        throw new ConflictException("The draw of this campaign is published; it cannot be drawn again.");
    }

    /**
     * An inspector of a case declares a conflict of interest (by themself, or the district's supervisor or an admin
     * for them): the replacement is drawn ({@link Draw#replacement}), recorded, and the inspection case told.
     */
    @Transactional
    public Recusal recuse(FfwUser me, long id, String caseNo, String inspector, String reason) {
        if (inspector == null || inspector.isBlank()) {
            throw new InvalidInputException("inspector", "is required");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "is required, at most 500 characters");
        }
        Campaign c = mapper.lock(id);
        if (c == null || !CampaignReads.mayRead(me, c)) {
            throw new NotFoundException("No such campaign.");
        }
        PickRow pick = mapper.picks(id).stream().filter(p -> p.caseNo().equals(caseNo)).findFirst()
                .orElseThrow(() -> new NotFoundException("No such case in this campaign."));
        String who = inspector.strip();
        boolean self = me.has(Role.INSPECTOR) && me.getUsername().equals(who);
        boolean lead = me.has(Role.ADMIN) || me.isStaffOf(pick.district(), List.of(Role.SUPERVISOR));
        if (!self && !lead) {
            throw new ForbiddenException("Only the inspector themself or the district's supervisor declares a recusal.");
        }
        boolean closed = pick.caseClosedAt() != null || inspections.ofCampaign(id).stream()
                .anyMatch(s -> s.caseNo().equals(caseNo) && s.closed());
        if (closed) {
            throw new ConflictException("The inspection case is closed.");
        }
        List<InspectorRow> onCase = mapper.inspectors(id).stream().filter(i -> i.caseNo().equals(caseNo)).toList();
        InspectorRow current = onCase.stream().filter(i -> !i.recused() && i.username().equals(who)).findFirst()
                .orElseThrow(() -> new InvalidInputException("inspector", "is not an inspector of this case"));
        Set<String> ever = onCase.stream().map(InspectorRow::username).collect(Collectors.toSet());
        List<String> candidates = recipients.staffOf(pick.district(), Role.INSPECTOR).stream()
                .filter(u -> !ever.contains(u)).distinct().sorted().toList();
        int recusalNo = (int) onCase.stream().filter(InspectorRow::recused).count() + 1;
        String replacement = Draw.replacement(c.seed(), caseNo, recusalNo, candidates)
                .orElseThrow(() -> new ConflictException("No inspector of the district is left to replace " + who
                        + " on this case."));
        Instant now = Instant.now();
        if (mapper.recuse(caseNo, current.ordinal(), reason.strip(), me.getUsername(), replacement, now) != 1) {
            throw new ConflictException("The inspector was replaced meanwhile.");
        }
        int ordinal = onCase.stream().mapToInt(InspectorRow::ordinal).max().orElse(0) + 1;
        mapper.insertInspector(id, caseNo, ordinal, replacement, String.join(",", candidates), recusalNo);
        inspections.replaceInspector(caseNo, who, replacement, reason.strip(), me);
        return new Recusal(caseNo, who, replacement, recusalNo, candidates);
    }

    private Valid authorised(FfwUser me, CampaignRequest request) {
        if (!me.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw new ForbiddenException("Only a district supervisor or an admin creates a campaign.");
        }
        Valid r = request.validate(users::isDistrict);
        if (!me.has(Role.ADMIN)) {
            List<String> others = new ArrayList<>(r.districts());
            others.remove(me.district());
            if (me.district() == null || !others.isEmpty()) {
                throw new ForbiddenException("A supervisor draws only in their own district.");
            }
        }
        return r;
    }

}
