package org.ffw.worktable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.SqlSessionFactory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.ffw.identity.UserService;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.TaskViewMapper.QueueQuery;
import org.ffw.worktable.WorktableService.QueueRequest;
import org.ffw.worktable.WorktableService.Sort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not a test: surefire's includes (*Test, *Tests, *Properties) do not match it, so {@code ./mvnw verify}
 * never runs it. Run it with {@code bench/run} (see bench/README.md).
 * <p>
 * Loads {@code bench.tasks} open user tasks (default 100,000) across the 16 districts, then times the inspector's
 * queue page through our projection (task_view) and the same page through Camunda's own task query with equivalent
 * filters, and prints p50/p95/p99/mean per query.
 * <p>
 * Loading: {@code bench.engine-instances} process instances (default 2,000) are started through the engine, one
 * transaction each, exactly as the application does; they also serve as templates. The rest are cloned from the
 * template rows with JDBC batches into ACT_RU_EXECUTION, ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_VARIABLE and
 * task_view — the same columns the engine wrote, new ids, different district / group / assignee / dates — so both
 * queries see the same tasks. History rows are not cloned (neither query reads them).
 * <p>
 * Own database: on H2 a separate in-memory database ({@code bench.h2-url}); on MySQL/MariaDB whatever FFW_DB_URL
 * names (bench/run creates ffw_bench). Everything loaded is removed at the end unless {@code bench.keep=true}.
 */
@SpringBootTest(properties = {
        // the escalation sweep would queue notices for thousands of at-risk tasks while we measure
        "ffw.worktable.escalation-interval=PT24H",
        "logging.level.org.ffw=warn"})
class QueueBenchmark {

    static final String USER = "inspector";
    static final String OTHER_PROCESS = "queue-bench-other";
    static final String[] ROLES = {Role.INSPECTOR.staffGroup(), Role.INSPECTOR.staffGroup(), Role.INSPECTOR.staffGroup(), Role.UNION_REVIEWER.staffGroup(), Role.SUBSIDY_OFFICER.staffGroup()};
    static final String CASE_PREFIX = "QB-";

    final int tasks = Integer.getInteger("bench.tasks", 100_000);
    final int engineInstances = Math.min(tasks, Integer.getInteger("bench.engine-instances", 2_000));
    final int warmup = Integer.getInteger("bench.warmup", 10);
    final int iterations = Integer.getInteger("bench.iterations", 200);
    final int batch = Integer.getInteger("bench.batch", 1_000);
    final long seed = Long.getLong("bench.seed", 20261128L);
    final boolean keep = Boolean.getBoolean("bench.keep");
    final int pageSize = 50;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        String profiles = System.getProperty("spring.profiles.active", "");
        if (!profiles.contains("mysql")) {
            registry.add("spring.datasource.url", () -> System.getProperty("bench.h2-url",
                    "jdbc:h2:mem:ffw-bench;MODE=MySQL;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE"));
        }
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    TaskViewMapper views;
    @Autowired
    WorktableService worktable;
    @Autowired
    UserService users;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Environment environment;
    @Autowired
    SqlSessionFactory ourSessions;

    final Random random = new Random(seed);
    final List<String> engineProcessInstances = new ArrayList<>();
    final List<String> clonedProcessInstances = new ArrayList<>();
    final List<String> clonedTasks = new ArrayList<>();
    final StringBuilder report = new StringBuilder();
    final Map<String, Long> gaveUp = new LinkedHashMap<>();
    String deploymentId;

    @Test
    void queue() throws Exception {
        try {
            run();
        } finally {
            if (keep) {
                say("bench.keep=true: the loaded tasks stay in the database");
            } else {
                cleanUp();
            }
        }
    }

    // ================================================================================================= the run

    private void run() throws Exception {
        String database;
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            database = md.getDatabaseProductName() + " " + md.getDatabaseProductVersion();
        }
        List<String> districts = districts();
        assertThat(districts).hasSize(16);
        assertThat(taskService.createTaskQuery().count()).as("the bench needs a database without open tasks")
                .isZero();
        Deployment deployment = repository.createDeployment().name("queue-bench")
                .addModelInstance(OTHER_PROCESS + ".bpmn", otherProcess()).deploy();
        deploymentId = deployment.getId();

