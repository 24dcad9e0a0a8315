package org.ffw.platform.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.ffw.platform.Shanghai;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The staff's case search across every procedure, over the case registry: a district's staff find the cases of their
 * district in the procedures their roles work ({@link Procedure#staffRoles()}), an administrator every case. Newest
 * first, paged; the filters are the registry's own columns, each served by an index (V56).
 */
@Service
public class CaseSearch {

    public static final int MAX_PAGE_SIZE = 200;
    /**
     * The count stops here: "more than 10,000" is all a person needs to know to narrow the search, and counting a
     * city's million cases would cost more than the page. Pages reach only as deep as the cap.
     */
    public static final int COUNT_CAP = 10_000;

    /**
     * What is asked: a case number or its beginning, the employers (credit codes, e.g. found by name), a procedure, a
     * status of it, open or closed, the opening day from/to (Shanghai days, inclusive).
     */
    public record Criteria(String caseNo, Collection<String> employers, Procedure procedure, String status,
                           Boolean closed, LocalDate openedFrom, LocalDate openedTo) {
    }

    /** One page of the answer and how many cases match in all — or, when {@code more}, at least that many. */
    public record Page(List<CaseRecord> cases, long total, boolean more, int page, int size) {
        public long pages() {
            return (total + size - 1) / size;
        }
    }

    private final SearchMapper mapper;

    CaseSearch(SearchMapper mapper) {
        this.mapper = mapper;
    }

    public Page search(FfwUser me, Criteria c, int page, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (page < 0) {
            throw new InvalidInputException("page", "must not be negative");
        }
        if ((long) page * size >= COUNT_CAP) {
            throw new InvalidInputException("page", "must be within the first " + COUNT_CAP
                    + " cases found; narrow the search");
        }
        if (c.openedFrom() != null && c.openedTo() != null && c.openedTo().isBefore(c.openedFrom())) {
            throw new InvalidInputException("openedTo", "must not be before openedFrom");
        }
        if (c.status() != null && c.procedure() == null) {
            throw new InvalidInputException("status", "needs a procedure");
        }
        if (c.status() != null && !c.status().matches("[A-Z_]{1,40}")) {
            throw new InvalidInputException("status", "is not a status code");
        }
        Set<Procedure> procedures = procedures(me);
        if (c.procedure() != null) {
            if (!procedures.contains(c.procedure())) {
                throw new ForbiddenException("Your roles do not work cases of this procedure.");
            }
            procedures = EnumSet.of(c.procedure());
        }
        if (procedures.isEmpty() || c.employers() != null && c.employers().isEmpty()) {
            return new Page(List.of(), 0, false, page, size);
        }
        String district = me.has(Role.ADMIN) ? null : me.district();
        Query q = new Query(district, procedures.stream().map(Enum::name).toList(),
                blankToNull(c.caseNo()), c.employers() == null ? null : List.copyOf(c.employers()), c.status(),
                c.closed(), startOf(c.openedFrom()), c.openedTo() == null ? null : startOf(c.openedTo().plusDays(1)),
                size, (long) page * size);
        long counted = mapper.count(q, COUNT_CAP + 1);
        return new Page(mapper.search(q), Math.min(counted, COUNT_CAP), counted > COUNT_CAP, page, size);
    }

    /** The procedures whose cases this person may search: an administrator all, staff those of their roles. */
    public static Set<Procedure> procedures(FfwUser me) {
        if (me.has(Role.ADMIN)) {
            return EnumSet.allOf(Procedure.class);
        }
        Set<Procedure> mine = EnumSet.noneOf(Procedure.class);
        if (me.district() == null) {
            return mine;
        }
        for (Procedure p : Procedure.values()) {
            if (p.staffRoles().stream().anyMatch(me::has)) {
                mine.add(p);
            }
        }
        return mine;
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Shanghai.ZONE).toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Built by the service only, never from request text. */
    record Query(String district, List<String> procedures, String caseNo, List<String> employers, String status,
                 Boolean closed, Instant openedFrom, Instant openedBefore, int limit, long offset) {
    }

    @Mapper
    interface SearchMapper {

        String WHERE = """
                <where>
                  <if test="q.district != null">district = #{q.district}</if>
                  AND procedure_code IN <foreach item="p" collection="q.procedures" open="(" separator="," close=")">#{p}</foreach>
                  <if test="q.caseNo != null">AND case_no LIKE CONCAT(#{q.caseNo}, '%')</if>
                  <if test="q.employers != null">AND employer_credit_code IN
                    <foreach item="e" collection="q.employers" open="(" separator="," close=")">#{e}</foreach></if>
                  <if test="q.status != null">AND status = #{q.status}</if>
                  <if test="q.closed != null and q.closed">AND closed_at IS NOT NULL</if>
                  <if test="q.closed != null and !q.closed">AND closed_at IS NULL</if>
                  <if test="q.openedFrom != null">AND opened_at &gt;= #{q.openedFrom}</if>
                  <if test="q.openedBefore != null">AND opened_at &lt; #{q.openedBefore}</if>
                </where>""";

        @Select("<script>SELECT " + CaseRegistry.RegistryMapper.COLUMNS + " FROM case_registry " + WHERE
                + " ORDER BY opened_at DESC, case_no DESC LIMIT #{q.limit} OFFSET #{q.offset}</script>")
        List<CaseRecord> search(@Param("q") Query q);

        /** How many match, counting no further than the limit. */
        @Select("<script>SELECT COUNT(*) FROM (SELECT case_no FROM case_registry " + WHERE
                + " LIMIT #{limit}) m</script>")
        long count(@Param("q") Query q, @Param("limit") int limit);
    }
}
