package org.ffw.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.ffw.inspection.Inspection.Inspector;

/** The tables inspection, inspection_inspector and inspection_leave_record. Each update names its step. */
@Mapper
interface InspectionMapper {

    String COLUMNS = """
            case_no, process_instance_id, campaign_id, campaign_title, district, employer_credit_code, employer_name,
            leave_types, period_from, period_to, draw_reason, status, report_due, report_note, reported_at, no_report,
            site_check_needed, site_checked_on, site_check_record, finding, finding_reason, affected_employees,
            found_on, required_actions, correction_deadline, rectification_report, rectification_evidence,
            no_rectification_report, verification, verification_note, penalty_decision, fine_per_employee,
            fine_total, penalty_note, closed_on, created_at, updated_at""";

    String RECORD_COLUMNS = """
            id, case_no, employee_name, leave_type, child_birth_date, babies, difficult_birth, days_granted,
            leave_from, leave_to, statutory_days, note, created_by, created_at""";

    @Insert("""
            INSERT INTO inspection (case_no, campaign_id, campaign_title, district, employer_credit_code,
                employer_name, leave_types, period_from, period_to, draw_reason, status, report_due, no_report,
                no_rectification_report, created_at, updated_at)
            VALUES (#{caseNo}, #{campaignId}, #{campaignTitle}, #{district}, #{employerCreditCode}, #{employerName},
                #{leaveTypes}, #{periodFrom}, #{periodTo}, #{drawReason}, #{status}, #{reportDue}, FALSE, FALSE,
                #{createdAt}, #{createdAt})""")
    int insert(Inspection i);

    @Select("SELECT " + COLUMNS + " FROM inspection WHERE case_no = #{caseNo}")
    Inspection find(@Param("caseNo") String caseNo);

    @Select("SELECT " + COLUMNS + " FROM inspection WHERE case_no = #{caseNo} FOR UPDATE")
    Inspection lock(@Param("caseNo") String caseNo);

    @Select("SELECT " + COLUMNS + " FROM inspection WHERE campaign_id = #{id} ORDER BY case_no")
    List<Inspection> ofCampaign(@Param("id") long campaignId);

    @Update("UPDATE inspection SET process_instance_id = #{pi}, updated_at = #{now} WHERE case_no = #{caseNo}")
    int setProcessInstance(@Param("caseNo") String caseNo, @Param("pi") String pi, @Param("now") Instant now);

    @Update("UPDATE inspection SET status = #{status}, updated_at = #{now} WHERE case_no = #{caseNo}")
    int setStatus(@Param("caseNo") String caseNo, @Param("status") InspectionStatus status,
                  @Param("now") Instant now);

    @Update("UPDATE inspection SET report_due = #{due}, updated_at = #{now} WHERE case_no = #{caseNo}")
    int setReportDue(@Param("caseNo") String caseNo, @Param("due") LocalDate due, @Param("now") Instant now);

    @Update("UPDATE inspection SET report_note = #{note}, report_confirmed = TRUE, reported_at = #{now},"
            + " updated_at = #{now} WHERE case_no = #{caseNo}")
    int saveReport(@Param("caseNo") String caseNo, @Param("note") String note, @Param("now") Instant now);

    @Update("UPDATE inspection SET no_report = TRUE, site_check_needed = TRUE, updated_at = #{now}"
            + " WHERE case_no = #{caseNo}")
    int noReport(@Param("caseNo") String caseNo, @Param("now") Instant now);

    @Update("UPDATE inspection SET site_check_needed = #{needed}, updated_at = #{now} WHERE case_no = #{caseNo}")
    int setSiteCheckNeeded(@Param("caseNo") String caseNo, @Param("needed") boolean needed,
                           @Param("now") Instant now);

    @Update("UPDATE inspection SET site_checked_on = #{on}, site_check_record = #{record}, updated_at = #{now}"
            + " WHERE case_no = #{caseNo}")
    int saveSiteCheck(@Param("caseNo") String caseNo, @Param("on") LocalDate on, @Param("record") String record,
                      @Param("now") Instant now);

    @Update("UPDATE inspection SET finding = #{finding}, finding_reason = #{reason}, affected_employees = #{affected},"
            + " found_on = #{on}, updated_at = #{now} WHERE case_no = #{caseNo}")
    int saveFinding(@Param("caseNo") String caseNo, @Param("finding") String finding, @Param("reason") String reason,
                    @Param("affected") Integer affected, @Param("on") LocalDate on, @Param("now") Instant now);

    @Update("UPDATE inspection SET required_actions = #{actions}, correction_deadline = #{deadline},"
            + " updated_at = #{now} WHERE case_no = #{caseNo}")
    int saveOrder(@Param("caseNo") String caseNo, @Param("actions") String actions,
                  @Param("deadline") LocalDate deadline, @Param("now") Instant now);

    @Update("UPDATE inspection SET rectification_report = #{report}, rectification_evidence = #{evidence},"
            + " updated_at = #{now} WHERE case_no = #{caseNo}")
    int saveRectification(@Param("caseNo") String caseNo, @Param("report") String report,
                          @Param("evidence") String evidence, @Param("now") Instant now);

