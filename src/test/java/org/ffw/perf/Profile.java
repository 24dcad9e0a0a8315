package org.ffw.perf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a Java Flight Recording says the CPU went: of the execution samples ({@code jdk.ExecutionSample}) of the
 * HTTP worker threads, the share whose stack passes through each of a few layers (a sample counts for every layer
 * on its stack, so shares add up to more than 100 %), and the methods most often on top of the stack.
 */
final class Profile {

    /** Layer name → a frame of it (class-name prefix, or a method of one). */
    private static final Map<String, String> LAYERS = new java.util.LinkedHashMap<>();

    static {
        LAYERS.put("password hashing (BCrypt)", "org.springframework.security.crypto.bcrypt.");
        LAYERS.put("Spring Security filters", "org.springframework.security.web.");
        LAYERS.put("JSON (Jackson)", "com.fasterxml.jackson.");
        LAYERS.put("bean validation (Hibernate Validator)", "org.hibernate.validator.");
        LAYERS.put("Camunda engine", "org.camunda.bpm.engine.");
        LAYERS.put("Camunda: BPMN parse / deployment cache", "org.camunda.bpm.engine.impl.bpmn.parser.");
        LAYERS.put("Camunda: flush of the command (SQL)", "org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager.flush");
        LAYERS.put("FFW worktable (task endpoints, task listener, task_view)", "org.ffw.worktable.");
        LAYERS.put("FFW case registry", "org.ffw.platform.cases.");
        LAYERS.put("FFW timeline", "org.ffw.platform.timeline.");
        LAYERS.put("FFW case numbers", "org.ffw.platform.caseno.");
        LAYERS.put("FFW complaint procedure", "org.ffw.complaint.");
        LAYERS.put("FFW instruments (PDF)", "org.ffw.platform.instrument.");
        LAYERS.put("PDFBox (PDF)", "org.apache.pdfbox.");
        LAYERS.put("FontBox (the instruments' font parsed)", "org.apache.fontbox.");
        LAYERS.put("FFW idempotency", "org.ffw.platform.idempotency.");
        LAYERS.put("FFW rules (working days)", "org.ffw.rules.");
        LAYERS.put("MyBatis", "org.apache.ibatis.");
        LAYERS.put("JDBC driver (MySQL)", "com.mysql.cj.");
        LAYERS.put("H2", "org.h2.");
        LAYERS.put("Thymeleaf / templates", "org.thymeleaf.");
        LAYERS.put("logging", "ch.qos.logback.");
    }

    private Profile() {
    }

    /**
     * A Markdown section over the samples between {@code from} and {@code to}; the threads counted are Tomcat's
     * request workers ({@code http-nio-…-exec-…}).
     */
    static String summarize(Path recording, Instant from, Instant to, int topMethods) throws IOException {
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> tops = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStartTime().isBefore(from)
                    || e.getStartTime().isAfter(to)) {
                continue;
            }
            String thread = e.getThread("sampledThread") == null ? "" : e.getThread("sampledThread").getJavaName();
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || thread == null || !thread.contains("-exec-")) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = st.getFrames();
            if (!frames.isEmpty()) {
                tops.merge(name(frames.get(0)), 1, Integer::sum);
            }
            for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
                if (frames.stream().anyMatch(f -> name(f).startsWith(layer.getValue()))) {
                    layers.merge(layer.getKey(), 1, Integer::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder("samples of the request threads: ").append(samples).append("\n\n");
        sb.append("| layer on the stack | share of samples |\n|---|---|\n");
        final int all = Math.max(1, samples);
        LAYERS.keySet().stream().filter(layers::containsKey)
                .sorted((a, b) -> layers.get(b) - layers.get(a))
                .forEach(l -> sb.append("| ").append(l).append(" | ")
                        .append(String.format("%.0f %%", 100.0 * layers.get(l) / all)).append(" |\n"));
        sb.append("\nmethods most often on top of the stack:\n\n");
        sb.append(tops.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(topMethods)
                .map(t -> String.format("- %.1f %% `%s`", 100.0 * t.getValue() / all, t.getKey()))
                .collect(Collectors.joining("\n"))).append('\n');
        return sb.toString();
    }

    /**
     * The collector's pauses over the whole recording ({@code jdk.GarbageCollection}: collections, their summed and
     * longest pause) and the most heap in use after a collection ({@code jdk.GCHeapSummary}), as a Markdown list.
     */
    static String gc(Path recording) throws IOException {
        int collections = 0;
        long pausesNanos = 0;
        long longestNanos = 0;
        long heapUsedAfter = 0;
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            switch (e.getEventType().getName()) {
                case "jdk.GarbageCollection" -> {
                    collections++;
                    pausesNanos += e.getDuration("sumOfPauses").toNanos();
                    longestNanos = Math.max(longestNanos, e.getDuration("longestPause").toNanos());
                    kinds.merge(e.getString("name") + ": " + e.getString("cause"), 1, Integer::sum);
                }
                case "jdk.GCHeapSummary" -> {
                    if ("After GC".equals(e.getString("when"))) {
                        heapUsedAfter = Math.max(heapUsedAfter, e.getLong("heapUsed"));
                    }
                }
                default -> {
                }
            }
        }
        return String.format("- collections: %d %s; pauses %.0f ms in all, the longest %.1f ms%n"
                        + "- most heap in use after a collection: %d MiB%n", collections, kinds,
                pausesNanos / 1e6, longestNanos / 1e6, heapUsedAfter / (1024 * 1024));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod() == null ? "?" : f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
