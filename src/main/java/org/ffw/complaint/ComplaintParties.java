package org.ffw.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.ffw.complaint.ComplaintViews.Entitlement;
import org.ffw.complaint.LodgeComplaint.CoComplainant;
import org.ffw.identity.UserAccount;
import org.ffw.identity.UserService;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.IdentityScreen;
import org.ffw.platform.cases.IdentityScreen.Person;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.LeaveEvent;
import org.ffw.rules.LeaveQuery;
import org.ffw.rules.ResidentIds;
import org.springframework.stereotype.Component;

/**
 * Who a complaint is for and who acts in it: the lodger — the employee herself on the web, or a person district staff
 * took the complaint down for at the counter, on the 12333 hotline or from a letter — and, in a collective complaint
 * (集体投诉), the other affected employees and up to five elected representatives with accounts.
 */
@Component
class ComplaintParties {

    private final UserService users;
    private final ComplaintEntitlements entitlements;
    private final CoComplainantMapper mapper;
    private final CaseRegistry registry;

    ComplaintParties(UserService users, ComplaintEntitlements entitlements, CoComplainantMapper mapper,
                     CaseRegistry registry) {
        this.registry = registry;
        this.users = users;
        this.entitlements = entitlements;
        this.mapper = mapper;
    }

    /**
     * The person the complaint is for. {@code username} is the account the case belongs to: the employee's own, the
     * account of a person lodged for when it has that resident ID and phone, else null until they register.
     * {@code lodgedBy} is the staff member who took it down (null on the web).
     */
    record Lodger(String username, String name, String residentId, String phone, Channel channel, String lodgedBy) {
    }

    /** Another affected employee of a collective complaint, as stored, with her own entitlement. */
    record CoComplainantRow(String caseNo, int position, String name, String residentId, LocalDate childBirthDate,
                            Integer babies, boolean difficultBirth, Integer daysGranted, Integer entitledDays,
                            String entitlementNote) {
    }

    /** Who lodges and for whom: 403 for a caller who may not lodge this way, 400 for what is missing or wrong. */
    Lodger lodger(FfwUser me, LodgeComplaint r) {
        Channel channel = r.channelOrWeb();
        if (!channel.onBehalf()) {
            if (!me.has(Role.EMPLOYEE)) {
                throw me.has(Role.INSPECTOR)
                        ? new InvalidInputException("channel", "district staff lodge on behalf of a person:"
                        + " COUNTER, HOTLINE_12333 or LETTER, with onBehalfOf")
                        : new ForbiddenException("Only an employee account may lodge a complaint.");
            }
            if (r.onBehalfOf() != null) {
                throw new InvalidInputException("onBehalfOf", "is for district staff lodging a complaint taken down at"
                        + " the counter, on the hotline or from a letter");
            }
            if (me.realName() == null || me.residentId() == null) {
                throw new ForbiddenException("Your account has no verified name and resident ID number.");
            }
            if (r.phone() == null || r.phone().isBlank()) {
                throw new InvalidInputException("phone", "must not be blank");
            }
            return new Lodger(me.getUsername(), me.realName(), me.residentId(), r.phone().strip(), channel, null);
        }
        if (!me.has(Role.INSPECTOR) || me.district() == null) {
            throw new ForbiddenException("Only district inspectors lodge a complaint on behalf of a person.");
        }
        var p = r.onBehalfOf();
        if (p == null) {
            throw new InvalidInputException("onBehalfOf", "is required for a complaint taken down by staff ("
                    + channel + "): the person's name, resident ID number and mobile phone");
        }
        String phone = p.phone().strip();
        if (r.phone() != null && !r.phone().isBlank() && !r.phone().strip().equals(phone)) {
            throw new InvalidInputException("phone", "differs from onBehalfOf.phone: give the person's phone once");
        }
        String id = ResidentIds.normalize(p.residentId());
        return new Lodger(existingAccount(id, phone), p.name().strip(), id, phone, channel, me.getUsername());
    }

    /** The employee account registered with this resident ID and phone, which the case joins at once; else null. */
    private String existingAccount(String residentId, String phone) {
        return users.accountWithResidentId(residentId)
                .filter(a -> phone.equals(a.phone()) && usable(a) && users.rolesOf(a.username()).contains(Role.EMPLOYEE))
                .map(UserAccount::username).orElse(null);
    }

    private static boolean usable(UserAccount a) {
        return a.enabled() && UserAccount.ACTIVE.equals(a.status());
    }

    /** What is wrong with the collective part of a complaint, field by field (added to the lodging's problems). */
    List<FieldProblem> problems(LodgeComplaint r, Lodger lodger, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> affected = new HashSet<>();
        affected.add(lodger.residentId());
        List<CoComplainant> co = r.coComplainantsOrNone();
        for (int i = 0; i < co.size(); i++) {
            CoComplainant c = co.get(i);
            String id = ResidentIds.normalize(c.residentId());
            if (!affected.add(id)) {
                problems.add(new FieldProblem("coComplainants[" + i + "].residentId", id.equals(lodger.residentId())
                        ? "is the lodger's own: list only the other affected employees" : "is listed twice"));
            }
            if (c.childBirthDate() != null && c.childBirthDate().isAfter(today)) {
                problems.add(new FieldProblem("coComplainants[" + i + "].childBirthDate", "must not be in the future"));
            }
        }
        List<String> reps = r.representativesOrNone();
        if (!reps.isEmpty() && co.isEmpty()) {
            problems.add(new FieldProblem("representatives", "are elected by the employees of a collective complaint:"
                    + " name the other affected employees in coComplainants"));
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < reps.size(); i++) {
            String username = reps.get(i).strip();
            String field = "representatives[" + i + "]";
            UserAccount a = users.account(username).orElse(null);
            if (!seen.add(username)) {
                problems.add(new FieldProblem(field, "is listed twice"));
            } else if (a == null || !usable(a) || !users.rolesOf(username).contains(Role.EMPLOYEE)) {
                problems.add(new FieldProblem(field, "is not an active employee account"));
            } else if (a.residentId() == null || !affected.contains(a.residentId())) {
                problems.add(new FieldProblem(field, "must be one of the affected employees (the lodger or a"
                        + " co-complainant, by resident ID number)"));
            }
        }
        return problems;
    }

