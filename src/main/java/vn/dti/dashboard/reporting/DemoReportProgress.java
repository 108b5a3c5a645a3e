package vn.dti.dashboard.reporting;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How far the background import of the demo reports has come, for the banner every signed-in page shows
 * while it runs ("Đang nạp báo cáo mẫu: 1.234/3.300") and for tests that must wait for it.
 */
@Component
public class DemoReportProgress {

    /** Workbooks imported (or refused) so far, of all the import will try. */
    public record Snapshot(int done, int total) {
    }

    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile boolean running;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    /** The progress while the import runs; empty before it starts, after it ends, and when there is none. */
    public Optional<Snapshot> running() {
        return running ? Optional.of(new Snapshot(done.get(), total)) : Optional.empty();
    }

    /**
     * Waits until the import has ended, or was found unnecessary (demo data off, already imported).
     *
     * @return false when the time ran out first
     */
    public boolean awaitFinished(Duration timeout) {
        try {
            finished.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    public boolean isFinished() {
        return finished.isDone();
    }

    void start(int workbooks) {
        done.set(0);
        total = workbooks;
        running = true;
    }

    int advance() {
        return done.incrementAndGet();
    }

    void finish() {
        running = false;
        finished.complete(null);
    }
}