    @Update("UPDATE inspection SET no_rectification_report = TRUE, updated_at = #{now} WHERE case_no = #{caseNo}")
    int noRectificationReport(@Param("caseNo") String caseNo, @Param("now") Instant now);

    @Update("UPDATE inspection SET verification = #{verification}, verification_note = #{note}, updated_at = #{now}"
            + " WHERE case_no = #{caseNo}")
    int saveVerification(@Param("caseNo") String caseNo, @Param("verification") String verification,
                         @Param("note") String note, @Param("now") Instant now);

    @Update("UPDATE inspection SET penalty_decision = #{decision}, fine_per_employee = #{per}, fine_total = #{total},"
            + " affected_employees = COALESCE(#{affected}, affected_employees), penalty_note = #{note},"
            + " updated_at = #{now} WHERE case_no = #{caseNo}")
    int savePenalty(@Param("caseNo") String caseNo, @Param("decision") String decision,
                    @Param("per") BigDecimal per, @Param("total") BigDecimal total,
                    @Param("affected") Integer affected, @Param("note") String note, @Param("now") Instant now);

    @Update("UPDATE inspection SET status = 'CLOSED', closed_on = #{on}, updated_at = #{now} WHERE case_no = #{caseNo}")
    int close(@Param("caseNo") String caseNo, @Param("on") LocalDate on, @Param("now") Instant now);

    // ------------------------------------------------------------------------------------------- inspectors

    @Insert("INSERT INTO inspection_inspector (case_no, seq, username, recused) VALUES (#{caseNo}, #{seq},"
            + " #{username}, FALSE)")
    int insertInspector(@Param("caseNo") String caseNo, @Param("seq") int seq, @Param("username") String username);

    @Select("SELECT seq, username, recused, recusal_reason, replaced_by, signed_off_at, site_check_needed,"
            + " review_note FROM inspection_inspector WHERE case_no = #{caseNo} ORDER BY seq")
    List<Inspector> inspectors(@Param("caseNo") String caseNo);

    @Update("UPDATE inspection_inspector SET recused = TRUE, recusal_reason = #{reason}, replaced_by = #{by}"
            + " WHERE case_no = #{caseNo} AND seq = #{seq}")
    int recuse(@Param("caseNo") String caseNo, @Param("seq") int seq, @Param("reason") String reason,
               @Param("by") String replacement);

    @Update("UPDATE inspection_inspector SET signed_off_at = #{now}, site_check_needed = #{needed},"
            + " review_note = #{note} WHERE case_no = #{caseNo} AND username = #{username} AND recused = FALSE")
    int signOff(@Param("caseNo") String caseNo, @Param("username") String username,
                @Param("needed") boolean siteCheckNeeded, @Param("note") String note, @Param("now") Instant now);

    // ------------------------------------------------------------------------------------------ leave records

    @Insert("""
            INSERT INTO inspection_leave_record (case_no, employee_name, leave_type, child_birth_date, babies,
                difficult_birth, days_granted, leave_from, leave_to, statutory_days, note, created_by, created_at)
            VALUES (#{caseNo}, #{employeeName}, #{leaveType}, #{childBirthDate}, #{babies}, #{difficultBirth},
                #{daysGranted}, #{leaveFrom}, #{leaveTo}, #{statutoryDays}, #{note}, #{createdBy}, #{createdAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int insertRecord(LeaveRecordRow row);

    @Select("SELECT " + RECORD_COLUMNS + " FROM inspection_leave_record WHERE case_no = #{caseNo} ORDER BY id")
    List<LeaveRecord> records(@Param("caseNo") String caseNo);

    /** Every row of a campaign's cases, in one query (its progress reads them all). */
    @Select("SELECT r.id, r.case_no, r.employee_name, r.leave_type, r.child_birth_date, r.babies, r.difficult_birth,"
            + " r.days_granted, r.leave_from, r.leave_to, r.statutory_days, r.note, r.created_by, r.created_at"
            + " FROM inspection_leave_record r JOIN inspection i ON i.case_no = r.case_no"
            + " WHERE i.campaign_id = #{id} ORDER BY r.id")
    List<LeaveRecord> recordsOfCampaign(@Param("id") long campaignId);

    /** The inspectors of a campaign's cases who have not recused, in order: case number, then seq. */
    @Select("SELECT x.case_no, x.username FROM inspection_inspector x JOIN inspection i ON i.case_no = x.case_no"
            + " WHERE i.campaign_id = #{id} AND x.recused = FALSE ORDER BY x.case_no, x.seq")
    List<CaseInspector> inspectorsOfCampaign(@Param("id") long campaignId);

    record CaseInspector(String caseNo, String username) {
    }

    @Update("DELETE FROM inspection_leave_record WHERE case_no = #{caseNo} AND id = #{id}")
    int deleteRecord(@Param("caseNo") String caseNo, @Param("id") long id);

    /** A row to insert (mutable for the generated id). */
    final class LeaveRecordRow {
        public Long id;
        public String caseNo;
        public String employeeName;
        public String leaveType;
        public LocalDate childBirthDate;
        public int babies;
        public boolean difficultBirth;
        public int daysGranted;
        public LocalDate leaveFrom;
        public LocalDate leaveTo;
        public int statutoryDays;
        public String note;
        public String createdBy;
        public Instant createdAt;
    }
}
