package org.ffw.campaign;

import java.time.Instant;

import org.ffw.inspection.InspectionCases;
import org.ffw.inspection.InspectionCases.InspectionClosed;
import org.ffw.inspection.InspectionCases.InspectionSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A campaign closes when its last case closes. The inspection procedure publishes {@link InspectionClosed}; this
 * listener runs after the publishing transaction commits (or at once when it is published outside one), in its own
 * transaction: it marks the case closed, also any other case the procedure reports closed (so a lost event heals at
 * the next), and closes the campaign — status CLOSED, closed_at — when no case is open. Idempotent.
 */
@Component
class CampaignClosing {

    private final CampaignMapper mapper;
    private final InspectionCases inspections;

    CampaignClosing(CampaignMapper mapper, InspectionCases inspections) {
        this.mapper = mapper;
        this.inspections = inspections;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void closed(InspectionClosed event) {
        Campaign c = mapper.lock(event.campaignId());
        if (c == null || !Campaign.DRAWN.equals(c.status())) {
            return;
        }
        Instant now = Instant.now();
        mapper.caseClosed(c.id(), event.caseNo(), now);
        for (InspectionSummary s : inspections.ofCampaign(c.id())) {
            if (s.closed()) {
                mapper.caseClosed(c.id(), s.caseNo(), now);
            }
        }
        if (mapper.openCases(c.id()) == 0) {
            mapper.close(c.id(), now);
        }
    }
}
