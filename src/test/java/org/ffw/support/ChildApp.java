package org.ffw.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The real application in a child JVM (the test's classpath without the test classes, main class
 * {@code org.ffw.FfwApplication}), with
 * its working directory set to a directory of the test's choosing, so that it runs on the shipped configuration
 * (no test profile): the embedded H2 file database lands in {@code <dir>/data}. Its output goes to
 * {@code <dir>/app-<n>.log}. Kill it in a finally; {@link #close()} does that with SIGKILL.
 */
public final class ChildApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ChildApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application in {@code dir} on a free port, with the given extra command-line arguments. */
    public static ChildApp start(Path dir, String... args) throws IOException {
        return start(dir, List.of("-Xmx768m"), args);
    }

    /** The same with the given JVM options (heap, a flight recording) instead of the default {@code -Xmx768m}. */
    public static ChildApp start(Path dir, List<String> jvm, String... args) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-cp", applicationClasspath(), "org.ffw.FfwApplication", "--server.port=" + port));
        command.addAll(List.of(args));
        int n = 1;
        while (Files.exists(dir.resolve("app-" + n + ".log"))) {
            n++;
        }
        Path log = dir.resolve("app-" + n + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // the shipped defaults, not whatever profile or database the surrounding build points at
        pb.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("FFW_"));
        return new ChildApp(pb.start(), port, log);
    }

    /**
     * The test's classpath without the test classes themselves: they hold a test-only auto-configuration (process
     * test coverage, which refuses to run a process outside a test) and test BPMN, neither of which ships.
     */
    static String applicationClasspath() {
        Path testClasses;
        try {
            testClasses = Path.of(ChildApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath()))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until /actuator/health answers UP; fails with the end of the log if the child dies or takes too long. */
    public void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited with " + process.exitValue() + ":\n" + logTail(60));
            }
            try {
                HttpResponse<String> r = send("GET", "/actuator/health", null, null, null);
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application was not healthy after " + timeout + ":\n" + logTail(60));
    }

    /**
     * Waits for a start that must be refused: returns the exit code; fails at once if the application answers
     * /actuator/health instead, or if it neither exits nor answers within the timeout.
     */
    public int awaitRefusedStart(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process.waitFor(250, TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
            try {
                if (send("GET", "/actuator/health", null, null, null).statusCode() == 200) {
                    throw new AssertionError("the application started although it should have refused to:\n"
                            + logTail(30));
                }
            } catch (IOException notListening) {
                // still starting (or stopping)
            }
        }
        throw new AssertionError("the application did not exit within " + timeout + ":\n" + logTail(60));
    }

    public HttpResponse<String> get(String path, String user, String password) throws IOException,
            InterruptedException {
        return send("GET", path, null, user, password);
    }

    public HttpResponse<String> post(String path, String json, String user, String password) throws IOException,
            InterruptedException {
        return send("POST", path, json, user, password);
    }

    public HttpResponse<String> put(String path, String json, String user, String password) throws IOException,
            InterruptedException {
        return send("PUT", path, json, user, password);
    }

    /** One request with HTTP Basic (unless user is null) and a JSON body (unless null); bounded in time. */
    public HttpResponse<String> send(String method, String path, String json, String user, String password)
            throws IOException, InterruptedException {
        return send(method, path, json, user, password, java.util.Map.of());
    }

    /** The same with extra request headers (an {@code Idempotency-Key}, say). */
    public HttpResponse<String> send(String method, String path, String json, String user, String password,
                                     java.util.Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        headers.forEach(b::header);
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** SIGKILL (on Linux {@code destroyForcibly} is {@code kill -9}): no shutdown hook, no flush, no close. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: Spring closes the context and the database; SIGKILL if that takes longer than 60 s. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** The last lines of the log, stack frames left out. */
    public String logTail(int lines) {
        List<String> all = log().lines().filter(l -> !l.startsWith("\tat ") && !l.startsWith("\t... ")).toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
