package org.ffw.platform.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.ffw.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case registry: one row per case of every procedure. A procedure writes it here, in the transaction that writes
 * its own row (every write is {@code MANDATORY}); queues, lookups and access checks read it.
 */
@Service
public class CaseRegistry {

    private final RegistryMapper mapper;
    private final ApplicationEventPublisher events;

    CaseRegistry(RegistryMapper mapper, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.events = events;
    }

    /** What a procedure registers when a case is opened. */
    public record NewCase(String caseNo, Procedure procedure, String district, String employerCreditCode,
                          String applicantUsername, String status, String summary, boolean employerVisible,
                          String queryCode) {
    }

    /** Registers the case and publishes {@link CaseOpened} (its settings are recorded then, in this transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(NewCase c) {
        Instant now = Instant.now();
        mapper.insert(new CaseRecord(c.caseNo(), c.procedure(), c.district(), c.employerCreditCode(),
                c.applicantUsername(), c.status(), cut(c.summary()), c.employerVisible(),
                c.queryCode() == null ? null : QueryCodes.hash(c.caseNo(), c.queryCode()), null, now, null, now));
        events.publishEvent(new CaseOpened(c.caseNo(), c.procedure()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void processStarted(String caseNo, String processInstanceId) {
        require(mapper.setProcessInstance(caseNo, processInstanceId, Instant.now()), caseNo);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void status(String caseNo, String status) {
        require(mapper.setStatus(caseNo, status, Instant.now()), caseNo);
    }

    /** The case is handled by another district from now on (a transfer). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveTo(String caseNo, String district) {
        require(mapper.setDistrict(caseNo, district, Instant.now()), caseNo);
    }

    /** From now on the employer concerned sees the case (e.g. a complaint once accepted). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void showToEmployer(String caseNo) {
        require(mapper.showToEmployer(caseNo, Instant.now()), caseNo);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void close(String caseNo, String status) {
        Instant now = Instant.now();
        require(mapper.close(caseNo, status, now), caseNo);
    }

    /** An account acts for the applicant from now on (a representative of a collective complaint). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addRepresentative(String caseNo, String username) {
        mapper.addParty(caseNo, username, "REPRESENTATIVE", Instant.now());
    }

    /**
     * A case lodged for a person without an account joins the account they open later: from now on they are its
     * applicant. False when the case has an applicant already.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean joinApplicant(String caseNo, String username) {
        return mapper.setApplicant(caseNo, username, Instant.now()) == 1;
    }

    public Optional<CaseRecord> find(String caseNo) {
        CaseRecord c = caseNo == null ? null : mapper.find(caseNo);
        if (c == null) {
            return Optional.empty();
        }
        List<String> representatives = mapper.representatives(caseNo);
        return Optional.of(representatives.isEmpty() ? c : c.withRepresentatives(Set.copyOf(representatives)));
    }

    /** The case, or 404. */
    public CaseRecord get(String caseNo) {
        return find(caseNo).orElseThrow(() -> new NotFoundException("No such case."));
    }

    /** The one line shown in every queue and list, or null for a case number the registry does not know. */
    public String summary(String caseNo) {
        return mapper.summary(caseNo);
    }

    /** The case if the query code is its code; empty otherwise (the same answer for a wrong number or code). */
    public Optional<CaseRecord> byQueryCode(String caseNo, String queryCode) {
        return find(caseNo == null ? null : caseNo.strip()).filter(c -> QueryCodes.matches(c, queryCode));
    }

    /** An applicant's cases of every procedure, and those the account acts in as a representative, newest first. */
    public List<CaseRecord> ofApplicant(String username) {
        return mapper.ofApplicant(username);
    }

    /** The cases an employer may see, of every procedure, newest first. */
    public List<CaseRecord> ofEmployer(String creditCode) {
        return mapper.ofEmployer(creditCode);
    }

    private static void require(int updated, String caseNo) {
        if (updated != 1) {
            throw new IllegalStateException("case " + caseNo + " is not in the case registry");
        }
    }

