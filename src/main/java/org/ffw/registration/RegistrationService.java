package org.ffw.registration;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.ffw.employer.Employer;
import org.ffw.employer.EmployerService;
import org.ffw.identity.AccountProperties;
import org.ffw.identity.AccountText;
import org.ffw.identity.EmployeeRegistered;
import org.ffw.identity.PasswordPolicy;
import org.ffw.identity.PhoneCodes;
import org.ffw.identity.UserAccount;
import org.ffw.identity.UserService;
import org.ffw.identity.UserService.NewAccount;
import org.ffw.platform.Shanghai;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.Languages;
import org.ffw.platform.web.NotFoundException;
import org.ffw.rules.CreditCodes;
import org.ffw.rules.ResidentIds;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration (issue 12). An employee registers with real name, resident ID (check character verified), a
 * mobile phone confirmed by a code, and a password; the phone is the username. An employer's first account waits
 * for the confirmation of the HRB staff of the employer's district (the employer is put in the registry
 * provisionally if unknown); later accounts of the employer come by invitation of a confirmed account.
 */
@Service
public class RegistrationService {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Staff who confirm an employer's first account. */
    static final Set<Role> CONFIRMERS = Set.of(Role.INSPECTOR, Role.SUPERVISOR);

    private final UserService users;
    private final PhoneCodes codes;
    private final PasswordPolicy policy;
    private final EmployerService employers;
    private final RegistrationMapper mapper;
    private final AccountText text;
    private final AccountProperties props;
    private final ApplicationEventPublisher events;

    RegistrationService(UserService users, PhoneCodes codes, PasswordPolicy policy, EmployerService employers,
                        RegistrationMapper mapper, AccountText text, AccountProperties props,
                        ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.codes = codes;
        this.policy = policy;
        this.employers = employers;
        this.mapper = mapper;
        this.text = text;
        this.props = props;
    }

    public record EmployeeRegistration(String realName, String residentId, String phone, String code,
                                       String password) {
    }

    public record EmployerRegistration(String creditCode, String employerName, String district, String contactName,
                                       String phone, String code, String password, String invitation) {
    }

    /** The new account: its username (the phone) and whether it waits for the district's confirmation. */
    public record Registered(String username, boolean pending) {
    }

    @Transactional
    public Registered registerEmployee(EmployeeRegistration r) {
        var p = text.problems();
        String name = r.realName() == null ? "" : r.realName().strip();
        if (name.isEmpty()) {
            p.add("realName", "accounts.error.required");
        } else if (name.length() > 64) {
            p.add("realName", "accounts.error.tooLong", 64);
        }
        String id = r.residentId() == null ? null : ResidentIds.normalize(r.residentId());
        if (id == null || id.isEmpty()) {
            p.add("residentId", "accounts.error.required");
        } else if (ResidentIds.problem(id, LocalDate.now(Shanghai.ZONE)).isPresent()) {
            p.add("residentId", "accounts.error.residentId");
        } else if (users.residentIdTaken(id)) {
            p.add("residentId", "accounts.error.residentId.taken");
        }
        checkPhoneAndPassword(r.phone(), r.code(), r.password(), p);
        p.throwIfAny();
        users.create(new NewAccount(r.phone(), r.password(), name, Set.of(Role.EMPLOYEE), null, null, name, id,
                r.phone()), false, UserAccount.ACTIVE, language());
        // complaints staff took down for this person (same resident ID, the phone just confirmed) join the account
        events.publishEvent(new EmployeeRegistered(r.phone(), name, id, r.phone()));
        return new Registered(r.phone(), false);
    }

    private void checkPhoneAndPassword(String phone, String code, String password, AccountText.Problems p) {
        if (!PhoneCodes.isMobile(phone)) {
            p.add("phone", "accounts.error.phone");
        } else if (users.exists(phone) || !users.accountsWithPhone(phone).isEmpty()) {
            p.add("phone", "accounts.error.phone.taken");
        }
        policy.check(password, phone, p, "password");
        if (!p.has("phone")) {
            codes.verify(phone, PhoneCodes.REGISTER, code, p, "code");
        }
    }

