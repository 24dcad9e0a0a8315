package org.ffw.subsidy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ffw.platform.cases.CaseNotices;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The subsidy row and its registry entry, changed together; and the notices to the employer and the district. */
@Component
class SubsidyCases {

    private final SubsidyMapper mapper;
    private final CaseRegistry registry;
    private final CaseNotices notices;
    private final ObjectMapper json;

    SubsidyCases(SubsidyMapper mapper, CaseRegistry registry, CaseNotices notices, ObjectMapper json) {
        this.mapper = mapper;
        this.registry = registry;
        this.notices = notices;
        this.json = json;
    }

    /** The checks as stored on the row (JSON). */
    String write(List<SubsidyCheck> checks) {
        try {
            return json.writeValueAsString(checks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    SubsidyApplication find(String caseNo) {
        return caseNo == null ? null : mapper.find(caseNo);
    }

    SubsidyApplication existing(String caseNo) {
        SubsidyApplication a = find(caseNo);
        if (a == null) {
            throw new NotFoundException("No such subsidy application.");
        }
        return a;
    }

    SubsidyApplication lock(String caseNo) {
        return caseNo == null ? null : mapper.lock(caseNo);
    }

    void status(String caseNo, SubsidyStatus status) {
        mapper.setStatus(caseNo, status, Instant.now());
        registry.status(caseNo, status.name());
    }

    void approved(String caseNo, java.math.BigDecimal amount, LocalDate on) {
        mapper.approve(caseNo, amount, on, Instant.now());
        registry.status(caseNo, SubsidyStatus.APPROVED.name());
    }

    /** Rejected, withdrawn or paid: the case is closed. */
    void closed(String caseNo, SubsidyStatus status, LocalDate on) {
        if (status != SubsidyStatus.PAID) {
            mapper.close(caseNo, status, on, Instant.now());
        }
        registry.close(caseNo, status.name());
    }

    void toEmployer(String caseNo, Notice notice) {
        notices.toEmployer(caseNo, notice);
    }

    void toSupervisors(String caseNo, Notice notice) {
        notices.toStaff(caseNo, Role.SUPERVISOR, notice);
    }
}
