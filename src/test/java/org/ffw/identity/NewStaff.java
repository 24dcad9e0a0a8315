package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.ffw.support.Api;

/**
 * A staff account of its own for a test, made as an administrator would make it ({@code POST
 * /api/v1/admin/accounts}), so that what the test does to it (disable, log out everywhere, revoke) touches no demo
 * account. Names are the prefix and a number unlike other runs' on the same database.
 */
final class NewStaff {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100000));

    private NewStaff() {
    }

    /** The new account's username. */
    static String create(Api api, String prefix, String role, String district, String password) {
        String u = prefix + SEQ.incrementAndGet();
        Map<String, Object> m = Map.of("username", u, "displayName", "测试 " + u, "role", role,
                "district", district, "password", password);
        var r = api.as("admin").post("/api/v1/admin/accounts", m);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return u;
    }
}
