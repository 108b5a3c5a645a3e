package vn.dti.dashboard.reporting;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.reporting.DemoReportGenerator.Plan;
import vn.dti.dashboard.shared.DtiProperties;

/**
 * Demo mode: once the hierarchy and the catalogue are loaded, imports the generated demo reports (24 months of
 * every Vĩnh Phúc commune, district and department) in the background, through {@link SubmissionService} with
 * the same checks as an official's upload, as simulated users ({@code demo:<unit code>}, channel DEMO) at the
 * simulated submission times. Start-up does not wait for it; {@link DemoReportProgress} shows how far it is.
 *
 * <p>Once per database: the row in {@code demo_report_import} makes later starts with the same data directory
 * import nothing; an import cut short by a stop resumes on the next start, skipping what is stored.
 *
 * <p>Workbooks are written and imported by a few workers side by side. The months go in order (a report's
 * warnings compare it with the unit's earlier months), and within a month a workbook that carries several
 * units' reports (the police matrix) or a second version of a unit's report waits for everything sent before it.
 */
@Component
class DemoReportImporter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoReportImporter.class);

    /** What one call of {@link #importIfNeeded()} did. */
    record Outcome(boolean alreadyDone, int workbooks, int skipped, int reports, long values, int refused,
            long millis, long cpuMillis) {
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final DtiProperties dti;
    private final DemoReportProperties properties;
    private final HierarchyService hierarchy;
    private final IndicatorService indicators;
    private final SubmissionService submissions;
    private final DemoReportProgress progress;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile boolean stopping;
    private @Nullable ExecutorService coordinator;
    private @Nullable ExecutorService workers;

    private final org.springframework.context.ApplicationEventPublisher events;

    DemoReportImporter(DtiProperties dti, DemoReportProperties properties, HierarchyService hierarchy,
            IndicatorService indicators, SubmissionService submissions, DemoReportProgress progress,
            JdbcTemplate jdbc, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.dti = dti;
        this.properties = properties;
        this.hierarchy = hierarchy;
        this.indicators = indicators;
        this.submissions = submissions;
        this.progress = progress;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** After every ApplicationRunner (the demo hierarchy) has run and the app answers requests. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!dti.demoData() || !properties.enabled()) {
            progress.finish();
            return;
        }
        ExecutorService single = Executors.newSingleThreadExecutor(threads("demo-reports"));
        coordinator = single;
        single.execute(() -> {
            try {
                importIfNeeded();
            } catch (RuntimeException e) {
                log.error("Demo reports: the import stopped with an error; the next start resumes it", e);
            } finally {
                progress.finish();
            }
        });
        single.shutdown();
    }

    /** Imports the demo reports unless this database already has them. */
    Outcome importIfNeeded() {
        Optional<Instant> finished = finishedAt();
        if (finished.isPresent()) {
            log.info("Demo reports: already imported on {}; nothing to do", finished.get());
            return new Outcome(true, 0, 0, 0, 0, 0, 0, 0);
        }
        long start = System.nanoTime();
        long processCpuStart = processCpuNanos();
        YearMonth from = properties.firstMonth();
        YearMonth to = properties.lastMonth();
        Plan plan = new DemoReportGenerator(indicators.catalogue(), indicators.aliases(), hierarchy::unitsInForce)
                .generate(from, to);
        List<DemoWorkbook> workbooks = plan.workbooks();
        boolean resumed = begin(from, to, workbooks.size());
        Set<String> stored = resumed ? storedKeys() : Set.of();
        int threads = properties.workers();
        log.info("Demo reports: importing {} workbooks of {} … {} in the background ({} workers){}",
                workbooks.size(), from, to, threads, resumed ? ", resuming an interrupted import" : "");
        progress.start(workbooks.size());
        // The banner and the rollups' pause end with the import, however it ends (and a direct call, as
        // in tests, must not leave the progress running).
        try {
            Counters counters = new Counters();
            ExecutorService pool = Executors.newFixedThreadPool(threads, threads("demo-reports-worker"));
            workers = pool;
            try {
                for (List<DemoWorkbook> segment : segments(workbooks)) {
                    if (stopping) {
                        break;
                    }
                    List<Future<?>> futures = new ArrayList<>();
                    for (DemoWorkbook workbook : segment) {
                        futures.add(pool.submit(() -> importOne(workbook, stored, counters, start)));
                    }
                    for (Future<?> future : futures) {
                        await(future);
                    }
                }
            } finally {
                pool.shutdown();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            Outcome outcome = new Outcome(false, counters.imported.get(), counters.skipped.get(), counters.reports.get(),
                    counters.values.get(), counters.refused.get(), millis, counters.cpuNanos.get() / 1_000_000);
            if (stopping) {
                log.info("Demo reports: stopped after {} of {} workbooks; the next start resumes", progress.running()
                        .map(DemoReportProgress.Snapshot::done).orElse(0), workbooks.size());
                return outcome;
            }
            events.publishEvent(new DemoReportsImported(workbooks.size()));
            // Totals from the database, so a resumed import records the whole, not only its own part.
            jdbc.update("update demo_report_import set finished_at = ?, reports = (select count(*) from submission "
                    + "where channel = 'DEMO'), values_count = (select count(*) from report_value v join submission s "
                    + "on s.id = v.submission_id where s.channel = 'DEMO'), refused = ?, millis = ? where id = 1", now(),
                    outcome.refused(), millis);
            // CPU times tell the cost apart from whatever else the machine is busy with: the workers' own, and the
            // whole process's (garbage collection, the database's writer, requests served meanwhile).
            log.info("Demo reports: imported {} workbooks ({} unit reports, {} values, {} refused, {} already stored) "
                    + "in {} ms with {} workers; CPU {} ms in the workers, {} ms in the whole process",
                    outcome.workbooks(), outcome.reports(), outcome.values(), outcome.refused(), outcome.skipped(), millis,
                    threads, outcome.cpuMillis(), (processCpuNanos() - processCpuStart) / 1_000_000);
            return outcome;
        } finally {
            progress.finish();
        }
    }

    private void importOne(DemoWorkbook workbook, Set<String> stored, Counters counters, long start) {
        if (stopping) {
            return;
        }
        long cpuStart = CPU.getCurrentThreadCpuTime();
        if (stored.contains(key(workbook.submittedBy(), workbook.month().toString(), workbook.submittedAt()))) {
            counters.skipped.incrementAndGet();
        } else {
            try {
                SubmissionReceipt receipt = submissions.submitAs(new ReportUpload(workbook.fileName(),
                        workbook.content(), null, null), new Submitter(workbook.submittedBy(),
                                workbook.submittedAt(), Channel.DEMO, null));
                counters.imported.incrementAndGet();
                counters.reports.addAndGet(receipt.submissions().size());
                counters.values.addAndGet(receipt.submissions().stream()
                        .mapToLong(SubmissionReceipt.Accepted::valuesAccepted).sum());
            } catch (SubmissionRefusedException e) {
                // A generated report the checks refuse is a defect of the generator; the rest still loads.
                counters.refused.incrementAndGet();
                log.warn("Demo reports: {} was refused: {} (first: {})", workbook.fileName(), e.getMessage(),
                        e.details().isEmpty() ? "-" : e.details().getFirst());
            }
        }
        counters.cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - cpuStart);
        int done = progress.advance();
        int total = progress.running().map(DemoReportProgress.Snapshot::total).orElse(done);
        int step = Math.max(1, total / 10);
        if (done % step == 0 || done == total) {
            log.info("Demo reports: {}/{} workbooks ({} %), {} values, {} s", done, total, done * 100 / total,
                    counters.values.get(), (System.nanoTime() - start) / 1_000_000_000);
        }
    }

    /**
     * Batches that may run side by side: a month's workbooks in submission order, cut before a workbook with
     * several units' reports and before a unit's second version, so versions follow the submission times.
     */
    static List<List<DemoWorkbook>> segments(List<DemoWorkbook> workbooks) {
        List<List<DemoWorkbook>> segments = new ArrayList<>();
        List<DemoWorkbook> current = new ArrayList<>();
        Set<String> units = new HashSet<>();
        YearMonth month = null;
        for (DemoWorkbook workbook : workbooks) {
            boolean multi = workbook.reports().size() > 1;
            boolean again = workbook.reports().stream().anyMatch(r -> units.contains(r.unitCode()));
            if (!current.isEmpty() && (multi || again || !workbook.month().equals(month))) {
                segments.add(current);
                current = new ArrayList<>();
                units.clear();
            }
            current.add(workbook);
            workbook.reports().forEach(r -> units.add(r.unitCode()));
            month = workbook.month();
            if (multi) {
                segments.add(current);
                current = new ArrayList<>();
                units.clear();
            }
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }

    private Optional<Instant> finishedAt() {
        List<OffsetDateTime> rows = jdbc.queryForList("select finished_at from demo_report_import where id = 1",
                OffsetDateTime.class);
        return rows.isEmpty() || rows.getFirst() == null ? Optional.empty() : Optional.of(rows.getFirst().toInstant());
    }

    /** Records the start; true when an earlier, interrupted import exists. */
    private boolean begin(YearMonth from, YearMonth to, int workbooks) {
        if (jdbc.queryForObject("select count(*) from demo_report_import", Integer.class) > 0) {
            return true;
        }
        jdbc.update("insert into demo_report_import (id, first_month, last_month, started_at, workbooks) "
                + "values (1, ?, ?, ?, ?)", from.toString(), to.toString(), now(), workbooks);
        return false;
    }

    /** The demo workbooks already stored (by sender, month and time: unique per generated workbook). */
    private Set<String> storedKeys() {
        Set<String> keys = new HashSet<>();
        jdbc.query("select submitted_by, period, submitted_at from submission where channel = 'DEMO'",
                rs -> {
                    keys.add(key(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant()));
                });
        return keys;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String key(String submittedBy, String period, Instant at) {
        return submittedBy + "|" + period + "|" + at.toEpochMilli();
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing the demo reports", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a demo workbook could not be imported", e.getCause());
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * On shutdown the workbooks being stored finish (each is one short transaction; interrupting a thread inside
     * the embedded database's file I/O could close it), nothing new starts, and the next start resumes.
     */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        for (ExecutorService executor : new ExecutorService[] {workers, coordinator}) {
            if (executor != null) {
                executor.shutdown();
                executor.awaitTermination(30, TimeUnit.SECONDS);
            }
        }
    }

    private static final class Counters {
        final AtomicInteger imported = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger reports = new AtomicInteger();
        final AtomicLong values = new AtomicLong();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicLong cpuNanos = new AtomicLong();
    }
}