    @Transactional
    public Registered registerEmployer(EmployerRegistration r) {
        var p = text.problems();
        String code = r.creditCode() == null ? "" : CreditCodes.normalize(r.creditCode());
        Invitation invitation = null;
        if (r.invitation() != null && !r.invitation().isBlank()) {
            invitation = mapper.invitation(hash(r.invitation().strip()));
            if (invitation == null || invitation.usedBy() != null || !invitation.expiresAt().isAfter(Instant.now())) {
                p.add("invitation", "accounts.error.invitation");
                invitation = null;
            } else {
                code = invitation.creditCode();
            }
        }
        Employer known = null;
        if (code.isEmpty()) {
            p.add("creditCode", "accounts.error.required");
        } else if (CreditCodes.problem(code).isPresent()) {
            p.add("creditCode", "accounts.error.creditCode");
        } else {
            known = employers.find(code).orElse(null);
            if (invitation == null && !p.has("invitation")) {
                List<UserAccount> existing = users.employerAccountsOf(code).stream()
                        .filter(a -> !UserAccount.REJECTED.equals(a.status())).toList();
                if (existing.stream().anyMatch(a -> UserAccount.PENDING.equals(a.status()))) {
                    p.add("creditCode", "accounts.error.employer.pending");
                } else if (!existing.isEmpty()) {
                    p.add("creditCode", "accounts.error.employer.hasAccount");
                }
            }
        }
        String employerName = known != null ? known.name() : r.employerName() == null ? "" : r.employerName().strip();
        String district = known != null ? known.districtCode() : r.district();
        if (known == null && invitation == null) {
            if (employerName.isEmpty()) {
                p.add("employerName", "accounts.error.required");
            } else if (employerName.length() > 128) {
                p.add("employerName", "accounts.error.tooLong", 128);
            }
            if (!users.isDistrict(district)) {
                p.add("district", "accounts.error.district");
            }
        }
        String contact = r.contactName() == null ? "" : r.contactName().strip();
        if (contact.isEmpty()) {
            p.add("contactName", "accounts.error.required");
        } else if (contact.length() > 32) {
            p.add("contactName", "accounts.error.tooLong", 32);
        }
        checkPhoneAndPassword(r.phone(), r.code(), r.password(), p);
        p.throwIfAny();

        if (known == null) {
            known = employers.findOrRegisterProvisionally(code, employerName, district);
        }
        String display = cut(contact + "（" + known.name() + "）", 64);
        boolean first = invitation == null;
        users.create(new NewAccount(r.phone(), r.password(), display, Set.of(Role.EMPLOYER), null, code, contact,
                null, r.phone()), false, first ? UserAccount.PENDING : UserAccount.ACTIVE, language());
        if (first) {
            mapper.insertRequest(r.phone(), code, cut(known.name(), 128), known.districtCode(), Instant.now());
        } else if (mapper.useInvitation(invitation.codeHash(), r.phone(), Instant.now()) != 1) {
            throw text.invalid("invitation", "accounts.error.invitation"); // used by a concurrent registration
        }
        return new Registered(r.phone(), first);
    }

