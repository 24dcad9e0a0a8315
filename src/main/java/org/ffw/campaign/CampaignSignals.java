package org.ffw.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ffw.certification.CertificateReads;
import org.ffw.employer.Employer;
import org.ffw.employer.EmployerService;
import org.ffw.platform.Shanghai;
import org.ffw.subsidy.SubsidyReads;
import org.springframework.stereotype.Component;

/**
 * The risk signals of a population, each read through its owner's door (employer registry, subsidy reads, certificate
 * reads — never their tables), and the weight they give: the sum of the signals' configured weights.
 */
@Component
class CampaignSignals {

    private final EmployerService employers;
    private final SubsidyReads subsidies;
    private final CertificateReads certificates;
    private final CampaignProperties properties;

    CampaignSignals(EmployerService employers, SubsidyReads subsidies, CertificateReads certificates,
                    CampaignProperties properties) {
        this.employers = employers;
        this.subsidies = subsidies;
        this.certificates = certificates;
        this.properties = properties;
    }

    /** The first day of the window the signals count in. */
    LocalDate since(LocalDate today) {
        return today.minusMonths(properties.risk().windowMonths());
    }

    /** The population as the draw takes it: credit-code order, each with its signals and weight. */
    List<Draw.Candidate> candidates(List<Employer> population, LocalDate since) {
        Set<String> shortLeave = subsidies.employersWithShortLeave(since.atStartOfDay(Shanghai.ZONE).toInstant());
        Set<String> revoked = certificates.employersRevokedSince(since);
        List<Draw.Candidate> out = new ArrayList<>();
        for (Employer e : population) {
            List<String> signals = new ArrayList<>();
            double weight = 0;
            if (employers.violations(e.creditCode()).stream().anyMatch(v -> !v.foundOn().isBefore(since))) {
                signals.add(RiskSignal.SUBSTANTIATED_COMPLAINT.name());
                weight += properties.weight(RiskSignal.SUBSTANTIATED_COMPLAINT);
            }
            if (shortLeave.contains(e.creditCode())) {
                signals.add(RiskSignal.SHORT_SUBSIDY_LEAVE.name());
                weight += properties.weight(RiskSignal.SHORT_SUBSIDY_LEAVE);
            }
            if (revoked.contains(e.creditCode())) {
                signals.add(RiskSignal.REVOKED_CERTIFICATE.name());
                weight += properties.weight(RiskSignal.REVOKED_CERTIFICATE);
            }
            // three decimals, as the population is recorded
            weight = Math.round(weight * 1000) / 1000.0;
            out.add(new Draw.Candidate(e.creditCode(), e.districtCode(), weight, signals));
        }
        return out;
    }
}
