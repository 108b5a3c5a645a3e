package vn.dti.dashboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a kept copy, with the counter table and the clock played by the test. */
class KeptCopyTest {

    final Map<String, Long> table = new HashMap<>(Map.of("catalogue", 0L));
    final AtomicInteger tableReads = new AtomicInteger();
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final AtomicInteger loads = new AtomicInteger();
    KeptCopies copies;
    KeptCopy<String, String> copy;

    @BeforeEach
    void copies() {
        copies = new KeptCopies(() -> {
            tableReads.incrementAndGet();
            return table;
        }, name -> table.merge(name, 1L, Long::sum), Duration.ofSeconds(1), now::get);
        copy = copies.create("catalogue");
    }

    private String read() {
        return copy.get("all", () -> "load " + loads.incrementAndGet());
    }

    private void later(long millis) {
        now.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    @Test
    void nothing_is_kept_before_the_app_serves() {
        assertThat(List.of(read(), read())).containsExactly("load 1", "load 2");
        assertThat(tableReads).hasValue(0);
    }

    @Test
    void once_serving_a_value_is_loaded_once_and_the_counters_read_at_most_once_a_second() {
        copies.serving();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(read());
            later(150);
        }
        assertThat(answers).containsOnly("load 1");
        // At 0 ms, then past 1 s (1,050 ms): two reads of the table for ten answers over 1.5 s.
        assertThat(tableReads).hasValue(2);
    }

    @Test
    void a_change_counted_elsewhere_is_seen_after_the_interval_and_not_before() {
        copies.serving();
        assertThat(read()).isEqualTo("load 1");
        table.put("catalogue", 7L);
        later(500);
        assertThat(read()).as("within the interval").isEqualTo("load 1");
        later(600);
        assertThat(read()).isEqualTo("load 2");
        assertThat(read()).isEqualTo("load 2");
    }

    @Test
    void a_change_made_here_is_counted_and_drops_the_copy_at_once() {
        copies.serving();
        assertThat(read()).isEqualTo("load 1");
        copy.changed();
        assertThat(table).containsEntry("catalogue", 1L);
        assertThat(read()).isEqualTo("load 2");
    }

    @Test
    void at_most_10000_values_are_kept() {
        copies.serving();
        for (int i = 0; i < 10_000; i++) {
            copy.get("user" + i, () -> "kept");
        }
        assertThat(copy.get("user0", () -> "again")).isEqualTo("kept");
        copy.get("user10000", () -> "kept");
        assertThat(copy.get("user0", () -> "again")).as("emptied when full").isEqualTo("again");
    }
}
