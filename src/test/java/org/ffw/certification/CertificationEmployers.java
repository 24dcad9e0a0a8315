package org.ffw.certification;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.platform.security.Role;
import org.ffw.rules.CreditCodes;

/**
 * A fresh employer of Pudong with an employer account, for each test that applies: an employer has one open
 * application and one certificate at a time, so tests sharing the demo employer would be in each other's way.
 */
public final class CertificationEmployers {

    public static final String PASSWORD = "Cert-employer-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 900_000));

    /** Its credit code, the account's username and the account's password. */
    public record Fresh(String creditCode, String username, String name) {
    }

    private CertificationEmployers() {
    }

    public static Fresh create(EmployerService employers, UserService users) {
        String base = "91310115MA" + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000);
        String code = base + CreditCodes.checkCharacter(base);
        String name = "上海友好岗测试" + code.substring(12, 17) + "有限公司";
        String username = "cert-employer-" + code.substring(10, 17);
        employers.register(new EmployerService.NewEmployer(code, name, "310115", null, null));
        users.create(new UserService.NewAccount(username, PASSWORD, name, Set.of(Role.EMPLOYER), null, code, null,
                null, null), false);
        return new Fresh(code, username, name);
    }
}
