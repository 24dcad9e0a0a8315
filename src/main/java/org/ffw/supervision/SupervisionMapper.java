package org.ffw.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.ffw.supervision.Supervision.Supervisor;

/** The tables union_supervision and union_supervisor. Each update names the step it belongs to. */
@Mapper
interface SupervisionMapper {

    String COLUMNS = """
            case_no, process_instance_id, status, outcome, opened_by, district, employer_credit_code, employer_name,
            leave_type, facts, required_correction, affected_employees, opinion_issued_on, answer_due, answer_position,
            answer_text, answer_evidence, answered_at, no_answer, assessment, assessment_note, assessed_at,
            suggestion_text, suggestion_signed_by, suggestion_sent_on, hrb_due, hrb_decision, hrb_explanation,
            hrb_decided_by, hrb_decided_at, complaint_case_no, closed_on, created_at, updated_at""";

    @Insert("""
            INSERT INTO union_supervision (case_no, status, opened_by, district, employer_credit_code, employer_name,
                leave_type, facts, required_correction, affected_employees, opinion_issued_on, answer_due, no_answer,
                created_at, updated_at)
            VALUES (#{caseNo}, #{status}, #{openedBy}, #{district}, #{employerCreditCode}, #{employerName},
                #{leaveType}, #{facts}, #{requiredCorrection}, #{affectedEmployees}, #{opinionIssuedOn}, #{answerDue},
                FALSE, #{createdAt}, #{createdAt})""")
    int insert(Supervision s);

    @Insert("INSERT INTO union_supervisor (case_no, seq, name, certificate_no) VALUES (#{caseNo}, #{seq}, #{s.name}, "
            + "#{s.certificateNo})")
    int insertSupervisor(@Param("caseNo") String caseNo, @Param("seq") int seq, @Param("s") Supervisor s);

    @Select("SELECT name, certificate_no FROM union_supervisor WHERE case_no = #{caseNo} ORDER BY seq")
    List<Supervisor> supervisors(@Param("caseNo") String caseNo);

    @Select("SELECT " + COLUMNS + " FROM union_supervision WHERE case_no = #{caseNo}")
    Supervision find(@Param("caseNo") String caseNo);

    @Select("SELECT " + COLUMNS + " FROM union_supervision WHERE case_no = #{caseNo} FOR UPDATE")
    Supervision lock(@Param("caseNo") String caseNo);

    @Select("SELECT " + COLUMNS + " FROM union_supervision WHERE district = #{district}"
            + " ORDER BY created_at DESC, case_no DESC LIMIT #{limit} OFFSET #{offset}")
    List<Supervision> forDistrict(@Param("district") String district, @Param("limit") int limit,
                                  @Param("offset") int offset);

    @Select("SELECT " + COLUMNS + " FROM union_supervision WHERE employer_credit_code = #{code}"
            + " ORDER BY created_at DESC, case_no DESC")
    List<Supervision> forEmployer(@Param("code") String creditCode);

    @Update("UPDATE union_supervision SET process_instance_id = #{pi}, updated_at = #{now} WHERE case_no = #{caseNo}")
    int setProcessInstance(@Param("caseNo") String caseNo, @Param("pi") String pi, @Param("now") Instant now);

    @Update("UPDATE union_supervision SET status = #{status}, outcome = #{outcome}, updated_at = #{now}"
            + " WHERE case_no = #{caseNo}")
    int setStatus(@Param("caseNo") String caseNo, @Param("status") SupervisionStatus status,
                  @Param("outcome") String outcome, @Param("now") Instant now);

    @Update("""
            UPDATE union_supervision SET answer_position = #{position}, answer_text = #{text},
                answer_evidence = #{evidence}, answered_at = #{now}, updated_at = #{now} WHERE case_no = #{caseNo}""")
    int saveAnswer(@Param("caseNo") String caseNo, @Param("position") String position, @Param("text") String text,
                   @Param("evidence") String evidence, @Param("now") Instant now);

    @Update("UPDATE union_supervision SET no_answer = TRUE, updated_at = #{now} WHERE case_no = #{caseNo}")
    int noAnswer(@Param("caseNo") String caseNo, @Param("now") Instant now);

    @Update("""
            UPDATE union_supervision SET assessment = #{assessment}, assessment_note = #{note}, assessed_at = #{now},
                updated_at = #{now} WHERE case_no = #{caseNo}""")
    int saveAssessment(@Param("caseNo") String caseNo, @Param("assessment") String assessment,
                       @Param("note") String note, @Param("now") Instant now);

    @Update("""
            UPDATE union_supervision SET suggestion_text = #{text}, suggestion_signed_by = #{by},
                suggestion_sent_on = #{on}, hrb_due = #{due}, updated_at = #{now} WHERE case_no = #{caseNo}""")
    int saveSuggestion(@Param("caseNo") String caseNo, @Param("text") String text, @Param("by") String signedBy,
                       @Param("on") LocalDate sentOn, @Param("due") LocalDate hrbDue, @Param("now") Instant now);

    @Update("""
            UPDATE union_supervision SET hrb_decision = #{decision}, hrb_explanation = #{explanation},
                hrb_decided_by = #{by}, hrb_decided_at = #{now}, updated_at = #{now} WHERE case_no = #{caseNo}""")
    int saveHrbDecision(@Param("caseNo") String caseNo, @Param("decision") String decision,
                        @Param("explanation") String explanation, @Param("by") String decidedBy,
                        @Param("now") Instant now);

    @Update("UPDATE union_supervision SET complaint_case_no = #{complaint}, updated_at = #{now}"
            + " WHERE case_no = #{caseNo}")
    int setComplaint(@Param("caseNo") String caseNo, @Param("complaint") String complaintCaseNo,
                     @Param("now") Instant now);

    @Update("UPDATE union_supervision SET answer_due = #{due}, updated_at = #{now} WHERE case_no = #{caseNo}")
    int setAnswerDue(@Param("caseNo") String caseNo, @Param("due") LocalDate due, @Param("now") Instant now);

    @Update("UPDATE union_supervision SET hrb_due = #{due}, updated_at = #{now} WHERE case_no = #{caseNo}")
    int setHrbDue(@Param("caseNo") String caseNo, @Param("due") LocalDate due, @Param("now") Instant now);

    @Update("""
            UPDATE union_supervision SET status = 'CLOSED', outcome = #{outcome}, closed_on = #{on}, updated_at = #{now}
            WHERE case_no = #{caseNo}""")
    int close(@Param("caseNo") String caseNo, @Param("outcome") String outcome, @Param("on") LocalDate on,
              @Param("now") Instant now);
}
