package org.ffw.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ffw.campaign.Campaign.InspectorRow;
import org.ffw.campaign.Campaign.Member;
import org.ffw.campaign.Campaign.PickRow;
import org.ffw.campaign.CampaignViews.Code;
import org.ffw.campaign.CampaignViews.Detail;
import org.ffw.campaign.CampaignViews.DrawRecord;
import org.ffw.campaign.CampaignViews.ListItem;
import org.ffw.campaign.CampaignViews.PairProgress;
import org.ffw.campaign.CampaignViews.PickView;
import org.ffw.campaign.CampaignViews.PublicPick;
import org.ffw.campaign.CampaignViews.PublicRecord;
import org.ffw.campaign.CampaignViews.RecusalView;
import org.ffw.campaign.CampaignViews.Verification;
import org.ffw.employer.Sector;
import org.ffw.employer.SizeBand;
import org.ffw.identity.DistrictNames;
import org.ffw.inspection.InspectionCases;
import org.ffw.inspection.InspectionCases.InspectionSummary;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Campaigns as each reader may see them: the district's supervisors and inspectors (their district's campaigns),
 * admins (all), the public (a closed campaign's results, without inspectors or employees), and the re-run of a draw.
 */
@Service
public class CampaignReads {

    private final CampaignMapper mapper;
    private final InspectionCases inspections;
    private final DistrictNames districtNames;

    CampaignReads(CampaignMapper mapper, InspectionCases inspections, DistrictNames districtNames) {
        this.mapper = mapper;
        this.inspections = inspections;
        this.districtNames = districtNames;
    }

    /** Admins read every campaign; supervisors and inspectors those covering their district. */
    static boolean mayRead(FfwUser me, Campaign c) {
        if (me.has(Role.ADMIN)) {
            return true;
        }
        return me.hasAny(Role.SUPERVISOR, Role.INSPECTOR) && me.district() != null
                && Campaign.list(c.districts()).contains(me.district());
    }

    private static void mayList(FfwUser me) {
        if (!me.hasAny(Role.ADMIN, Role.SUPERVISOR, Role.INSPECTOR)) {
            throw new ForbiddenException("Campaigns are read by the HRB's supervisors, inspectors and admins.");
        }
    }

    public List<ListItem> list(FfwUser me, int page, int size) {
        mayList(me);
        List<Campaign> rows = me.has(Role.ADMIN) ? mapper.all(size, page * size)
                : me.district() == null ? List.of() : mapper.ofDistrict(me.district(), size, page * size);
        return rows.stream().map(c -> {
            List<PickRow> picks = mapper.picks(c.id());
            int closed = (int) picks.stream().filter(p -> p.caseClosedAt() != null).count();
            return new ListItem(c.id(), c.title(), c.status(), statusLabel(c.status()), districts(c),
                    c.periodFrom(), c.periodTo(), c.sampleSize(), picks.size(), closed, c.createdAt());
        }).toList();
    }

    private Campaign readable(FfwUser me, long id) {
        mayList(me);
        Campaign c = mapper.find(id);
        if (c == null) {
            throw new NotFoundException("No such campaign.");
        }
        if (!mayRead(me, c)) {
            throw new ForbiddenException("This campaign is not of your district.");
        }
        return c;
    }

    public Detail read(FfwUser me, long id) {
        Campaign c = readable(me, id);
        List<PickRow> picks = mapper.picks(id);
        Map<String, List<InspectorRow>> byCase = mapper.inspectors(id).stream()
                .collect(Collectors.groupingBy(InspectorRow::caseNo, LinkedHashMap::new, Collectors.toList()));
        Map<String, InspectionSummary> summaries = summaries(id);
        List<PickView> views = new ArrayList<>();
        Map<List<String>, int[]> pairs = new LinkedHashMap<>();
        for (PickRow p : picks) {
            List<InspectorRow> rows = byCase.getOrDefault(p.caseNo(), List.of());
            List<String> current = rows.stream().filter(r -> !r.recused()).map(InspectorRow::username).toList();
            List<RecusalView> recusals = rows.stream().filter(InspectorRow::recused)
                    .map(r -> new RecusalView(r.username(), r.recusalReason(), r.replacedBy(), r.recusedBy(),
                            r.recusedAt())).toList();
            InspectionSummary s = summaries.get(p.caseNo());
            boolean closed = p.caseClosedAt() != null || (s != null && s.closed());
            views.add(new PickView(p.ordinal(), p.creditCode(), p.employerName(), p.district(), p.part(),
                    partLabel(p.part()), CampaignViews.whys(List.of(p.why().split(","))), p.caseNo(), current,
                    recusals, s == null ? null : s.status(), s == null ? null : s.statusLabel(),
                    s == null ? null : s.finding(), closed));
            int[] counts = pairs.computeIfAbsent(current.stream().sorted().toList(), k -> new int[2]);
            counts[0]++;
            counts[1] += closed ? 1 : 0;
        }
        List<Draw.Candidate> population = candidates(mapper.population(id));
        Map<String, String> names = mapper.population(id).stream()
                .collect(Collectors.toMap(Member::creditCode, Member::employerName, (a, b) -> a));
        return new Detail(c.id(), c.title(), c.status(), statusLabel(c.status()),
                CampaignViews.leaveTypes(Campaign.list(c.leaveTypes())), districts(c), c.periodFrom(), c.periodTo(),
                drawRecord(c, picks), views, views.size(), (int) views.stream().filter(PickView::closed).count(),
                pairs.entrySet().stream().map(e -> new PairProgress(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList(),
                population.stream().map(m -> CampaignViews.candidate(m, names.get(m.creditCode()))).toList(),
                c.createdBy(), c.createdAt(), c.closedAt());
    }

    /** The inspection results of a campaign's cases by case number (finding, order, rectification, penalty). */
    public Map<String, InspectionSummary> outcomes(FfwUser me, long id) {
        readable(me, id);
        return summaries(id);
    }

    /** Re-runs the draw from the recorded seed, population and inspector pools; whether it gives the recorded picks. */
    public Verification verify(FfwUser me, long id) {
        Campaign c = readable(me, id);
        List<Draw.Candidate> population = candidates(mapper.population(id));
        Map<String, List<String>> pools = new LinkedHashMap<>();
        for (String d : Campaign.list(c.districts())) {
            pools.put(d, mapper.pool(id, d));
        }
        List<PickRow> picks = mapper.picks(id);
        Map<String, List<String>> drawnPairs = mapper.inspectors(id).stream()
                .filter(r -> r.recusalNo() == null)
                .collect(Collectors.groupingBy(InspectorRow::caseNo, Collectors.mapping(InspectorRow::username,
                        Collectors.toList())));
        List<String> recorded = picks.stream().map(p -> p.creditCode() + " " + p.part() + " "
                + String.join("+", drawnPairs.getOrDefault(p.caseNo(), List.of()))).toList();
        List<String> rerun;
        try {
            rerun = Draw.run(population, c.sampleSize(), c.riskShare(), c.seed(), pools, c.inspectorsPerCase())
                    .picks().stream().map(p -> p.creditCode() + " " + p.part() + " "
                            + String.join("+", p.inspectors())).toList();
        } catch (IllegalArgumentException cannot) {
            rerun = List.of();
        }
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < Math.max(recorded.size(), rerun.size()); i++) {
            String a = i < recorded.size() ? recorded.get(i) : "—";
            String b = i < rerun.size() ? rerun.get(i) : "—";
            if (!a.equals(b)) {
                differences.add((i + 1) + ": recorded " + a + ", re-run " + b);
            }
        }
        return new Verification(id, c.method(), c.seed(), differences.isEmpty(), population.size(), recorded, rerun,
                differences);
    }

    /** Anyone: the published campaigns, the latest first, with their counts. */
    public List<CampaignViews.PublicItem> publishedList(int page, int size) {
        return mapper.closedCampaigns(size, page * size).stream().map(c -> {
            List<InspectionSummary> cases = inspections.ofCampaign(c.id());
            int violations = (int) cases.stream().filter(s -> "VIOLATION".equals(s.finding())).count();
            int putRight = (int) cases.stream().filter(s -> Boolean.TRUE.equals(s.rectified())).count();
            return new CampaignViews.PublicItem(c.id(), c.title(), c.periodFrom(), c.periodTo(), districts(c),
                    cases.size(), violations, putRight, c.closedAt());
        }).toList();
    }

    /** Anyone: a closed campaign's results (404 until it closes). */
    public PublicRecord published(long id) {
        Campaign c = mapper.find(id);
        if (c == null || !Campaign.CLOSED.equals(c.status())) {
            throw new NotFoundException("No published campaign with this number.");
        }
        List<PickRow> picks = mapper.picks(id);
        Map<String, InspectionSummary> summaries = summaries(id);
        List<PublicPick> employers = picks.stream().map(p -> {
            InspectionSummary s = summaries.get(p.caseNo());
            String finding = s == null ? null : s.finding();
            return new PublicPick(p.creditCode(), p.employerName(), CampaignViews.whys(List.of(p.why().split(","))),
                    finding, findingLabel(finding), s != null && s.ordered(), s == null ? null : s.rectified(),
                    s != null && s.penaltyReferred(), s == null ? null : s.closedOn());
        }).toList();
        return new PublicRecord(c.id(), c.title(), c.periodFrom(), c.periodTo(),
                CampaignViews.leaveTypes(Campaign.list(c.leaveTypes())), districts(c), drawRecord(c, picks),
                employers, c.closedAt());
    }

    private Map<String, InspectionSummary> summaries(long id) {
        Map<String, InspectionSummary> out = new LinkedHashMap<>();
        inspections.ofCampaign(id).forEach(s -> out.put(s.caseNo(), s));
        return out;
    }

    static List<Draw.Candidate> candidates(List<Member> members) {
        return members.stream().map(m -> new Draw.Candidate(m.creditCode(), m.district(), m.weight().doubleValue(),
                m.signals() == null ? List.of() : List.of(m.signals().split(",")))).toList();
    }

    private DrawRecord drawRecord(Campaign c, List<PickRow> picks) {
        List<String> sectors = Campaign.list(c.sectors());
        List<String> bands = Campaign.list(c.sizeBands());
        return new DrawRecord(c.method(), c.seed(), c.populationSize(), c.sampleSize(), c.riskShare(),
                Draw.riskTarget(c.sampleSize(), c.riskShare()), picks.stream().anyMatch(p -> "ALL".equals(p.part())),
                c.inspectorsPerCase(), c.signalsSince(),
                sectors == null ? List.of() : sectors.stream().map(s -> new Code(s, Sector.valueOf(s).label())).toList(),
                bands == null ? List.of() : bands.stream().map(b -> new Code(b, SizeBand.valueOf(b).label())).toList());
    }

    private List<Code> districts(Campaign c) {
        return Campaign.list(c.districts()).stream().map(d -> new Code(d, districtNames.name(d))).toList();
    }

    static String statusLabel(String status) {
        return Campaign.CLOSED.equals(status) ? "已结束" : "已抽取，检查中";
    }

    static String partLabel(String part) {
        return switch (part) {
            case "RISK" -> "按风险加权抽取";
            case "RANDOM" -> "随机抽取";
            default -> "全部检查";
        };
    }

    static String findingLabel(String finding) {
        if (finding == null) {
            return null;
        }
        return switch (finding) {
            case "NO_VIOLATION" -> "未发现违法";
            case "VIOLATION" -> "发现违法";
            default -> finding;
        };
    }
}
