package org.ffw.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * What the database and a bare Camunda engine manage on the same database server, measured in the same run as
 * FFW's figures so that those can be given as ratios: the single-row commit rate (an autocommitted INSERT into a
 * scratch table, a connection per worker) and the start of a one-user-task process with no listeners, through a
 * {@link StandaloneProcessEngineConfiguration} with Camunda's defaults (full history, as FFW), its job executor off,
 * through a Hikari pool set up as FFW's. Both run on a database of their own on the same server while FFW is
 * stopped, and leave nothing behind (the scratch table and the engine's schema are dropped).
 */
final class Baselines {

    record Db(String url, String user, String password) {

        String driver() {
            return url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "com.mysql.cj.jdbc.Driver";
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** A pool set up as application-mysql.yml sets FFW's (READ COMMITTED, the same driver properties). */
        HikariDataSource pool(int size) {
            HikariConfig h = new HikariConfig();
            h.setJdbcUrl(url);
            h.setUsername(user);
            h.setPassword(password);
            h.setDriverClassName(driver());
            h.setMaximumPoolSize(size);
            h.setPoolName("baseline");
            if (!url.startsWith("jdbc:h2:")) {
                h.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
                h.addDataSourceProperty("sendFractionalSeconds", "false");
                h.addDataSourceProperty("nullDatabaseMeansCurrent", "true");
                h.addDataSourceProperty("characterEncoding", "UTF-8");
                h.addDataSourceProperty("connectionTimeZone", "UTC");
                h.addDataSourceProperty("useServerPrepStmts", "false");
                h.addDataSourceProperty("rewriteBatchedStatements", "true");
                h.addDataSourceProperty("cachePrepStmts", "true");
                h.addDataSourceProperty("prepStmtCacheSize", "500");
                h.addDataSourceProperty("prepStmtCacheSqlLimit", "16384");
            }
            return new HikariDataSource(h);
        }
    }

    static final String PROCESS = "bareIntake";

    private Baselines() {
    }

    static Load.Result commits(Db db, int threads, double seconds) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_commit (id BIGINT AUTO_INCREMENT PRIMARY KEY, payload VARCHAR(100))");
        }
        try {
            return Load.run("commit", threads, seconds, w -> {
                Connection c;
                PreparedStatement insert;
                try {
                    c = db.connect();
                    c.setAutoCommit(true);
                    insert = c.prepareStatement("INSERT INTO bench_commit (payload) VALUES (?)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                AtomicLong n = new AtomicLong();
                return () -> {
                    insert.setString(1, "worker " + w + " row " + n.incrementAndGet());
                    return insert.executeUpdate() == 1;
                };
            });
        } finally {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE bench_commit");
            }
        }
    }

    /** A bare engine with a schema of its own on the pool's database; close the pool after the engine. */
    static ProcessEngine engine(DataSource pool) {
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setDataSource(pool);
        cfg.setDatabaseSchemaUpdate("create-drop"); // its own schema, dropped when the engine closes
        cfg.setJobExecutorActivate(false);
        cfg.setHistory("full");
        cfg.setProcessEngineName("bare-baseline");
        cfg.setMetricsEnabled(false);
        return cfg.buildProcessEngine();
    }

    static void deploy(ProcessEngine engine) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                .startEvent().userTask("triage").camundaCandidateGroups("inspector-310115").endEvent().done();
        engine.getRepositoryService().createDeployment().name("bench baseline")
                .addModelInstance(PROCESS + ".bpmn", model).deploy();
    }

    static final String SEQUENCE = "bareLifecycle";

    /** A process of {@code tasks} sequential group tasks, no listeners: the bare engine's whole lifecycle. */
    static void deploySequence(ProcessEngine engine, int tasks) {
        org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder<?, ?> b = Bpmn.createExecutableProcess(SEQUENCE)
                .camundaHistoryTimeToLive(1).startEvent();
        for (int i = 1; i <= tasks; i++) {
            b = b.userTask("task" + i).camundaCandidateGroups("inspector-310115");
        }
        engine.getRepositoryService().createDeployment().name("bench lifecycle baseline")
                .addModelInstance(SEQUENCE + ".bpmn", b.endEvent().done()).deploy();
    }

    /**
     * Whole lifecycles of the sequential process through the engine API: started with a business key and two
     * variables, then each task found by a task query, claimed and completed with a variable, each call its own
     * transaction; a lifecycle counts when its historic instance has ended.
     */
    static Load.Result lifecycles(ProcessEngine engine, int threads, double seconds) throws InterruptedException {
        AtomicLong n = new AtomicLong();
        return Load.run("bare engine lifecycle", threads, seconds, w -> () -> {
            long i = n.incrementAndGet();
            String pi = engine.getRuntimeService().startProcessInstanceByKey(SEQUENCE, "BARE-" + i,
                    Map.of("district", "310115", "caseNo", "BARE-" + i)).getId();
            var tasks = engine.getTaskService();
            for (var t = tasks.createTaskQuery().processInstanceId(pi).singleResult(); t != null;
                 t = tasks.createTaskQuery().processInstanceId(pi).singleResult()) {
                tasks.claim(t.getId(), "inspector");
                tasks.complete(t.getId(), Map.of(t.getTaskDefinitionKey() + "Done", true));
            }
            return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi)
                    .finished().count() == 1;
        });
    }

    /** Starts of the one-task process, each its own transaction, with a business key and two variables. */
    static Load.Result starts(ProcessEngine engine, int threads, double seconds) throws InterruptedException {
        AtomicLong n = new AtomicLong();
        return Load.run("bare engine start", threads, seconds, w -> () -> {
            long i = n.incrementAndGet();
            return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "BARE-" + i,
                    Map.of("district", "310115", "caseNo", "BARE-" + i)) != null;
        });
    }

    /**
     * The baselines' database: on the same server as FFW's but of their own, so that the bare engine can create and
     * drop its schema (H2: a file beside FFW's, written as FFW's is; MariaDB: {@code FFW_BARE_DB_URL}, which bench/run
     * creates, with FFW's user). {@code bench} names the bench/run command that makes one.
     */
    static Db bareDb(String db, java.nio.file.Path dir, org.ffw.reliability.CrashRun.Config config, String bench) {
        if (db.equals("h2")) {
            return new Db("jdbc:h2:file:" + dir.resolve("bare/bare") + ";MODE=MySQL;WRITE_DELAY=0", "sa", "");
        }
        String url = System.getenv("FFW_BARE_DB_URL");
        if (url == null) {
            throw new IllegalStateException("bench.db=" + db + " needs FFW_BARE_DB_URL, an empty database on the"
                    + " same server for the baselines (bench/run " + bench + " --db mariadb makes one)");
        }
        return new Db(url, config.jdbcUser(), config.jdbcPassword());
    }
}
