package org.ffw.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ffw.certification.CertificationEmployers;
import org.ffw.certification.Certifications;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.subsidy.Subsidies;
import org.ffw.support.Api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A fresh employer with a case of every procedure, made through the API: a subsidy application, a certification
 * application carried through to its certificate, and a confidential complaint against it, accepted (so the employer
 * sees it). Each with the query code the applicant was given.
 */
record PortalCases(CertificationEmployers.Fresh employer, String subsidyCase, String subsidyCode,
                   String certificationCase, String certificationCode, String certificateNo, String complaintCase,
                   String complaintCode) {

    static final String COMPLAINANT = "李娜";
    static final String COMPLAINANT_PHONE = "13800000000";

    static PortalCases create(Api api, TaskService tasks, RuntimeService runtime, ManagementService management,
                              EmployerService employers, UserService users) {
        CertificationEmployers.Fresh fresh = CertificationEmployers.create(employers, users);
        Api holder = api.as(fresh.username(), CertificationEmployers.PASSWORD);

        Api.Response subsidy = holder.header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/subsidy-applications", Subsidies.application());
        assertThat(subsidy.status()).as(subsidy.toString()).isEqualTo(201);

        Api.Response applied = Certifications.apply(holder, Certifications.application());
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String fp = applied.json().path("caseNo").asText();
        Certifications.complete(api.as("inspector"), tasks, fp, "hrbReview", Map.of("decision", "APPROVE"));
        Certifications.complete(api.as("union"), tasks, fp, "unionReview", Map.of("decision", "APPROVE"));
        Certifications.complete(api.as("inspector"), tasks, fp, "siteVisit", Map.of("result", "CONFIRMED",
                "visitDate", java.time.LocalDate.now(org.ffw.platform.Shanghai.ZONE).toString(),
                "findings", "岗位设置与申报一致，职工知晓弹性安排。"));
        Certifications.endNotice(runtime, management, fp);
        String number = holder.get("/api/v1/certifications/" + fp).json().path("certificateNo").asText();
        assertThat(number).startsWith("FC-");

        Map<String, Object> c = new HashMap<>();
        c.put("employerCreditCode", fresh.creditCode());
        c.put("employerName", fresh.name());
        c.put("workplaceDistrict", "310115");
        c.put("leaveType", "BIRTH");
        c.put("childBirthDate", "2026-03-10");
        c.put("babies", 1);
        c.put("violationDate", "2026-06-16");
        c.put("facts", "本人" + COMPLAINANT + "于2026年3月10日生育，公司只批准98天产假，拒绝60天生育假。");
        c.put("request", "补足生育假");
        c.put("daysGranted", 98);
        c.put("confidential", true);
        c.put("phone", COMPLAINANT_PHONE);
        Api.Response lodged = api.as("employee").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/complaints", c);
        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
        String lc = lodged.json().path("caseNo").asText();
        String triage = tasks.createTaskQuery().processInstanceBusinessKey(lc).taskDefinitionKey("triage")
                .singleResult().getId();
        Api inspector = api.as("inspector");
        assertThat(inspector.post("/api/v1/tasks/" + triage + "/claim", null).status()).isEqualTo(204);
        Api.Response done = inspector.post("/api/v1/tasks/" + triage + "/complete", Map.of("values",
                Map.of("triageDecision", "ACCEPT", "allegation", "职工反映：单位仅批准98天产假，未依法给予60天生育假。")));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);

        JsonNode s = subsidy.json();
        return new PortalCases(fresh, s.path("caseNo").asText(), s.path("queryCode").asText(), fp,
                applied.json().path("queryCode").asText(), number, lc, lodged.json().path("queryCode").asText());
    }
}
