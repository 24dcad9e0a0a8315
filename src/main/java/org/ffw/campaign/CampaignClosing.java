package org.ffw.campaign;

import java.time.Instant;
import java.util.List;

import org.ffw.inspection.InspectionCases;
import org.ffw.inspection.InspectionCases.InspectionClosed;
import org.ffw.inspection.InspectionCases.InspectionSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A campaign closes when its last case closes. The inspection procedure publishes {@link InspectionClosed}; this
 * listener runs after the publishing transaction commits (or at once when it is published outside one), in its own
 * transaction: it marks the case closed, also any other case the procedure reports closed, and closes the campaign —
 * status CLOSED, closed_at — when no case is open. Idempotent. An event lost between the case's commit and this
 * listener (a crash) is made good by the sweep, which settles every open campaign the same way.
 */
@Component
class CampaignClosing {

    private static final Logger log = LoggerFactory.getLogger(CampaignClosing.class);

    private final CampaignMapper mapper;
    private final InspectionCases inspections;
    private final TransactionTemplate tx;

    CampaignClosing(CampaignMapper mapper, InspectionCases inspections, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.inspections = inspections;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void closed(InspectionClosed event) {
        tx.executeWithoutResult(s -> settle(event.campaignId(), event.caseNo()));
    }

    /** Every open campaign settled again: closes those whose cases all closed while no event reached us. */
    @Scheduled(fixedDelayString = "${ffw.campaigns.close-sweep:PT10M}", initialDelayString = "PT2M")
    void sweep() {
        try {
            sweepNow();
        } catch (RuntimeException e) {
            log.warn("campaign close sweep failed: {}", e.toString());
        }
    }

    /** One round of the sweep; the campaigns it closed. */
    int sweepNow() {
        int closed = 0;
        for (long id : mapper.drawnIds()) {
            closed += Boolean.TRUE.equals(tx.execute(s -> settle(id, null))) ? 1 : 0;
        }
        return closed;
    }

    /**
     * Marks the case of the event (null in a sweep) and those the procedure reports closed; closes the campaign when
     * none is open. True if it closed now.
     */
    private boolean settle(long campaignId, String closedCase) {
        Campaign c = mapper.lock(campaignId);
        if (c == null || !Campaign.DRAWN.equals(c.status())) {
            return false;
        }
        Instant now = Instant.now();
        if (closedCase != null) {
            mapper.caseClosed(c.id(), closedCase, now);
        }
        List<InspectionSummary> cases = inspections.ofCampaign(c.id());
        for (InspectionSummary s : cases) {
            if (s.closed()) {
                mapper.caseClosed(c.id(), s.caseNo(), now);
            }
        }
        if (mapper.openCases(c.id()) == 0) {
            mapper.close(c.id(), now);
            return true;
        }
        return false;
    }
}