    private static String cut(String summary) {
        return summary == null || summary.length() <= 255 ? summary : summary.substring(0, 252) + "...";
    }

    @Mapper
    interface RegistryMapper {

        String COLUMNS = """
                case_no, procedure_code AS `procedure`, district, employer_credit_code, applicant_username, status,
                summary, employer_visible, query_code_hash, process_instance_id, opened_at, closed_at, updated_at""";

        @Insert("""
                INSERT INTO case_registry (case_no, procedure_code, district, employer_credit_code, applicant_username,
                    status, summary, employer_visible, query_code_hash, process_instance_id, opened_at, closed_at,
                    updated_at)
                VALUES (#{caseNo}, #{procedure}, #{district}, #{employerCreditCode}, #{applicantUsername}, #{status},
                    #{summary}, #{employerVisible}, #{queryCodeHash}, #{processInstanceId}, #{openedAt}, #{closedAt},
                    #{updatedAt})""")
        int insert(CaseRecord c);

        @Select("SELECT " + COLUMNS + " FROM case_registry WHERE case_no = #{caseNo}")
        CaseRecord find(@Param("caseNo") String caseNo);

        @Select("SELECT summary FROM case_registry WHERE case_no = #{caseNo}")
        String summary(@Param("caseNo") String caseNo);

        @Select("SELECT " + COLUMNS + " FROM case_registry WHERE applicant_username = #{u}"
                + " OR case_no IN (SELECT case_no FROM case_party WHERE username = #{u})"
                + " ORDER BY opened_at DESC, case_no DESC")
        List<CaseRecord> ofApplicant(@Param("u") String username);

        @Select("SELECT " + COLUMNS + " FROM case_registry WHERE employer_credit_code = #{code} AND employer_visible = TRUE"
                + " ORDER BY opened_at DESC, case_no DESC")
        List<CaseRecord> ofEmployer(@Param("code") String creditCode);

        @Insert("INSERT INTO case_party (case_no, username, part, added_at) VALUES (#{caseNo}, #{u}, #{part}, #{now})")
        int addParty(@Param("caseNo") String caseNo, @Param("u") String username, @Param("part") String part,
                     @Param("now") Instant now);

        @Select("SELECT username FROM case_party WHERE case_no = #{caseNo} ORDER BY username")
        List<String> representatives(@Param("caseNo") String caseNo);

        @Update("""
                UPDATE case_registry SET applicant_username = #{u}, updated_at = #{now}
                WHERE case_no = #{caseNo} AND applicant_username IS NULL""")
        int setApplicant(@Param("caseNo") String caseNo, @Param("u") String username, @Param("now") Instant now);

        @Update("UPDATE case_registry SET process_instance_id = #{pi}, updated_at = #{now} WHERE case_no = #{caseNo}")
        int setProcessInstance(@Param("caseNo") String caseNo, @Param("pi") String pi, @Param("now") Instant now);

        @Update("UPDATE case_registry SET status = #{status}, updated_at = #{now} WHERE case_no = #{caseNo}")
        int setStatus(@Param("caseNo") String caseNo, @Param("status") String status, @Param("now") Instant now);

        @Update("UPDATE case_registry SET district = #{district}, updated_at = #{now} WHERE case_no = #{caseNo}")
        int setDistrict(@Param("caseNo") String caseNo, @Param("district") String district, @Param("now") Instant now);

        @Update("UPDATE case_registry SET employer_visible = TRUE, updated_at = #{now} WHERE case_no = #{caseNo}")
        int showToEmployer(@Param("caseNo") String caseNo, @Param("now") Instant now);

        @Update("""
                UPDATE case_registry SET status = #{status}, closed_at = #{now}, updated_at = #{now}
                WHERE case_no = #{caseNo}""")
        int close(@Param("caseNo") String caseNo, @Param("status") String status, @Param("now") Instant now);
    }
}
