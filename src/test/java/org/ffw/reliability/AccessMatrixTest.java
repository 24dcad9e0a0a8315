package org.ffw.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.camunda.bpm.engine.TaskService;
import org.ffw.reliability.OpenApi.Operation;
import org.ffw.reliability.OpenApi.Param;
import org.ffw.support.ApiTest;
import org.ffw.support.SampleFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The authorization matrix generated from the OpenAPI description: every operation under /api/v1 × every demo
 * account (and no account) × the own and the other side's resource (another person's case, another employer's,
 * another district's; a query naming a party or a district is sent with either side's value). What the product
 * promises is {@link AccessRules} (roles) with {@link Readers} (who reads which case). A leak is a call outside
 * the promise answered 2xx, or an answer that carries a fixture case number or task id its caller may not read; a
 * refused write must also store nothing. Writes the promise allows are not sent (they would move the fixtures; the
 * fuzzer and the procedures' tests send them). Figures are printed and written to target/reliability/matrix.md.
 */
class AccessMatrixTest extends ApiTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    TaskService tasks;

    private OpenApi doc;
    private Inputs inputs;
    private PathValues values;
    private Readers readers;

    @Test
    void no_one_reads_or_writes_what_is_not_theirs() throws Exception {
        doc = OpenApi.load(api);
        inputs = new Inputs(doc);
        Fixtures fx = new Fixtures(api, tasks);
        values = new PathValues(fx);
        readers = new Readers(api, new JdbcTemplate(dataSource), fx);
        Map<String, String> tokens = tokens();
        StoredRows rows = new StoredRows(dataSource);

        List<String> unruled = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> anonymousNot401 = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        Map<String, Integer> refusedStatuses = new TreeMap<>();
        List<String> refused400 = new ArrayList<>();
        Map<String, Integer> shown = new TreeMap<>();
        Map<String, Integer> cells = new LinkedHashMap<>(Map.of("checked", 0, "refused", 0, "allowed", 0,
                "allowed writes not sent", 0, "operations", 0));
        int scanned = 0;

        for (Operation op : doc.operations()) {
            AccessRules.Rule rule = AccessRules.RULES.get(op.key());
            if (rule == null) {
                unruled.add(op.key());
                continue;
            }
            cells.merge("operations", 1, Integer::sum);
            for (boolean own : sides(op, rule)) {
                for (String name : AccessRules.ACCOUNTS) {
                    Readers.Account a = readers.account(name);
                    boolean allowed = readers.allowed(rule, a, own);
                    if (allowed && op.write()) {
                        cells.merge("allowed writes not sent", 1, Integer::sum);
                        continue;
                    }
                    Map<String, Long> before = op.write() ? rows.snapshot() : null;
                    Fuzzer.Request req = request(op, rule, own);
                    HttpResponse<byte[]> r = Calls.send(port, req, tokens.get(name), "zh-CN");
                    int status = r.statusCode();
                    cells.merge("checked", 1, Integer::sum);
                    String cell = op.key() + " as " + name + " on " + (own ? "own" : "other") + " -> " + status;
                    if (status >= 500) {
                        serverErrors.add(cell + " " + Fuzzer.clip(new String(r.body(), StandardCharsets.UTF_8)));
                    }
                    if (!allowed) {
                        cells.merge("refused", 1, Integer::sum);
                        refusedStatuses.merge(String.valueOf(status), 1, Integer::sum);
                        if (status == 400) {
                            refused400.add(cell);
                        }
                        if (status < 400) {
                            leaks.add(cell + " (refused by the rules) " + req.path());
                        }
                        if (a.anonymous() && status != 401) {
                            anonymousNot401.add(cell);
                        }
                        if (before != null) {
                            List<String> diff = StoredRows.diff(before, rows.snapshot());
                            if (!diff.isEmpty()) {
                                stored.add(cell + ": " + diff);
                            }
                        }
                        continue;
                    }
                    cells.merge("allowed", 1, Integer::sum);
                    if (status / 100 == 2 && !rule.anyone() && !adminView(a, rule)) {
                        scanned++;
                        String body = new String(r.body(), StandardCharsets.UTF_8);
                        for (Readers.Token t : readers.tokens()) {
                            boolean carried = body.contains("\"" + t.text() + "\"");
                            if (carried && readers.sees(a, t)) {
                                shown.merge((t.task() ? "task of " : "") + t.of().caseNo(), 1, Integer::sum);
                            }
                            if (carried && !readers.sees(a, t)) {
                                leaks.add(cell + " carries " + (t.task() ? "the task of " : "") + t.of().caseNo()
                                        + " " + req.path());
                            }
                        }
                    }
                }
            }
        }

        List<String> shownLines = shown.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
        String figures = figures(cells, scanned, refusedStatuses, leaks, serverErrors, anonymousNot401, stored,
                unruled) + Findings.section("shown to a reader (answers carrying each fixture)", shownLines)
                + Findings.section("refused with 400 (the body was judged before the caller)", refused400);
        System.out.println(figures);
        Path out = Path.of("target", "reliability", "matrix.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures);

        assertThat(unruled).as("operations without a row in AccessRules").isEmpty();
        // the scan can see a fixture: each is carried by some answer to one of its readers
        assertThat(shown.keySet()).as("fixtures carried by an answer to their readers")
                .hasSize(readers.tokens().size());
        assertThat(leaks).as("leaks").isEmpty();
        assertThat(serverErrors).as("5xx answers").isEmpty();
        assertThat(anonymousNot401).as("calls without credentials not answered 401").isEmpty();
        assertThat(stored).as("refused writes that stored rows").isEmpty();
    }

    /**
     * An API token per demo account, made with HTTP Basic: the calls of the matrix then cost no password hash each
     * (about 75 ms of CPU here, which made the matrix take minutes), and authorization is the same — the token
     * authenticates as the account's own user, whose roles and district every check reads.
     */
    private Map<String, String> tokens() {
        Map<String, String> out = new java.util.HashMap<>();
        for (String name : AccessRules.ACCOUNTS) {
            if (!name.equals("anonymous")) {
                var r = api.as(name).post("/api/v1/tokens", Map.of("name", "access matrix", "days", 1));
                assertThat(r.status()).as("a token for " + name + ": " + r).isEqualTo(201);
                out.put(name, "Bearer " + r.json().path("token").asText());
                ids.put(name, r.json().path("id").asText());
            }
        }
        return out;
    }

    private final Map<String, String> ids = new java.util.HashMap<>();

    /** The tokens revoked again, however the test ended (the accounts are shared with every other test). */
    @AfterEach
    void revokeTokens() {
        ids.forEach((name, id) -> assertThat(api.as(name).delete("/api/v1/tokens/" + id).status())
                .as("revoking " + name + "'s token").isEqualTo(204));
    }

    /**
     * The own side always; the other side too when the path names a resource with two sides or a query parameter
     * names a party or a district.
     */
    private List<Boolean> sides(Operation op, AccessRules.Rule rule) {
        boolean twoSided = switch (rule.resource()) {
            case "complaint", "subsidy", "certification", "task", "employer", "employer-district" -> true;
            default -> op.in("query").stream().anyMatch(p -> values.query(p.name(), false) != null);
        };
        return twoSided ? List.of(true, false) : List.of(true);
    }

    /**
     * An administrator's views across districts (case search, outbox, timeline check, accounts): they list case
     * numbers of every district by design, so their answers are not scanned when the rule names ADMIN itself.
     */
    private static boolean adminView(Readers.Account a, AccessRules.Rule rule) {
        return a.roles().contains("ADMIN") && rule.who().contains("ADMIN");
    }

    /** A well-formed request: path and party parameters from the side's fixtures, a body sampled from the schema. */
    private Fuzzer.Request request(Operation op, AccessRules.Rule rule, boolean own) {
        Map<String, String> path = new LinkedHashMap<>();
        op.in("path").forEach(p -> path.put(p.name(), values.value(p.name(), rule, own, op.write())));
        Map<String, String> query = new LinkedHashMap<>();
        for (Param p : op.in("query")) {
            String party = values.query(p.name(), own);
            if (party != null) {
                query.put(p.name(), party);
            } else if (p.required()) {
                query.put(p.name(), inputs.sample(p.schema(), 0).asText());
            }
        }
        String contentType = null;
        byte[] body = null;
        if (op.mediaType() != null && op.mediaType().startsWith("multipart")) {
            contentType = "multipart/form-data; boundary=ffwfuzz";
            body = Fuzzer.multipart("matrix.pdf", "application/pdf", SampleFiles.pdf());
        } else if (op.mediaType() != null) {
            contentType = "application/json";
            body = inputs.sample(op.body(), 0).toString().getBytes(StandardCharsets.UTF_8);
        }
        return new Fuzzer.Request(op.method(), Fuzzer.expand(op.path(), path) + Fuzzer.queryString(query),
                contentType, body, "matrix");
    }

    private static String figures(Map<String, Integer> cells, int scanned, Map<String, Integer> refusedStatuses,
                                  List<String> leaks, List<String> serverErrors, List<String> anonymousNot401,
                                  List<String> stored, List<String> unruled) {
        StringBuilder sb = new StringBuilder("# Authorization matrix\n\n")
                .append("operations: ").append(cells.get("operations")).append('\n')
                .append("accounts: ").append(AccessRules.ACCOUNTS.size()).append(" (").append(
                        String.join(", ", AccessRules.ACCOUNTS)).append(")\n")
                .append("cells checked: ").append(cells.get("checked"))
                .append(" (refused by the rules: ").append(cells.get("refused"))
                .append(", allowed: ").append(cells.get("allowed"))
                .append("; allowed writes not sent: ").append(cells.get("allowed writes not sent")).append(")\n")
                .append("allowed answers scanned for others' fixtures: ").append(scanned).append('\n')
                .append("leaks: ").append(leaks.size()).append('\n')
                .append("5xx: ").append(serverErrors.size()).append('\n')
                .append("refused calls without credentials not answered 401: ").append(anonymousNot401.size())
                .append('\n')
                .append("refused writes that stored rows: ").append(stored.size()).append('\n')
                .append("statuses of refused calls: ").append(refusedStatuses).append('\n');
        Findings.section(sb, "leaks", leaks);
        Findings.section(sb, "5xx", serverErrors);
        Findings.section(sb, "without credentials, not 401", anonymousNot401);
        Findings.section(sb, "stored", stored);
        Findings.section(sb, "operations without an access rule", unruled);
        return sb.toString();
    }


}
