package org.ffw.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.ffw.employer.Employer;
import org.ffw.employer.EmployerService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.CreditCodes;
import org.ffw.rules.ResidentIds;
import org.springframework.stereotype.Service;

/**
 * The contributions the social-insurance agency recorded as actually paid (先缴后补), as imported by ADMIN
 * ({@link ContributionImports}, docs/subsidy-records.md): the subsidy review compares what the employer declares
 * with them. A month without a record was not paid as far as FFW knows.
 */
@Service
public class ContributionRecords {

    private final ContributionRecordMapper mapper;
    private final EmployerService employers;

    ContributionRecords(ContributionRecordMapper mapper, EmployerService employers) {
        this.mapper = mapper;
        this.employers = employers;
    }

    /**
     * What was recorded for the employer (unified social credit code) and the employee (resident ID) in a month;
     * empty when nothing was. Identifiers are compared as stored (trimmed, upper-case); they are not validated here.
     */
    public Optional<RecordedContribution> recorded(String creditCode, String residentId, YearMonth month) {
        Objects.requireNonNull(month, "month");
        return Optional.ofNullable(recorded(creditCode, residentId, List.of(month)).get(month));
    }

    /**
     * What was recorded for the employer and the employee in each of these months, in one query: the months with a
     * record, in month order (a month without one is absent from the map). No months, no query: an empty map.
     */
    public Map<YearMonth, RecordedContribution> recorded(String creditCode, String residentId,
                                                         Collection<YearMonth> months) {
        Objects.requireNonNull(months, "months");
        if (months.isEmpty() || creditCode == null || residentId == null) {
            return Collections.emptyMap();
        }
        List<YearMonth> distinct = months.stream().map(Objects::requireNonNull).distinct().sorted().toList();
        TreeMap<YearMonth, RecordedContribution> out = new TreeMap<>();
        for (RecordedContribution c : mapper.recorded(normalize(creditCode), ResidentIds.normalize(residentId),
                distinct)) {
            out.put(c.month(), c);
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * The records of an employer (and one employee, when given) as a reader may see them: ADMIN any employer's;
     * the HRB subsidy officers and supervisors of a district those of employers registered in their district.
     * Identifiers are validated (400); another reader is refused (403).
     */
    List<ContributionRecord> list(FfwUser reader, String creditCode, String residentId, YearMonth from, YearMonth to,
                                  int page, int size) {
        String code = EmployerService.requireValidCode("creditCode", creditCode);
        String id = residentId == null || residentId.isBlank() ? null : ResidentIds.normalize(residentId);
        if (id != null) {
            ResidentIds.problem(id, LocalDate.now(Shanghai.ZONE)).ifPresent(p -> {
                throw new InvalidInputException("residentId", p);
            });
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        requireReader(reader, code);
        return mapper.list(code, id, from, to, size, page * size);
    }

    private void requireReader(FfwUser reader, String creditCode) {
        if (reader.has(Role.ADMIN)) {
            return;
        }
        String district = employers.find(creditCode).map(Employer::districtCode).orElse(null);
        if (district == null || !reader.isStaffOf(district, Procedure.EMPLOYER_SUBSIDY.staffRoles())) {
            throw new ForbiddenException("Contribution records are shown to the subsidy staff of the district where "
                    + "the employer is registered.");
        }
    }

    private static String normalize(String creditCode) {
        return CreditCodes.normalize(creditCode);
    }
}
