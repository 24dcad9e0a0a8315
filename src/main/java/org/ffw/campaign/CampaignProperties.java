package org.ffw.campaign;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ffw.campaigns.*: how many inspectors go to each case (at least two: 双随机 and the two-inspector rule of labour
 * inspection), and the weight of each risk signal with the window in which it counts. The weights are choices of the
 * bureau, not sourced (docs/campaigns.md); an employer's weight is the sum of its signals'.
 */
@ConfigurationProperties("ffw.campaigns")
public record CampaignProperties(Integer inspectorsPerCase, Risk risk) {

    public record Risk(Double substantiatedComplaint, Double shortSubsidyLeave, Double revokedCertificate,
                       Integer windowMonths) {
        public Risk {
            substantiatedComplaint = substantiatedComplaint == null ? 2.0 : substantiatedComplaint;
            shortSubsidyLeave = shortSubsidyLeave == null ? 1.0 : shortSubsidyLeave;
            revokedCertificate = revokedCertificate == null ? 1.0 : revokedCertificate;
            windowMonths = windowMonths == null ? 24 : windowMonths;
        }
    }

    public CampaignProperties {
        inspectorsPerCase = inspectorsPerCase == null ? 2 : inspectorsPerCase;
        if (inspectorsPerCase < 2) {
            throw new IllegalArgumentException("ffw.campaigns.inspectors-per-case is at least 2");
        }
        risk = risk == null ? new Risk(null, null, null, null) : risk;
    }

    double weight(RiskSignal signal) {
        return switch (signal) {
            case SUBSTANTIATED_COMPLAINT -> risk.substantiatedComplaint();
            case SHORT_SUBSIDY_LEAVE -> risk.shortSubsidyLeave();
            case REVOKED_CERTIFICATE -> risk.revokedCertificate();
        };
    }
}