    /** Stores the other affected employees of a collective complaint, each with her own statutory entitlement. */
    void storeCoComplainants(String caseNo, LodgeComplaint r) {
        List<CoComplainant> co = r.coComplainantsOrNone();
        for (int i = 0; i < co.size(); i++) {
            CoComplainant c = co.get(i);
            int babies = c.babies() == null ? 1 : c.babies();
            boolean difficult = Boolean.TRUE.equals(c.difficultBirth());
            Entitlement e = r.leaveType().childRequired() && c.childBirthDate() == null
                    ? entitlements.notComputed(c.daysGranted())
                    : entitlements.of(r.leaveType(), c.childBirthDate() == null ? null
                    : new LeaveQuery(LeaveEvent.BIRTH, c.childBirthDate(), babies, difficult, true, null, null),
                    c.daysGranted());
            mapper.insert(new CoComplainantRow(caseNo, i + 1, c.name().strip(), ResidentIds.normalize(c.residentId()),
                    c.childBirthDate(), c.childBirthDate() == null ? null : babies, difficult, c.daysGranted(),
                    e.entitledDays(), e.note()));
        }
    }

    List<CoComplainantRow> coComplainants(String caseNo) {
        return mapper.of(caseNo);
    }

    /** The parties as district staff (everything) or the complainant's side (ID numbers masked) read them. */
    ComplaintViews.Parties view(Complaint c, boolean staff) {
        List<ComplaintViews.Affected> co = mapper.of(c.caseNo()).stream()
                .map(r -> new ComplaintViews.Affected(r.name(), staff ? r.residentId() : ResidentIds.mask(r.residentId()),
                        r.childBirthDate(), Entitlement.of(r.entitledDays(), r.daysGranted(), r.entitlementNote())))
                .toList();
        List<ComplaintViews.Representative> reps = registry.get(c.caseNo()).representatives().stream()
                .map(u -> new ComplaintViews.Representative(u,
                        users.account(u).map(UserAccount::realName).orElse(null)))
                .toList();
        return new ComplaintViews.Parties(c.channel(), staff ? c.lodgedBy() : null,
                c.intakeRecordDocumentId() != null, 1 + co.size(), co, reps);
    }

    /** The affected employees of the case: the lodger and, for a collective complaint, the others. */
    int affectedCount(String caseNo) {
        return 1 + mapper.count(caseNo);
    }

    /**
     * Everyone a text written for the employer must not name: a confidential complainant (one who waived it, only by
     * ID number and phone), each other affected employee and each representative alike; a reporter always.
     */
    List<Person> protectedPersons(Complaint c) {
        List<UserAccount> representatives = registry.get(c.caseNo()).representatives().stream()
                .map(u -> users.account(u).orElse(null)).filter(java.util.Objects::nonNull).toList();
        List<Person> persons = new ArrayList<>();
        persons.add(new Person(c.confidential() ? c.complainantName() : null, c.complainantResidentId(),
                c.complainantPhone()));
        persons.add(new Person(c.reporterContactName(), null, c.reporterContactPhone()));
        for (CoComplainantRow co : mapper.of(c.caseNo())) {
            persons.add(new Person(c.confidential() ? co.name() : null, co.residentId(), null));
        }
        for (UserAccount a : representatives) {
            persons.add(new Person(c.confidential() ? a.realName() : null, a.residentId(), a.phone()));
        }
        return persons;
    }

    /**
     * A field written for the employer must not name whom the employer may not learn about ({@link
     * #protectedPersons}): a hit is a 400 naming the field, and the author rewords it.
     */
    void screen(Complaint c, String field, String text) {
        for (Person p : protectedPersons(c)) {
            IdentityScreen.require(p, field, text);
        }
    }

    @Mapper
    interface CoComplainantMapper {

        @Insert("""
                INSERT INTO complaint_co_complainant (case_no, position, name, resident_id, child_birth_date, babies,
                    difficult_birth, days_granted, entitled_days, entitlement_note)
                VALUES (#{caseNo}, #{position}, #{name}, #{residentId}, #{childBirthDate}, #{babies},
                    #{difficultBirth}, #{daysGranted}, #{entitledDays}, #{entitlementNote})""")
        int insert(CoComplainantRow row);

        @Select("""
                SELECT case_no, position, name, resident_id, child_birth_date, babies, difficult_birth, days_granted,
                    entitled_days, entitlement_note
                FROM complaint_co_complainant WHERE case_no = #{caseNo} ORDER BY position""")
        List<CoComplainantRow> of(@Param("caseNo") String caseNo);

        @Select("SELECT COUNT(*) FROM complaint_co_complainant WHERE case_no = #{caseNo}")
        int count(@Param("caseNo") String caseNo);
    }
}
