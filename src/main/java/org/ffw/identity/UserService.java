package org.ffw.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ffw.platform.cases.Recipients;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, roles and districts. The only way other features reach user data. */
@Service
public class UserService implements UserDetailsService, Recipients {

    private final UserMapper users;
    private final PasswordEncoder passwords;
    private final CamundaAdmins camundaAdmins;

    UserService(UserMapper users, PasswordEncoder passwords, CamundaAdmins camundaAdmins) {
        this.users = users;
        this.passwords = passwords;
        this.camundaAdmins = camundaAdmins;
    }

    @Override
    public FfwUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    public Optional<FfwUser> find(String username) {
        UserAccount a = users.find(username);
        if (a == null) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        users.roles(username).forEach(r -> roles.add(Role.valueOf(r)));
        return Optional.of(new FfwUser(a.username(), a.passwordHash(), a.displayName(), roles, a.districtCode(),
                a.employerCreditCode(), a.realName(), a.residentId(), a.phone(), a.enabled()));
    }

    /** A new account; the password is stored as a BCrypt hash. */
    @Transactional
    public void create(NewAccount account, boolean demo) {
        users.insert(new UserAccount(account.username(), passwords.encode(account.password()),
                account.displayName(), account.district(), account.employerCreditCode(), account.realName(),
                account.residentId(), account.phone(), true, demo, Instant.now()));
        for (Role role : account.roles()) {
            users.insertRole(account.username(), role.name());
        }
        if (account.roles().contains(Role.ADMIN)) {
            camundaAdmins.ensure(account.username(), account.displayName());
        }
    }

    public boolean exists(String username) {
        return users.find(username) != null;
    }

    public boolean anyWithRole(Role role) {
        return users.countWithRole(role.name()) > 0;
    }

    /** Enabled users of a district who hold the role — for assignment by a supervisor and for escalations. */
    public List<String> usernamesInDistrict(String district, Role role) {
        return users.usernamesInDistrictWithRole(district, role.name());
    }

    /** Enabled users holding a role, whatever their district (e.g. the administrators). */
    public List<String> usernamesWithRole(Role role) {
        return users.withRole(role.name()).stream().filter(UserAccount::enabled).map(UserAccount::username).toList();
    }

    /** Enabled accounts acting for an employer. */
    public List<String> usernamesOfEmployer(String creditCode) {
        return users.usernamesOfEmployer(creditCode);
    }

    @Override
    public List<String> employerAccounts(String creditCode) {
        return usernamesOfEmployer(creditCode);
    }

    @Override
    public List<String> staffOf(String district, Role role) {
        return usernamesInDistrict(district, role);
    }

    public List<District> districts() {
        return users.districts();
    }

    public Optional<District> district(String code) {
        return districts().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public boolean isDistrict(String code) {
        return code != null && district(code).isPresent();
    }

    /** Accounts that may still carry the demo password: demo-created ones and the well-known demo usernames. */
    List<UserAccount> demoCandidates() {
        return users.findDemoAccounts(DemoAccounts.USERNAMES);
    }

    public record NewAccount(String username, String password, String displayName, Set<Role> roles, String district,
                             String employerCreditCode, String realName, String residentId, String phone) {
    }
}
