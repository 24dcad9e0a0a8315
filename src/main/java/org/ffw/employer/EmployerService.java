package org.ffw.employer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ffw.identity.UserService;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.CreditCodes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employer registry: the only door to employer data for the other features. */
@Service
public class EmployerService {

    private final EmployerMapper employers;
    private final UserService users;

    EmployerService(EmployerMapper employers, UserService users) {
        this.employers = employers;
        this.users = users;
    }

    /**
     * The employer with this credit code. A malformed code or a wrong check character is a 400 naming the problem
     * (field {@code creditCode}); an unknown valid code is empty.
     */
    public Optional<Employer> find(String creditCode) {
        String code = requireValidCode("creditCode", creditCode);
        return Optional.ofNullable(employers.find(code));
    }

    /** Validates and normalises a credit code, or throws a 400 for the given field. */
    public static String requireValidCode(String field, String creditCode) {
        String code = CreditCodes.normalize(creditCode);
        CreditCodes.problem(code).ifPresent(p -> {
            throw new InvalidInputException(field, p);
        });
        return code;
    }

    public boolean exists(String creditCode) {
        return employers.find(CreditCodes.normalize(creditCode)) != null;
    }

    @Transactional
    public Employer register(NewEmployer e) {
        return insert(e, Employer.REGISTERED);
    }

    /**
     * The employer named in a complaint: the registered one if known, otherwise a PROVISIONAL entry (to be
     * verified by the district) with what the complainant said.
     */
    @Transactional
    public Employer findOrRegisterProvisionally(String creditCode, String name, String district) {
        String code = requireValidCode("employerCreditCode", creditCode);
        Employer existing = employers.find(code);
        if (existing != null) {
            return existing;
        }
        try {
            return insert(new NewEmployer(code, name, district, null, null), Employer.PROVISIONAL);
        } catch (DuplicateKeyException raced) {
            return employers.find(code);
        }
    }

    /** A substantiated violation on the employer's compliance record; recording the same case twice is harmless. */
    @Transactional
    public void recordViolation(String creditCode, String caseNo, String kind, java.time.LocalDate foundOn,
                                String summary) {
        if (employers.countViolation(creditCode, caseNo) == 0) {
            try {
                employers.insertViolation(creditCode, caseNo, kind, foundOn, summary, Instant.now());
            } catch (DuplicateKeyException raced) {
                // recorded by a concurrent retry
            }
        }
    }

    /** The inspector verified the correction of a recorded violation; it no longer counts against the standing. */
    @Transactional
    public void rectified(String creditCode, String caseNo, java.time.LocalDate on) {
        employers.rectified(CreditCodes.normalize(creditCode), caseNo, on);
    }

    public List<Violation> violations(String creditCode) {
        return employers.violations(CreditCodes.normalize(creditCode));
    }

    /** The substantiated violations whose correction has not been verified yet. */
    public List<Violation> unrectified(String creditCode) {
        return violations(creditCode).stream().filter(v -> v.rectifiedOn() == null).toList();
    }

    /** {@code rectifiedOn}: the day the correction was verified, null while it is not. */
    public record Violation(String caseNo, String kind, java.time.LocalDate foundOn, String summary,
                            java.time.LocalDate rectifiedOn) {
    }

    public List<Employer> search(String district, String name, int page, int size) {
        return search(district, name, null, null, page, size);
    }

    /** By district, part of the name, sector (门类 letter) and size band; each filter optional. */
    public List<Employer> search(String district, String name, Sector sector, SizeBand sizeBand, int page, int size) {
        return employers.search(district, name == null || name.isBlank() ? null : name.trim(),
                sector == null ? null : sector.name(), sizeBand == null ? null : sizeBand.name(), size, page * size);
    }

    /**
     * A campaign's population: the REGISTERED employers of these districts within the filters (an empty or null
     * filter is no filter; an employer of unknown sector or band is outside a filter on it), in credit-code order.
     */
    public List<Employer> candidates(List<String> districts, List<Sector> sectors, List<SizeBand> sizeBands) {
        if (districts == null || districts.isEmpty()) {
            return List.of();
        }
        return employers.candidates(districts,
                sectors == null ? null : sectors.stream().map(Enum::name).toList(),
                sizeBands == null ? null : sizeBands.stream().map(Enum::name).toList());
    }

    /** Sets (or clears, with null) an employer's sector and size band. */
    @Transactional
    public void classify(String creditCode, Sector sector, SizeBand sizeBand) {
        employers.classify(CreditCodes.normalize(creditCode), sector == null ? null : sector.name(),
                sizeBand == null ? null : sizeBand.name(), Instant.now());
    }

    private Employer insert(NewEmployer e, String status) {
        List<FieldProblem> errors = new ArrayList<>();
        String code = CreditCodes.normalize(e.creditCode());
        CreditCodes.problem(code).ifPresent(p -> errors.add(new FieldProblem("creditCode", p)));
        if (e.name() == null || e.name().isBlank()) {
            errors.add(new FieldProblem("name", "is required"));
        }
        if (!users.isDistrict(e.district())) {
            errors.add(new FieldProblem("district", "is not a Shanghai district code"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = Instant.now();
        Employer employer = new Employer(code, e.name().trim(), e.district(), CreditCodes.organisationType(code),
                e.address(), e.legalRepresentative(), status, now, now,
                e.sector() == null ? null : e.sector().name(), e.sizeBand() == null ? null : e.sizeBand().name());
        employers.insert(employer);
        return employer;
    }

    /** An employer to register; sector and size band may be null (unknown). */
    public record NewEmployer(String creditCode, String name, String district, String address,
                              String legalRepresentative, Sector sector, SizeBand sizeBand) {

        public NewEmployer(String creditCode, String name, String district, String address,
                           String legalRepresentative) {
            this(creditCode, name, district, address, legalRepresentative, null, null);
        }
    }
}
