package vn.dti.dashboard.shared;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * In-memory copies of rarely changed tables (the hierarchy, the indicator catalogue, the accounts) that every
 * request reads, and how they stay right (docs/decisions/0014):
 * <ul>
 * <li>nothing is kept before the app serves (start-up writes the tables);</li>
 * <li>a writing transaction reads the tables (it may hold its own uncommitted change);</li>
 * <li>the instance that makes a change drops its copy at once and again after the commit;</li>
 * <li>the change also bumps a counter in {@code change_counter} in the same transaction, and each instance
 * compares that counter with the one its copy was loaded under, read at most once per
 * {@code dti.cache.check-interval} (default 1 s): several instances on one PostgreSQL see each other's changes
 * within that time.</li>
 * </ul>
 */
@Component
public class KeptCopies {

    private final java.util.function.Supplier<Map<String, Long>> read;
    private final java.util.function.Consumer<String> count;
    private final java.util.function.LongSupplier nanoTime;
    private final long intervalNanos;
    private final List<KeptCopy<?, ?>> copies = new CopyOnWriteArrayList<>();
    private volatile boolean serving;
    private volatile Map<String, Long> counters = Map.of();
    private volatile long readAt;

    @org.springframework.beans.factory.annotation.Autowired
    KeptCopies(JdbcTemplate jdbc, @Value("${dti.cache.check-interval:1s}") Duration interval) {
        this(() -> {
            Map<String, Long> counters = new HashMap<>();
            jdbc.query("select name, counter from change_counter", row -> {
                counters.put(row.getString(1), row.getLong(2));
            });
            return counters;
        }, name -> jdbc.update("update change_counter set counter = counter + 1 where name = ?", name), interval,
                System::nanoTime);
    }

    /** The table and the clock given as functions (KeptCopyTest). */
    KeptCopies(java.util.function.Supplier<Map<String, Long>> read, java.util.function.Consumer<String> count,
            Duration interval, java.util.function.LongSupplier nanoTime) {
        this.read = read;
        this.count = count;
        this.nanoTime = nanoTime;
        this.intervalNanos = interval.toNanos();
        this.readAt = nanoTime.getAsLong() - intervalNanos - 1;
    }

    /** A copy whose changes are counted under {@code name} (a row of {@code change_counter}). */
    public <K, V> KeptCopy<K, V> create(String name) {
        KeptCopy<K, V> copy = new KeptCopy<>(name, this);
        copies.add(copy);
        return copy;
    }

    @EventListener(ApplicationReadyEvent.class)
    void serving() {
        copies.forEach(KeptCopy::forget);
        serving = true;
    }

    boolean isServing() {
        return serving;
    }

    /** The counter as last read from the database, read again when older than the interval. */
    long counter(String name) {
        long now = nanoTime.getAsLong();
        if (now - readAt > intervalNanos) {
            counters = Map.copyOf(read.get());
            readAt = now;
        }
        return counters.getOrDefault(name, 0L);
    }

    /** Counts a change in the current transaction (or on its own where there is none). */
    void bump(String name) {
        count.accept(name);
    }
}
