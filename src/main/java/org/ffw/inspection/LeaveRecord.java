package org.ffw.inspection;

import java.time.Instant;
import java.time.LocalDate;

import org.ffw.complaint.LeaveType;

/**
 * One row of an employer's leave report: a person, the leave granted of one type, and the statutory days the rules
 * module gave for that birth when the row was written (per year for 育儿假). {@link #gap()} is what the law gives
 * and the employer did not; 0 when it granted at least that.
 */
public record LeaveRecord(long id, String caseNo, String employeeName, LeaveType leaveType, LocalDate childBirthDate,
                          int babies, boolean difficultBirth, int daysGranted, LocalDate leaveFrom, LocalDate leaveTo,
                          int statutoryDays, String note, String createdBy, Instant createdAt) {

    /** The leave types an inspection asks about: those whose length the rules give per person. */
    public static final java.util.Set<LeaveType> REPORTED = java.util.EnumSet.of(LeaveType.MATERNITY,
            LeaveType.BIRTH, LeaveType.PATERNITY, LeaveType.CHILDCARE);

    public int gap() {
        return Math.max(0, statutoryDays - daysGranted);
    }

    /** How many people these rows show granted less than the law gives (a person may have several rows). */
    public static int personsWithGap(java.util.Collection<LeaveRecord> rows) {
        return (int) rows.stream().filter(r -> r.gap() > 0).map(LeaveRecord::employeeName).distinct().count();
    }

    /** The days short in all. */
    public static int gapDays(java.util.Collection<LeaveRecord> rows) {
        return rows.stream().mapToInt(LeaveRecord::gap).sum();
    }
}
