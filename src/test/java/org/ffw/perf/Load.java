package org.ffw.perf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop load: {@code threads} workers, each calling its action again as soon as the last call returned, for
 * a fixed time; every call's latency in an HdrHistogram (1 µs to 60 s, 3 significant digits). An action answers
 * true when the call did what it should (a 201, a committed row); a false or a throw counts as an error and is kept
 * as an example.
 */
final class Load {

    /** What one load gave: calls that succeeded, failed, over how long, with the latencies of the good ones. */
    record Result(String what, int threads, long ok, long errors, double seconds, Histogram latency,
                  String firstError, Instant from, Instant to) {

        double perSecond() {
            return ok / seconds;
        }

        double ms(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN
                    : latency.getValueAtPercentile(percentile) / 1_000.0;
        }
    }

    private Load() {
    }

    /** Runs {@code actionOf.apply(worker)} in {@code threads} workers for {@code seconds}. */
    static Result run(String what, int threads, double seconds, IntFunction<Callable<Boolean>> actionOf)
            throws InterruptedException {
        Recorder recorder = new Recorder(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            Callable<Boolean> action = actionOf.apply(w);
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = window[1];
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        if (Boolean.TRUE.equals(action.call())) {
                            recorder.recordValue(Math.max(1, (System.nanoTime() - start) / 1_000));
                            ok.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, "answered false");
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
            }, what + "-" + w);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        Instant from = Instant.now();
        window[0] = System.nanoTime();
        window[1] = window[0] + (long) (seconds * 1e9);
        go.countDown();
        for (Thread t : workers) {
            t.join(TimeUnit.SECONDS.toMillis((long) seconds + 90));
        }
        double took = (System.nanoTime() - window[0]) / 1e9;
        return new Result(what, threads, ok.get(), errors.get(), took, recorder.getIntervalHistogram(),
                firstError.get(), from, Instant.now());
    }
}
