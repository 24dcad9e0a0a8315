package org.ffw.platform.caseno;

import java.time.LocalDate;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.timeline.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readable, unique, sortable case numbers per procedure: {@code <PREFIX>-<year>-<6-digit sequence>}, e.g.
 * {@code LC-2026-000042}. The counter is one database row per procedure and year, incremented under its row lock
 * inside the caller's transaction, so several nodes never hand out the same number and a rolled-back case leaves
 * no gap.
 * <p>
 * A number is never handed out twice. That rests on the counter being as durable as the cases it numbered (the
 * database keeps every commit it acknowledged — see docs/operations.md, H2's WRITE_DELAY); on top of that a number
 * the timeline already knows (every case writes its first entry in the transaction that creates it) is skipped, so
 * a counter that fell behind its cases (restored from an older backup, edited by hand) moves on instead of reusing
 * a number.
 */
@Service
public class CaseNumbers {

    private static final Logger log = LoggerFactory.getLogger(CaseNumbers.class);

    private final SequenceMapper sequences;
    private final Timeline timeline;

    CaseNumbers(SequenceMapper sequences, Timeline timeline) {
        this.sequences = sequences;
        this.timeline = timeline;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(Procedure procedure) {
        int year = LocalDate.now(Shanghai.ZONE).getYear();
        for (int skipped = 0; ; skipped++) {
            sequences.increment(procedure.prefix(), year);
            String caseNo = format(procedure, year, sequences.current(procedure.prefix(), year));
            if (!timeline.knows(caseNo)) {
                if (skipped > 0) {
                    log.error("the {} case number counter for {} was behind its cases: skipped {} number(s) already "
                            + "in use, continuing with {}", procedure, year, skipped, caseNo);
                }
                return caseNo;
            }
        }
    }

    static String format(Procedure procedure, int year, long value) {
        return "%s-%d-%06d".formatted(procedure.prefix(), year, value);
    }

    @Mapper
    interface SequenceMapper {

        /** Creates the year's counter at 1 or increments it; either way the row stays locked until commit. */
        @Insert("""
                INSERT INTO case_sequence (procedure_code, seq_year, last_value) VALUES (#{prefix}, #{year}, 1)
                ON DUPLICATE KEY UPDATE last_value = last_value + 1""")
        int increment(@Param("prefix") String prefix, @Param("year") int year);

        @Select("SELECT last_value FROM case_sequence WHERE procedure_code = #{prefix} AND seq_year = #{year}")
        long current(@Param("prefix") String prefix, @Param("year") int year);
    }
}
