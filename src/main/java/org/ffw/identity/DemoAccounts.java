package org.ffw.identity;

import java.util.List;
import java.util.Set;

import org.ffw.identity.UserService.NewAccount;
import org.ffw.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of the embedded default (password "demo"), created once if missing. Never loaded with
 * {@code ffw.demo.enabled=false}, which the mysql profile sets.
 */
@Component
@ConditionalOnProperty(name = "ffw.demo.enabled", havingValue = "true")
class DemoAccounts implements SmartInitializingSingleton {

    static final String PASSWORD = "demo";

    static final List<String> USERNAMES = List.of("admin", "employee", "employee2", "employer", "employer2",
            "inspector", "inspector2", "inspector3", "inspector-xuhui", "supervisor", "union", "union-lead", "officer");

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserService users;

    DemoAccounts(UserService users) {
        this.users = users;
    }

    static List<NewAccount> accounts() {
        return List.of(
                staff("admin", "系统管理员", Role.ADMIN, null),
                new NewAccount("employee", PASSWORD, "李娜", Set.of(Role.EMPLOYEE), null, null, "李娜",
                        "310101198808080025", "13800000001"),
                new NewAccount("employee2", PASSWORD, "王芳", Set.of(Role.EMPLOYEE), null, null, "王芳",
                        "310115199204150021", "13800000002"),
                new NewAccount("employer", PASSWORD, "上海示例科技有限公司", Set.of(Role.EMPLOYER), null,
                        "91310115MA1H8R7C41", null, null, null),
                new NewAccount("employer2", PASSWORD, "上海样本餐饮有限公司", Set.of(Role.EMPLOYER), null,
                        "91310104MA1K3P5Q2X", null, null, null),
                staff("inspector", "张伟（浦东监察）", Role.INSPECTOR, "310115"),
                staff("inspector2", "陈静（浦东监察）", Role.INSPECTOR, "310115"),
                // a third in Pudong, so that a campaign's pair can be drawn again when one recuses
                staff("inspector3", "吴昊（浦东监察）", Role.INSPECTOR, "310115"),
                staff("inspector-xuhui", "刘洋（徐汇监察）", Role.INSPECTOR, "310104"),
                staff("supervisor", "赵敏（浦东监察科长）", Role.SUPERVISOR, "310115"),
                staff("union", "孙丽（浦东总工会）", Role.UNION_REVIEWER, "310115"),
                staff("union-lead", "钱芳（浦东总工会负责人）", Role.UNION_SUPERVISOR, "310115"),
                staff("officer", "周强（浦东补贴窗口）", Role.SUBSIDY_OFFICER, "310115"));
    }

    private static NewAccount staff(String username, String name, Role role, String district) {
        return new NewAccount(username, PASSWORD, name, Set.of(role), district, null, null, null, null);
    }

    @Override
    public void afterSingletonsInstantiated() {
        int created = 0;
        for (NewAccount account : accounts()) {
            if (!users.exists(account.username())) {
                users.create(account, true);
                created++;
            }
        }
        if (created > 0) {
            log.info("created {} demo accounts (password \"{}\")", created, PASSWORD);
        }
    }
}