        line("# Queue benchmark");
        line("");
        line("- started: " + DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        line("- database: " + database + " (" + jdbcUrl() + ")");
        line("- profiles: " + String.join(",", environment.getActiveProfiles()));
        line("- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + Runtime.getRuntime().availableProcessors() + " CPUs");
        line("- load average before loading: " + loadAverage());
        line("- open tasks: " + String.format(Locale.ROOT, "%,d", tasks) + " (" + engineInstances
                + " started through the engine, the rest cloned with JDBC batches of " + batch + ")");

        // --- load ----------------------------------------------------------------------------------------------
        List<Spec> specs = specs(districts);
        long t0 = System.nanoTime();
        Map<String, Template> templates = startThroughEngine(specs.subList(0, engineInstances));
        long engineNanos = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        clone(templates, specs.subList(engineInstances, specs.size()));
        long cloneNanos = System.nanoTime() - t1;
        long t2 = System.nanoTime();
        analyze();
        long analyzeNanos = System.nanoTime() - t2;
        line(String.format(Locale.ROOT, "- load: engine %d instances in %.1f s (%.0f/s, one transaction each);"
                        + " JDBC clone %,d tasks in %.1f s (%.0f/s); statistics %.1f s",
                engineInstances, seconds(engineNanos), engineInstances / seconds(engineNanos),
                specs.size() - engineInstances, seconds(cloneNanos),
                (specs.size() - engineInstances) / Math.max(seconds(cloneNanos), 1e-9), seconds(analyzeNanos)));

        // --- what the inspector sees ---------------------------------------------------------------------------
        FfwUser me = users.find(USER).orElseThrow();
        Set<String> groups = Groups.of(me);
        String district = me.district();
        Instant now = WorktableService.now();
        assertThat(taskService.createTaskQuery().count()).as("open tasks in Camunda").isEqualTo(tasks);
        assertThat(rows("task_view")).as("rows in task_view").isEqualTo(tasks);
        line("- user `" + USER + "`, groups " + groups + ", district " + district + ", page size " + pageSize
                + "; tasks in the district: " + countWhere("district = ?", district) + ", in the queue (mine ∪"
                + " unassigned in group): " + views.count(query(me, groups, now, null, null, 0)) + ", of them"
                + " assigned to " + USER + ": " + countWhere("assignee = ?", USER));

        List<Scenario> scenarios = List.of(
                new Scenario("default (mine ∪ group, due asc)", null, null, q -> q),
                new Scenario("sla=OVERDUE", "OVERDUE", null, q -> q.dueBefore(Date.from(now))),
                new Scenario("process=" + OTHER_PROCESS, null, OTHER_PROCESS,
                        q -> q.processDefinitionKey(OTHER_PROCESS)));

        // --- same answers? ---------------------------------------------------------------------------------------
        line("");
        line("## Same answers");
        line("");
        boolean same = true;
        for (Scenario s : scenarios) {
            QueueQuery q = query(me, groups, now, s.sla(), s.process(), pageSize);
            List<String> ours = views.queue(q).stream().map(TaskInfo::taskId).toList();
            List<String> theirs = camunda(me, groups, district, s).listPage(0, pageSize).stream().map(Task::getId)
                    .toList();
            long ourTotal = views.count(q);
            long theirTotal = camunda(me, groups, district, s).count();
            boolean equal = ours.equals(theirs) && ourTotal == theirTotal;
            same &= equal;
            line(String.format(Locale.ROOT, "- %s: projection %d rows of %,d, Camunda %d rows of %,d — %s", s.name(),
                    ours.size(), ourTotal, theirs.size(), theirTotal, equal ? "same page, same total"
                            : "DIFFERENT: " + diff(ours, theirs)));
        }

        // --- timings ---------------------------------------------------------------------------------------------
        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            QueueQuery q = query(me, groups, now, s.sla(), s.process(), pageSize);
            ops.put(s.name() + "|projection: page (TaskViewMapper.queue)", () -> views.queue(q));
            ops.put(s.name() + "|projection: total (TaskViewMapper.count)", () -> views.count(q));
            ops.put(s.name() + "|Camunda: page (TaskQuery.listPage)",
                    () -> camunda(me, groups, district, s).listPage(0, pageSize));
            ops.put(s.name() + "|Camunda: total (TaskQuery.count)", () -> camunda(me, groups, district, s).count());
            if (s.sla() == null && s.process() == null) {
                ops.put(s.name() + "|Camunda without the district variable filter: page",
                        () -> camundaWithoutVariable(me, groups).listPage(0, pageSize));
                ops.put(s.name() + "|WorktableService.queue (page + total + per-view/SLA counts)",
                        () -> worktable.queue(me, new QueueRequest(null, null, null, null, null, Sort.due, 0,
                                pageSize)));
            }
        }
        line("");
        line("- load average before timing: " + loadAverage());
        Map<String, long[]> samples = time(ops);
        line("- load average after timing: " + loadAverage());
        line("");
        line("## Timings");
        line("");
        line(String.format(Locale.ROOT, "%d warm-up rounds, then up to %d timed rounds; each round calls every query"
                + " once, in turn; a query stops after %d calls or %d s of its own time (n = calls timed)."
                + " System.nanoTime around one call; milliseconds.", warmup, iterations, iterations,
                Long.getLong("bench.budget-ms", 20_000) / 1000));
        line("");
        line("| filter | query | n | p50 | p95 | p99 | mean |");
        line("|---|---|---:|---:|---:|---:|---:|");
        samples.forEach((key, ns) -> {
            String[] parts = key.split("\\|", 2);
            if (gaveUp.containsKey(key)) {
                line(String.format(Locale.ROOT, "| %s | %s | 1 | gave up: one call took %s ms | | | |", parts[0],
                        parts[1], ms(gaveUp.get(key))));
                return;
            }
            long[] sorted = ns.clone();
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                return;
            }
            line(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s |", parts[0], parts[1],
                    sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                    ms((long) Arrays.stream(sorted).average().orElse(0))));
        });
        explain(scenarios, me, groups, district, now);
        writeReport(database);
        assertThat(same).as("the projection and Camunda answered differently (see above)").isTrue();
    }

    record Scenario(String name, String sla, String process, java.util.function.UnaryOperator<TaskQuery> filter) {
    }

    private QueueQuery query(FfwUser me, Set<String> groups, Instant now, String sla, String process, int limit) {
        return new QueueQuery(me.getUsername(), groups, null, me.district(), process, null, sla, null, now, "due",
                false, limit, 0);
    }

    /** The same page through Camunda: assigned to me, or unassigned with my candidate group; of my district. */
    private TaskQuery camunda(FfwUser me, Set<String> groups, String district, Scenario s) {
        TaskQuery q = taskService.createTaskQuery()
                .or().taskAssignee(me.getUsername()).taskCandidateGroupIn(new ArrayList<>(groups)).endOr()
                .processVariableValueEquals(TaskRouting.DISTRICT, district);
        // task id breaks ties between equal due dates, as in TaskViewMapper.queue — without it paging is unstable
        return s.filter().apply(q).orderByDueDate().asc().orderByTaskId().asc();
    }

    private TaskQuery camundaWithoutVariable(FfwUser me, Set<String> groups) {
        return taskService.createTaskQuery()
                .or().taskAssignee(me.getUsername()).taskCandidateGroupIn(new ArrayList<>(groups)).endOr()
                .orderByDueDate().asc().orderByTaskId().asc();
    }

    /**
     * Round after round, every query once per round, so that noise from the (shared) machine spreads over all of
     * them alike. A query stops being timed after bench.iterations calls or once its timed calls have taken
     * bench.budget-ms in all (slow queries then get fewer samples; the table says how many), and is given up after
     * one call longer than bench.max-call-ms.
     */
    private Map<String, long[]> time(Map<String, Supplier<Object>> ops) {
        long maxCall = Long.getLong("bench.max-call-ms", 20_000) * 1_000_000L;
        long budget = Long.getLong("bench.budget-ms", 20_000) * 1_000_000L;
        Map<String, long[]> samples = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Long> spent = new HashMap<>();
        ops.keySet().forEach(k -> samples.put(k, new long[iterations]));
        long sink = 0;
        for (int round = 0; round < warmup + iterations; round++) {
            boolean any = false;
            for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
                String key = op.getKey();
                if (gaveUp.containsKey(key) || spent.getOrDefault(key, 0L) >= budget) {
                    continue;
                }
                any = true;
                long start = System.nanoTime();
                Object result = op.getValue().get();
                long elapsed = System.nanoTime() - start;
                sink += result == null ? 0 : result.hashCode();
                if (round >= warmup) {
                    int n = counts.merge(key, 1, Integer::sum);
                    samples.get(key)[n - 1] = elapsed;
                    spent.merge(key, elapsed, Long::sum);
                }
                if (elapsed > maxCall) {
                    gaveUp.put(key, elapsed);
                    say("  gave up " + key + ": one call took " + ms(elapsed) + " ms");
                }
            }
            if (!any) {
                break;
            }
            if ((round + 1) % 25 == 0) {
                say("  round " + (round + 1) + " of at most " + (warmup + iterations));
            }
        }
        if (sink == 42) {
            say("");
        }
        samples.replaceAll((k, v) -> Arrays.copyOf(v, counts.getOrDefault(k, 0)));
        return samples;
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    // ================================================================================================ the data

    /** One open task to load: where it is routed, who holds it, when it was created and is due. */
    record Spec(String caseNo, String processKey, String district, String group, String assignee, Instant created,
                Instant due) {
    }

    /**
     * Districts in turn (N/16 each); 3 of 5 tasks for inspectors, 1 for the union, 1 for subsidy officers; 30 %
     * claimed by one of three people of that group ("inspector" and "inspector2" among Pudong's inspectors); created
     * 0–45 days ago, due at the end of the day 5–60 days after creation: about a third overdue, a seventh at risk.
     * The first (engine-started) ones are inspector tasks created now, due in 5 or 10 working days.
     */
    private List<Spec> specs(List<String> districts) {
        Instant now = Instant.now();
        List<Spec> specs = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            String district = districts.get(i % districts.size());
            String process = random.nextInt(5) == 0 ? OTHER_PROCESS : "worktable-test";
            String role = i < engineInstances ? Role.INSPECTOR.staffGroup() : ROLES[random.nextInt(ROLES.length)];
            String assignee = null;
            if (random.nextInt(10) < 3) {
                int who = random.nextInt(3);
                if (role.equals(Role.INSPECTOR.staffGroup()) && district.equals("310115") && who < 2) {
                    assignee = who == 0 ? "inspector" : "inspector2";
                } else {
                    assignee = role + "-" + district + "-" + (who + 1);
                }
            }
            Instant created = now.minusSeconds(random.nextInt(45 * 24 * 3600));
            LocalDate dueDay = created.atZone(WorkingDays.ZONE).toLocalDate().plusDays(5 + random.nextInt(56));
            specs.add(new Spec(String.format(Locale.ROOT, "%s%07d", CASE_PREFIX, i), process, district,
                    Groups.staff(role, district), assignee, created, WorkingDays.endOfDay(dueDay)));
        }
        return specs;
    }

    private BpmnModelInstance otherProcess() {
        return Bpmn.createExecutableProcess(OTHER_PROCESS).name("Queue benchmark: another procedure")
                .camundaHistoryTimeToLive(1)
                .startEvent("start")
                .userTask("check").name("Check the documents").camundaCandidateGroups(Role.INSPECTOR.staffGroup())
                .camundaDueDate("${workingDays.due(10)}")
                .endEvent("end")
                .done();
    }

    /** The rows one started process instance has in the runtime tables, to be cloned. */
    record Template(String processInstanceId, List<Row> rows, Set<String> ownIds) {
    }

    record Row(String table, String[] columns, int[] types, Object[] values) {
        int index(String column) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i].equalsIgnoreCase(column)) {
                    return i;
                }
            }
            return -1;
        }

        Object get(String column) {
            int i = index(column);
            return i < 0 ? null : values[i];
        }
    }

    /** Starts process instances the way the application does, one transaction each; claims 30 % of the tasks. */
    private Map<String, Template> startThroughEngine(List<Spec> specs) throws SQLException {
        Map<String, String> assignedSample = new HashMap<>();
        Map<String, String> unassignedSample = new HashMap<>();
        int n = 0;
        for (Spec s : specs) {
            String pi = tx.execute(st -> {
                ProcessInstance instance = runtime.startProcessInstanceByKey(s.processKey(), s.caseNo(),
                        Map.of(TaskRouting.DISTRICT, s.district(), TaskRouting.EMPLOYER_CREDIT_CODE,
                                "91310115MA1H8R7C41", TaskRouting.COMPLAINANT, "employee"));
                return instance.getId();
            });
            engineProcessInstances.add(pi);
            if (s.assignee() != null) {
                String task = taskService.createTaskQuery().processInstanceId(pi).singleResult().getId();
                taskService.claim(task, s.assignee());
                assignedSample.putIfAbsent(s.processKey(), pi);
            } else {
                unassignedSample.putIfAbsent(s.processKey(), pi);
            }
            if (++n % 500 == 0) {
                System.out.println("  engine: " + n + " of " + specs.size());
            }
        }
        Map<String, Template> templates = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String process : List.of("worktable-test", OTHER_PROCESS)) {
                if (unassignedSample.containsKey(process)) {
                    templates.put(process + "/open", template(c, unassignedSample.get(process)));
                }
                if (assignedSample.containsKey(process)) {
                    templates.put(process + "/claimed", template(c, assignedSample.get(process)));
                }
            }
        }
        return templates;
    }

    private Template template(Connection c, String pi) throws SQLException {
        List<Row> rows = new ArrayList<>();
        rows.addAll(select(c, "ACT_RU_EXECUTION", "PROC_INST_ID_", pi));
        List<Row> taskRows = select(c, "ACT_RU_TASK", "PROC_INST_ID_", pi);
        assertThat(taskRows).as("one open task per template instance").hasSize(1);
        rows.addAll(taskRows);
        String taskId = (String) taskRows.get(0).get("ID_");
        rows.addAll(select(c, "ACT_RU_IDENTITYLINK", "TASK_ID_", taskId));
        rows.addAll(select(c, "ACT_RU_VARIABLE", "PROC_INST_ID_", pi));
        List<Row> view = select(c, "task_view", "process_instance_id", pi);
        assertThat(view).as("the projection row of the template").hasSize(1);
        rows.addAll(view);
        // nothing else of the instance may exist at runtime, or the clones would be incomplete
        Map<String, String> others = Map.of("ACT_RU_JOB", "PROCESS_INSTANCE_ID_", "ACT_RU_EVENT_SUBSCR",
                "PROC_INST_ID_", "ACT_RU_INCIDENT", "PROC_INST_ID_", "ACT_RU_EXT_TASK", "PROC_INST_ID_");
        for (Map.Entry<String, String> other : others.entrySet()) {
            assertThat(select(c, other.getKey(), other.getValue(), pi)).as(other.getKey() + " rows of the template")
                    .isEmpty();
        }
        Set<String> own = new java.util.HashSet<>();
        for (Row r : rows) {
            if (!r.table().equals("task_view")) {
                own.add((String) r.get("ID_"));
            }
            Object activityInstance = r.get("ACT_INST_ID_");
            if (activityInstance instanceof String s) {
                own.add(s);
            }
        }
        if (Boolean.getBoolean("bench.show-templates")) {
            for (Row r : rows) {
                StringBuilder sb = new StringBuilder("  template ").append(r.table()).append(':');
                for (int i = 0; i < r.columns().length; i++) {
                    if (r.values()[i] != null) {
                        sb.append(' ').append(r.columns()[i]).append('=').append(r.values()[i]);
                    }
                }
                say(sb.toString());
            }
        }
        return new Template(pi, rows, own);
    }

    private static List<Row> select(Connection c, String table, String column, String value) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                String[] columns = new String[md.getColumnCount()];
                int[] types = new int[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = md.getColumnName(i + 1);
                    types[i] = md.getColumnType(i + 1);
                }
                while (rs.next()) {
                    Object[] values = new Object[columns.length];
                    for (int i = 0; i < columns.length; i++) {
                        values[i] = rs.getObject(i + 1);
                    }
                    rows.add(new Row(table, columns, types, values));
                }
            }
        }
        return rows;
    }

    /** Inserts the rest as copies of the template rows, batch by batch, one transaction per batch. */
    private void clone(Map<String, Template> templates, List<Spec> specs) throws SQLException {
        if (specs.isEmpty()) {
            return;
        }
        IdGenerator ids = engineConfiguration.getIdGenerator();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
            try {
                // parents first: executions, tasks, links and variables, the projection
                Template any = templates.values().iterator().next();
                for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK",
                        "ACT_RU_VARIABLE", "task_view")) {
                    Row r = any.rows().stream().filter(x -> x.table().equals(table)).findFirst().orElseThrow();
                    inserts.put(table, c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ",
                            r.columns()) + ") VALUES (" + "?, ".repeat(r.columns().length - 1) + "?)"));
                }
                int n = 0;
                for (Spec s : specs) {
                    Template t = templates.get(s.processKey() + (s.assignee() == null ? "/open" : "/claimed"));
                    if (t == null) {
                        t = templates.get(s.processKey() + (s.assignee() == null ? "/claimed" : "/open"));
                    }
                    Map<String, String> newIds = new HashMap<>();
                    for (String old : t.ownIds()) {
                        int colon = old.lastIndexOf(':');
                        newIds.put(old, colon < 0 ? ids.getNextId() : old.substring(0, colon + 1) + ids.getNextId());
                    }
                    for (Row r : t.rows()) {
                        Object[] v = r.values().clone();
                        for (int i = 0; i < v.length; i++) {
                            if (v[i] instanceof String str && newIds.containsKey(str)) {
                                v[i] = newIds.get(str);
                            }
                        }
                        override(r, v, s, now);
                        PreparedStatement ps = inserts.get(r.table());
                        for (int i = 0; i < v.length; i++) {
                            if (v[i] == null) {
                                ps.setNull(i + 1, r.types()[i]);
                            } else {
                                ps.setObject(i + 1, v[i]);
                            }
                        }
                        ps.addBatch();
                        if (r.table().equals("ACT_RU_TASK")) {
                            clonedTasks.add((String) v[r.index("ID_")]);
                        }
                    }
                    clonedProcessInstances.add(newIds.get(t.processInstanceId()));
                    if (++n % batch == 0 || n == specs.size()) {
                        for (PreparedStatement ps : inserts.values()) {
                            ps.executeBatch();
                        }
                        c.commit();
                    }
                    if (n % 10_000 == 0) {
                        System.out.println("  cloned: " + n + " of " + specs.size());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                for (PreparedStatement ps : inserts.values()) {
                    ps.close();
                }
                c.setAutoCommit(true);
            }
        }
    }

    /** What differs between the template's rows and a clone's, beyond the ids. */
    private void override(Row r, Object[] v, Spec s, Instant now) {
        Timestamp created = Timestamp.from(s.created());
        Timestamp due = Timestamp.from(s.due());
        Instant atRisk = Sla.atRiskAt(s.created(), s.due(), day -> day.getDayOfWeek().getValue() <= 5);
        switch (r.table()) {
            case "ACT_RU_EXECUTION" -> {
                if (r.get("PARENT_ID_") == null) {
                    set(r, v, "BUSINESS_KEY_", s.caseNo());
                }
            }
            case "ACT_RU_TASK" -> {
                set(r, v, "ASSIGNEE_", s.assignee());
                set(r, v, "CREATE_TIME_", created);
                set(r, v, "DUE_DATE_", due);
                if (r.get("LAST_UPDATED_") != null) {
                    set(r, v, "LAST_UPDATED_", Timestamp.from(s.created().plusSeconds(3600)));
                }
            }
            case "ACT_RU_IDENTITYLINK" -> {
                if (r.get("GROUP_ID_") != null) {
                    set(r, v, "GROUP_ID_", s.group());
                }
            }
            case "ACT_RU_VARIABLE" -> {
                if (TaskRouting.DISTRICT.equals(r.get("NAME_"))) {
                    set(r, v, "TEXT_", s.district());
                }
            }
            case "task_view" -> {
                set(r, v, "case_no", s.caseNo());
                set(r, v, "summary", s.caseNo());
                set(r, v, "district", s.district());
                set(r, v, "candidate_group", s.group());
                set(r, v, "assignee", s.assignee());
                set(r, v, "created_at", created);
                set(r, v, "due_at", due);
                set(r, v, "at_risk_at", Timestamp.from(atRisk));
                // a live system has sent the notices of everything already at risk or overdue
                set(r, v, "at_risk_notified_at", atRisk.isAfter(now) ? null : Timestamp.from(now));
                set(r, v, "overdue_notified_at", s.due().isAfter(now) ? null : Timestamp.from(now));
            }
            default -> throw new IllegalStateException(r.table());
        }
    }

    private static void set(Row r, Object[] v, String column, Object value) {
        int i = r.index(column);
        if (i < 0) {
            throw new IllegalStateException(r.table() + " has no column " + column);
        }
        v[i] = value;
    }

    /** Fresh index statistics after a bulk load, as a DBA would have (MySQL/MariaDB: ANALYZE TABLE). */
    private void analyze() throws SQLException {
        if (!isMySql()) {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                // H2 skips ANALYZE silently in a session with a query timeout, and MyBatis's default statement
                // timeout (mybatis.configuration.default-statement-timeout) leaves one on pooled connections
                st.execute("SET QUERY_TIMEOUT 0");
                st.execute("ANALYZE");
                try (ResultSet rs = st.executeQuery("SELECT SELECTIVITY FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_NAME = 'ACT_RU_VARIABLE' AND COLUMN_NAME = 'PROC_INST_ID_'")) {
                    rs.next();
                    line("- H2 statistics after ANALYZE: selectivity of ACT_RU_VARIABLE.PROC_INST_ID_ = "
                            + rs.getInt(1) + " (50 would mean no statistics)");
                }
            }
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_VARIABLE",
                    "task_view")) {
                try (ResultSet rs = st.executeQuery("ANALYZE TABLE " + table)) {
                    while (rs.next()) {
                        // drain
                    }
                }
            }
        }
    }

    // ================================================================================================ clean-up

    /** The plans of the page queries, both sides, captured from MyBatis as they are sent. */
    private void explain(List<Scenario> scenarios, FfwUser me, Set<String> groups, String district, Instant now)
            throws SQLException {
        Capture capture = new Capture();
        ourSessions.getConfiguration().addInterceptor(capture);
        engineConfiguration.getSqlSessionFactory().getConfiguration().addInterceptor(capture);
        boolean mysql = isMySql();
        line("");
        line("## Plans");
        for (Scenario s : scenarios) {
            capture.armed = true;
            views.queue(query(me, groups, now, s.sla(), s.process(), pageSize));
            explain(s.name() + " — projection", capture, mysql);
            capture.armed = true;
            camunda(me, groups, district, s).listPage(0, pageSize);
            explain(s.name() + " — Camunda", capture, mysql);
        }
    }

    private void explain(String title, Capture capture, boolean mysql) throws SQLException {
        line("");
        line("### " + title);
        line("");
        line("```");
        line(capture.sql.replaceAll("\\s+", " ").trim());
        line("");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("EXPLAIN " + capture.sql)) {
            capture.parameters.setParameters(ps);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                if (mysql) {
                    StringBuilder header = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        header.append(i == 1 ? "" : " | ").append(md.getColumnLabel(i));
                    }
                    line(header.toString());
                }
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.append(i == 1 ? "" : " | ").append(rs.getString(i));
                    }
                    line(row.toString());
                }
            }
        }
        line("```");
    }

    /** Remembers the SQL and parameters of the next statement MyBatis prepares once armed. */
    @Intercepts(@Signature(type = StatementHandler.class, method = "parameterize", args = Statement.class))
    static final class Capture implements Interceptor {
        volatile boolean armed;
        volatile String sql;
        volatile ParameterHandler parameters;

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            if (armed) {
                StatementHandler handler = (StatementHandler) invocation.getTarget();
                sql = handler.getBoundSql().getSql();
                parameters = handler.getParameterHandler();
                armed = false;
            }
            return invocation.proceed();
        }
    }

    private void cleanUp() throws SQLException {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int from = 0; from < clonedProcessInstances.size(); from += 500) {
                List<String> pis = clonedProcessInstances.subList(from,
                        Math.min(from + 500, clonedProcessInstances.size()));
                List<String> taskIds = clonedTasks.subList(Math.min(from, clonedTasks.size()),
                        Math.min(from + 500, clonedTasks.size()));
                delete(c, "task_view", "process_instance_id", pis);
                delete(c, "ACT_RU_VARIABLE", "PROC_INST_ID_", pis);
                delete(c, "ACT_RU_IDENTITYLINK", "TASK_ID_", taskIds);
                delete(c, "ACT_RU_TASK", "PROC_INST_ID_", pis);
                delete(c, "ACT_RU_EXECUTION", "ID_", pis);
                c.commit();
            }
            c.setAutoCommit(true);
        }
        for (int from = 0; from < engineProcessInstances.size(); from += 500) {
            List<String> pis = engineProcessInstances.subList(from,
                    Math.min(from + 500, engineProcessInstances.size()));
            runtime.deleteProcessInstances(pis, "queue benchmark", false, true);
            history.deleteHistoricProcessInstances(pis);
        }
        if (deploymentId != null) {
            repository.deleteDeployment(deploymentId, true);
        }
        assertThat(views.forCase(CASE_PREFIX + "0000000")).isEmpty();
        say(String.format(Locale.ROOT, "cleaned up in %.1f s", seconds(System.nanoTime() - start)));
    }

    private static void delete(Connection c, String table, String column, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " IN ("
                + "?, ".repeat(ids.size() - 1) + "?)")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            ps.executeUpdate();
        }
    }

    // ================================================================================================= helpers

    private List<String> districts() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT code FROM district ORDER BY sort_order")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private long countWhere(String condition, String value) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM task_view WHERE " + condition)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long rows(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private boolean isMySql() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*");
        }
    }

    private String jdbcUrl() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            int q = url.indexOf('?');
            return q < 0 ? url : url.substring(0, q);
        }
    }

    private static String diff(List<String> ours, List<String> theirs) {
        for (int i = 0; i < Math.min(ours.size(), theirs.size()); i++) {
            if (!ours.get(i).equals(theirs.get(i))) {
                return "first difference at row " + i + ": " + ours.get(i) + " vs " + theirs.get(i);
            }
        }
        return "sizes " + ours.size() + " vs " + theirs.size();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

    private static void say(String text) {
        System.out.println(text);
    }

    private void writeReport(String database) throws IOException {
        String db = database.toLowerCase(Locale.ROOT).startsWith("h2") ? "h2"
                : database.toLowerCase(Locale.ROOT).contains("mariadb") ? "mariadb" : "mysql";
        Path dir = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(dir);
        Path file = dir.resolve("queue-" + db + "-" + tasks + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now())
                + ".md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        say("report written to " + file.toAbsolutePath());
    }
}
