package vn.dti.dashboard.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One in-memory copy kept by {@link KeptCopies}: values by key (a single value uses one key), each loaded under
 * the counter of its name and given out while that counter stands.
 */
public final class KeptCopy<K, V> {

    private record Kept<V>(V value, long counter) {
    }

    private static final int MAX_VALUES = 10_000;

    private final String name;
    private final KeptCopies copies;
    private final Map<K, Kept<V>> values = new ConcurrentHashMap<>();
    // Bumped by every local drop: a value loaded before a drop is not kept after it.
    private long generation;

    KeptCopy(String name, KeptCopies copies) {
        this.name = name;
        this.copies = copies;
    }

    /** Whether values may be kept and given out here: the app serves, and no writing transaction is open. */
    public boolean usable() {
        return copies.isServing() && !inWritingTransaction();
    }

    /** The kept value for the key, loaded (and kept where allowed) when there is none or it is out of date. */
    public V get(K key, Supplier<V> load) {
        if (!usable()) {
            return load.get();
        }
        long counter = copies.counter(name);
        Kept<V> known = values.get(key);
        if (known != null && known.counter() == counter) {
            return known.value();
        }
        long seen;
        synchronized (this) {
            seen = generation;
        }
        V loaded = load.get();
        synchronized (this) {
            if (generation == seen) {
                if (values.size() >= MAX_VALUES) {
                    // Keys come from requests (user names, also unknown ones): a bound, not an eviction policy.
                    values.clear();
                }
                values.put(key, new Kept<>(loaded, counter));
            }
        }
        return loaded;
    }

    /**
     * The tables behind this copy change in the current transaction: counted for the other instances, and the
     * copy dropped now and once more after the commit (a reader may have loaded the old rows meanwhile).
     */
    public void changed() {
        copies.bump(name);
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        }
    }

    synchronized void forget() {
        generation++;
        values.clear();
    }

    private static boolean inWritingTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