    /** A new account reads its notices in the language it registered in (the request's; Chinese outside one). */
    private static java.util.Locale language() {
        java.util.Locale l = Languages.ofRequest();
        return l == null ? Languages.ZH : l;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** The first accounts of employers of the staff member's district that wait for confirmation, oldest first. */
    public List<Request> pending(FfwUser staff) {
        requireConfirmer(staff);
        return mapper.pending(staff.district());
    }

    @Transactional
    public void decide(FfwUser staff, String username, boolean confirm) {
        requireConfirmer(staff);
        Request r = mapper.request(username);
        if (r == null || !r.districtCode().equals(staff.district())) {
            throw new NotFoundException("No employer account request " + username + " in your district.");
        }
        if (r.outcome() != null) {
            throw new org.ffw.platform.web.ConflictException("This request was already decided.");
        }
        if (mapper.decide(username, confirm ? "CONFIRMED" : "REJECTED", staff.getUsername(), Instant.now()) != 1) {
            throw new org.ffw.platform.web.ConflictException("This request was already decided.");
        }
        users.setStatus(username, confirm ? UserAccount.ACTIVE : UserAccount.REJECTED);
    }

    private static void requireConfirmer(FfwUser staff) {
        if (staff.district() == null || CONFIRMERS.stream().noneMatch(staff::has)) {
            throw new ForbiddenException("Only inspectors and supervisors of a district confirm employer accounts.");
        }
    }

    /** An invitation code for a further account of the employer: shown once, valid for a week, used once. */
    @Transactional
    public String invite(FfwUser employer) {
        if (!employer.has(Role.EMPLOYER) || employer.employerCreditCode() == null) {
            throw new ForbiddenException("Only an employer's confirmed account invites further accounts.");
        }
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        String code = HexFormat.of().formatHex(raw);
        Instant now = Instant.now();
        mapper.insertInvitation(hash(code), employer.employerCreditCode(), employer.getUsername(), now,
                now.plus(props.invitationValidity()));
        return code;
    }

    public java.time.Duration invitationValidity() {
        return props.invitationValidity();
    }

    static String hash(String code) {
        return org.ffw.platform.Hashes.sha256(code);
    }

    public record Request(String username, String creditCode, String employerName, String districtCode,
                          Instant requestedAt, String outcome, String decidedBy, Instant decidedAt) {
    }

    record Invitation(String codeHash, String creditCode, String invitedBy, Instant createdAt, Instant expiresAt,
                      String usedBy, Instant usedAt) {
    }

    @Mapper
    interface RegistrationMapper {

        @Insert("""
                INSERT INTO employer_account_request (username, credit_code, employer_name, district_code, requested_at)
                VALUES (#{username}, #{creditCode}, #{name}, #{district}, #{at})""")
        int insertRequest(@Param("username") String username, @Param("creditCode") String creditCode,
                          @Param("name") String name, @Param("district") String district, @Param("at") Instant at);

        @Select("""
                SELECT username, credit_code, employer_name, district_code, requested_at, outcome, decided_by, decided_at
                FROM employer_account_request WHERE district_code = #{district} AND outcome IS NULL
                ORDER BY requested_at, username""")
        List<Request> pending(@Param("district") String district);

        @Select("""
                SELECT username, credit_code, employer_name, district_code, requested_at, outcome, decided_by, decided_at
                FROM employer_account_request WHERE username = #{username}""")
        Request request(@Param("username") String username);

        @Update("""
                UPDATE employer_account_request SET outcome = #{outcome}, decided_by = #{by}, decided_at = #{at}
                WHERE username = #{username} AND outcome IS NULL""")
        int decide(@Param("username") String username, @Param("outcome") String outcome, @Param("by") String by,
                   @Param("at") Instant at);

        @Insert("""
                INSERT INTO employer_invitation (code_hash, credit_code, invited_by, created_at, expires_at)
                VALUES (#{hash}, #{creditCode}, #{by}, #{at}, #{until})""")
        int insertInvitation(@Param("hash") String hash, @Param("creditCode") String creditCode,
                             @Param("by") String by, @Param("at") Instant at, @Param("until") Instant until);

        @Select("""
                SELECT code_hash, credit_code, invited_by, created_at, expires_at, used_by, used_at
                FROM employer_invitation WHERE code_hash = #{hash}""")
        Invitation invitation(@Param("hash") String hash);

        @Update("""
                UPDATE employer_invitation SET used_by = #{by}, used_at = #{at}
                WHERE code_hash = #{hash} AND used_by IS NULL""")
        int useInvitation(@Param("hash") String hash, @Param("by") String by, @Param("at") Instant at);
    }
}
