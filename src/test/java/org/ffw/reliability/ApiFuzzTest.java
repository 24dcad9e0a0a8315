package org.ffw.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.ffw.reliability.OpenApi.Operation;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fuzzer generated from the OpenAPI description, over real HTTP: every write operation under /api/v1 and every
 * GET's query and path parameters, each with {@code ffw.fuzz.requests} bad requests (6 in the suite; more through
 * {@code reliability/fuzz}) of a fixed seed ({@code ffw.fuzz.seed}), sent as a demo account the operation admits, in
 * Chinese or English. Expected: no 5xx; every 4xx an {@code application/problem+json} whose title is in the
 * caller's language; no row stored by a refused request (the counts of FFW's tables and of Camunda's runtime tables
 * before and after each). A bad request that is accepted is listed (and left out of the stored check). The figures
 * are printed and written to target/reliability/fuzz.md.
 */
class ApiFuzzTest extends ApiTest {

    static final long SEED = Long.getLong("ffw.fuzz.seed", 16L);
    static final int PER_OPERATION = Integer.getInteger("ffw.fuzz.requests", 6);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DataSource dataSource;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    @Test
    void bad_requests_get_a_problem_in_the_callers_language_and_store_nothing() throws Exception {
        OpenApi doc = OpenApi.load(api);
        Fixtures fx = new Fixtures(api, tasks);
        Fuzzer fuzzer = new Fuzzer(doc, new PathValues(fx), new Random(SEED));
        StoredRows rows = new StoredRows(dataSource);
        Random languages = new Random(SEED + 1);

        List<String> unruled = new ArrayList<>();
        List<String> noInput = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        List<String> wrongLanguage = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int requests = 0;
        int operations = 0;

        settle();
        Map<String, Long> before = rows.snapshot();
        for (Operation op : doc.operations()) {
            AccessRules.Rule rule = AccessRules.RULES.get(op.key());
            if (rule == null) {
                unruled.add(op.key());
                continue;
            }
            if (op.in("query").isEmpty() && op.in("path").isEmpty() && op.body() == null) {
                noInput.add(op.key());
                continue;
            }
            operations++;
            String as = AccessRules.caller(rule);
            for (int i = 0; i < PER_OPERATION; i++) {
                Fuzzer.Request req = fuzzer.next(op, rule);
                boolean zh = languages.nextBoolean();
                HttpResponse<byte[]> r = Calls.send(port, req, Calls.basic(as), zh ? "zh-CN,zh;q=0.9" : "en");
                requests++;
                int status = r.statusCode();
                statuses.merge(status, 1, Integer::sum);
                String line = op.key() + " as " + as + " [" + req.what() + "] " + req.method() + " "
                        + Fuzzer.clip(req.path()) + " -> " + status;
                if (status >= 500) {
                    serverErrors.add(line + " " + Fuzzer.clip(text(r)));
                } else if (status >= 400) {
                    String problem = problemIn(r, zh);
                    if (problem != null) {
                        (problem.startsWith("language") ? wrongLanguage : notProblems).add(line + ": " + problem);
                    }
                } else if (op.write()) {
                    accepted.add(line);
                }
                if (status >= 400) {
                    Map<String, Long> after = rows.snapshot();
                    List<String> diff = StoredRows.diff(before, after);
                    if (!diff.isEmpty()) {
                        settle();
                        diff = StoredRows.diff(before, rows.snapshot());
                        if (!diff.isEmpty()) {
                            stored.add(line + ": " + diff);
                        }
                    }
                    before = rows.snapshot();
                } else {
                    if (op.write()) {
                        settle();
                    }
                    before = rows.snapshot();
                }
            }
        }
        System.out.println("operations without an input to vary (not fuzzed): " + noInput);
        String figures = figures(operations, requests, statuses, serverErrors, notProblems, wrongLanguage, stored,
                accepted, unruled, rows.tables().size());
        System.out.println(figures);
        Path out = Path.of("target", "reliability", "fuzz.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures);

        assertThat(unruled).as("operations without a row in AccessRules").isEmpty();
        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(notProblems).as("4xx that are not problem+json").isEmpty();
        assertThat(wrongLanguage).as("problems not in the caller's language").isEmpty();
        assertThat(stored).as("refused requests that stored rows").isEmpty();
    }

    private static String figures(int operations, int requests, Map<Integer, Integer> statuses,
                                  List<String> serverErrors, List<String> notProblems, List<String> wrongLanguage,
                                  List<String> stored, List<String> accepted, List<String> unruled, int tables) {
        StringBuilder sb = new StringBuilder("# API fuzzer (seed ").append(SEED).append(", ").append(PER_OPERATION)
                .append(" requests per operation)\n\n")
                .append("operations: ").append(operations).append("\nrequests: ").append(requests)
                .append("\n5xx: ").append(serverErrors.size())
                .append("\nnon-problem 4xx: ").append(notProblems.size())
                .append("\nproblems not in the caller's language: ").append(wrongLanguage.size())
                .append("\nstored by a refused request: ").append(stored.size())
                .append(" (tables counted: ").append(tables).append(")")
                .append("\naccepted (2xx/3xx, left out of the stored check): ").append(accepted.size())
                .append("\nstatuses: ").append(statuses).append('\n');
        Findings.section(sb, "5xx", serverErrors);
        Findings.section(sb, "non-problem 4xx", notProblems);
        Findings.section(sb, "wrong language", wrongLanguage);
        Findings.section(sb, "stored", stored);
        Findings.section(sb, "accepted", accepted);
        Findings.section(sb, "operations without an access rule", unruled);
        return sb.toString();
    }


    /** Null when the answer is a problem in the caller's language; else what is wrong with it. */
    private static String problemIn(HttpResponse<byte[]> r, boolean zh) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "content type '" + type + "': " + Fuzzer.clip(text(r));
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (IOException e) {
            return "not JSON: " + Fuzzer.clip(text(r));
        }
        String title = body.path("title").asText("");
        if (body.path("status").asInt() != r.statusCode() || title.isBlank()) {
            return "no status/title: " + Fuzzer.clip(text(r));
        }
        boolean chinese = title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (zh != chinese) {
            return "language: title '" + title + "' for a " + (zh ? "Chinese" : "English") + " caller";
        }
        return null;
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** Waits (at most 3 s) until the job executor has no job due, so that counts change only by requests. */
    private void settle() throws InterruptedException {
        for (int i = 0; i < 30 && management.createJobQuery().executable().count() > 0; i++) {
            Thread.sleep(100);
        }
    }
}
