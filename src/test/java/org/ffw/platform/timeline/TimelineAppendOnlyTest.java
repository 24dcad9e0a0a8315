package org.ffw.platform.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The timeline cannot be changed through the application: no source or mapper XML under src/main, and no SQL
 * migration, updates, deletes, truncates or replaces rows of case_event. The one exception is the Java migration V67,
 * which sealed the rows written before the chain existed (it runs once, before the application starts).
 */
class TimelineAppendOnlyTest {

    static final Pattern CHANGE = Pattern.compile(
            "(?is)\\b(UPDATE\\s+case_event|DELETE\\s+(FROM\\s+)?case_event|TRUNCATE\\s+(TABLE\\s+)?case_event"
                    + "|REPLACE\\s+INTO\\s+case_event|MERGE\\s+INTO\\s+case_event)\\b");
    static final Pattern WRITE = Pattern.compile("(?is)\\bINSERT\\s+INTO\\s+case_event\\b");

    @Test
    void nothing_in_src_main_or_the_migrations_updates_or_deletes_timeline_rows() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("src/main")), Files.walk(Path.of("db")))) {
            files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(java|xml|sql)$"))
                    .filter(p -> !p.endsWith(Path.of("db/migration/V67__timeline_hash_chain.java"))).toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        StringBuilder offenders = new StringBuilder();
        int writers = 0;
        for (Path p : files) {
            String text = Files.readString(p);
            if (CHANGE.matcher(text).find()) {
                offenders.append(p).append('\n');
            }
            if (WRITE.matcher(text).find()) {
                writers++;
            }
        }
        assertThat(offenders.toString()).isEmpty();
        // the scan does see SQL: the timeline's own insert is found
        assertThat(writers).isGreaterThanOrEqualTo(1);
        assertThat(CHANGE.matcher("DELETE FROM case_event WHERE id = 1").find()).isTrue();
        assertThat(CHANGE.matcher("UPDATE case_event_head SET entries = 1").find()).isFalse();
    }
}
