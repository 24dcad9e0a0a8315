package org.ffw.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ffw.complaint.LeaveType;

/** What the campaign API answers: codes with their words ({@code *Label}, Chinese), as the other APIs do. */
public final class CampaignViews {

    private CampaignViews() {
    }

    public record Code(String code, String label) {
    }

    /** A candidate of the population with its risk signals and weight. */
    public record Candidate(String creditCode, String employerName, String district, List<Code> signals,
                            double weight) {
    }

    static Candidate candidate(Draw.Candidate c, String name) {
        return new Candidate(c.creditCode(), name, c.district(), whys(c.signals()), c.weight());
    }

    static List<Code> whys(List<String> codes) {
        return codes == null ? List.of() : codes.stream().map(w -> new Code(w, RiskSignal.labelOf(w))).toList();
    }

    static List<Code> leaveTypes(List<String> codes) {
        return codes.stream().map(t -> new Code(t, LeaveType.valueOf(t).label())).toList();
    }

    /** A line of the list. */
    public record ListItem(long id, String title, String status, String statusLabel, List<Code> districts,
                           LocalDate periodFrom, LocalDate periodTo, int sampleSize, int cases, int closedCases,
                           Instant createdAt) {
    }

    /** The inputs of the draw as recorded. */
    public record DrawRecord(String method, long seed, int populationSize, int sampleSize, BigDecimal riskShare,
                             int riskTarget, boolean tookAll, int inspectorsPerCase, LocalDate signalsSince,
                             List<Code> sectors, List<Code> sizeBands) {
    }

    public record RecusalView(String inspector, String reason, String replacement, String recusedBy,
                              Instant recusedAt) {
    }

    /** A drawn employer with its case, pair and progress (staff view). */
    public record PickView(int ordinal, String creditCode, String employerName, String district, String part,
                           String partLabel, List<Code> why, String caseNo, List<String> inspectors,
                           List<RecusalView> recusals, String status, String statusLabel, String finding,
                           boolean closed) {
    }

    public record PairProgress(List<String> inspectors, int cases, int closed) {
    }

    /** The whole campaign for staff of its districts. */
    public record Detail(long id, String title, String status, String statusLabel, List<Code> leaveTypes,
                         List<Code> districts, LocalDate periodFrom, LocalDate periodTo, DrawRecord draw,
                         List<PickView> picks, int cases, int closedCases, List<PairProgress> pairs,
                         List<Candidate> population, String createdBy, Instant createdAt, Instant closedAt) {
    }

    /** The re-run of the draw from the record. */
    public record Verification(long id, String method, long seed, boolean matches, int populationSize,
                               List<String> recorded, List<String> rerun, List<String> differences) {
    }

    /** An inspected employer as published: no inspector, no employee. */
    public record PublicPick(String creditCode, String employerName, List<Code> why, String finding,
                             String findingLabel, boolean ordered, Boolean rectified, boolean penaltyReferred,
                             LocalDate closedOn) {
    }

    /** 一公开: the closed campaign's results without personal data. */
    /** A line of the public list of published campaigns: what was inspected and what was found, in counts. */
    public record PublicItem(long id, String title, LocalDate periodFrom, LocalDate periodTo, List<Code> districts,
                             int employersInspected, int violationsFound, int putRight, Instant closedAt) {
    }

    public record PublicRecord(long id, String title, LocalDate periodFrom, LocalDate periodTo, List<Code> leaveTypes,
                               List<Code> districts, DrawRecord draw, List<PublicPick> employers, Instant closedAt) {
    }
}
