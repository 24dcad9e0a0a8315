package org.ffw.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ffw.platform.security.FfwUser;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in for the inspection procedure (written on branch campaign so the context starts and the campaign
 * tests run): keeps the opened cases in memory, every one OPEN. The lead's real implementation replaces it at merge;
 * delete this file then.
 */
@Component
class StandInInspectionCases implements InspectionCases {

    private static final AtomicLong COUNTER = new AtomicLong();

    private final Map<String, OpenInspection> opened = new ConcurrentHashMap<>();
    private final Map<String, List<String>> inspectors = new ConcurrentHashMap<>();

    @Override
    public String open(OpenInspection command) {
        String caseNo = "LI" + String.format("%08d", COUNTER.incrementAndGet()) + "-" + System.nanoTime() % 100000;
        opened.put(caseNo, command);
        inspectors.put(caseNo, new ArrayList<>(command.inspectors()));
        return caseNo;
    }

    @Override
    public List<InspectionSummary> ofCampaign(long campaignId) {
        return opened.entrySet().stream().filter(e -> e.getValue().campaignId() == campaignId)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new InspectionSummary(e.getKey(), e.getValue().employerCreditCode(), null, "OPEN",
                        "检查中", List.copyOf(inspectors.get(e.getKey())), null, 0, false, null, false, null))
                .toList();
    }

    @Override
    public void replaceInspector(String caseNo, String recused, String replacement, String reason, FfwUser by) {
        List<String> pair = inspectors.get(caseNo);
        if (pair != null) {
            synchronized (pair) {
                pair.replaceAll(u -> u.equals(recused) ? replacement : u);
            }
        }
    }
}
