package vn.dti.dashboard.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.indicators.IndicatorSummary;
import vn.dti.dashboard.indicators.UnitLevel;
import vn.dti.dashboard.reporting.SubmissionChecker.Candidate;
import vn.dti.dashboard.reporting.SubmissionChecker.CandidateValue;
import vn.dti.dashboard.reporting.SubmissionChecker.CheckedReport;
import vn.dti.dashboard.reporting.SubmissionChecker.Outcome;
import vn.dti.dashboard.reporting.workbook.ReportWorkbookReader;
import vn.dti.dashboard.reporting.workbook.WorkbookReading;
import vn.dti.dashboard.security.CurrentUser;
import vn.dti.dashboard.security.UserScope;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.period.ReportingPeriod;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetReader;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetRejectedException;
import vn.dti.dashboard.shared.Amounts;

/**
 * Receives monthly reports: reads the workbook, checks every figure in one pass, and stores a new version
 * of the unit's report, all or nothing. Web views and the API both come through here, so the scope and
 * lock checks hold for both. Hands out records, never entities.
 */
@Service
public class SubmissionService {

    private static final Logger log = LoggerFactory.getLogger(SubmissionService.class);

    static final String REFUSED_INVALID = "reporting.refused.invalid";
    static final String REFUSED_FORBIDDEN = "reporting.refused.forbidden";
    static final String REFUSED_LOCKED = "reporting.refused.locked";
    static final String REFUSED_TOO_LARGE = "reporting.refused.too-large";
    static final String REFUSED_ROLE = "reporting.refused.role";
    static final String REFUSED_NOT_FOUND = "reporting.refused.not-found";
    static final String REFUSED_PERIOD = "reporting.refused.period";
    static final String FILE_PREFIX = "reporting.refused.file.";
    /** Retries when concurrent submissions for the same unit and month race for the same version number. */
    private static final int MAX_ATTEMPTS = 25;

    /** A bulk workbook may carry one sheet per commune of a province; zip-bomb and cell limits still hold. */
    static final SpreadsheetReader.Limits LIMITS = new SpreadsheetReader.Limits(1_000, 100_000, 2_000_000);

    private final SpreadsheetReader spreadsheets = new SpreadsheetReader(LIMITS);
    private final ReportWorkbookReader reader = new ReportWorkbookReader();
    private final SubmissionChecker checker;
    private final SubmissionStore store;
    private final SubmissionHistory history;
    private final SubmissionRepository submissions;
    private final ReportValueRepository values;
    private final UserScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UploadFiles files;
    private final ReportingCatalogue catalogue;
    private final HierarchyService hierarchy;
    private final Messages messages;

    SubmissionService(SubmissionChecker checker, SubmissionStore store, SubmissionHistory history,
            SubmissionRepository submissions, ReportValueRepository values, UserScope scope, UploadFiles files,
            ReportingCatalogue catalogue, HierarchyService hierarchy, Messages messages,
            ApplicationEventPublisher events, Clock clock) {
        this.checker = checker;
        this.store = store;
        this.history = history;
        this.submissions = submissions;
        this.values = values;
        this.scope = scope;
        this.files = files;
        this.catalogue = catalogue;
        this.hierarchy = hierarchy;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Reads and checks without storing ("check only"): the values that would be stored, warnings and errors. */
    public SubmissionPreview check(ReportUpload upload, Channel channel, Locale locale) {
        Submitter submitter = submitter(channel, locale);
        Read read = read(upload, locale);
        return preview(read, upload, submitter, locale);
    }

    /**
     * Stores the workbook's reports as new versions, or refuses it whole.
     *
     * @throws SubmissionRefusedException with the contract's status: 413, 415, 422 (details per cell), 403, 409
     */
    public SubmissionReceipt submit(ReportUpload upload, Channel channel, Locale locale) {
        try {
            return submitAs(upload, submitter(channel, locale), locale);
        } catch (SubmissionRefusedException e) {
            events.publishEvent(new SubmissionRefused(scope.currentUsername(), channel, upload.fileName(),
                    UploadFiles.sha256(upload.content()), e.refusal(), e.getMessage()));
            throw e;
        }
    }

    /** Checks values typed into the web entry form, as {@link #check} does for a workbook. */
    public SubmissionPreview checkForm(FormEntry entry, Locale locale) {
        Submitter submitter = submitter(Channel.FORM, locale);
        Outcome outcome = checker.check(List.of(candidate(entry)), entry.unitCode(), entry.period(), submitter, "");
        refuseIfBlocked(outcome, locale);
        return new SubmissionPreview(outcome.reports().stream().map(r -> unitPreview(r, null, locale)).toList(),
                render(outcome.errors(), locale));
    }

    /** Stores values typed into the web entry form as the next version (channel FORM). */
    public SubmissionReceipt submitForm(FormEntry entry, Locale locale) {
        try {
            Submitter submitter = submitter(Channel.FORM, locale);
            Outcome outcome = checker.check(List.of(candidate(entry)), entry.unitCode(), entry.period(), submitter,
                    "");
            return storeOrRefuse(outcome, submitter, null, locale);
        } catch (SubmissionRefusedException e) {
            events.publishEvent(new SubmissionRefused(scope.currentUsername(), Channel.FORM, null, null, e.refusal(),
                    e.getMessage()));
            throw e;
        }
    }

    /**
     * What the unit enters for the month (template and entry form), with stored values.
     *
     * @throws SubmissionRefusedException NOT_FOUND for an unknown unit, FORBIDDEN outside the caller's units,
     *                                    BAD_REQUEST for a period that is not a month
     */
    @Transactional(readOnly = true)
    public ReportForm form(String unitCode, String period) {
        ReportingPeriod month = ReportingPeriod.tryParse(period).filter(ReportingPeriod::isMonth)
                .orElseThrow(() -> refused(Refusal.BAD_REQUEST, Messages.VIETNAMESE, REFUSED_PERIOD, period));
        UnitSummary unit = unitInForce(unitCode, month);
        if (!scope.maySubmitFor(unit)) {
            throw refused(Refusal.FORBIDDEN, Messages.VIETNAMESE, REFUSED_FORBIDDEN, unit.name());
        }
        UnitLevel level = UnitLevel.fromCode(unit.level().code());
        boolean hasUnitsBelow = !hierarchy.children(unit.id(), month.startDate()).isEmpty();
        Map<String, BigDecimal> current = history.currentValues(unit.id(), month);
        Map<String, BigDecimal> previous = history.currentValues(unit.id(), month.previous());
        List<ReportForm.Row> rows = new ArrayList<>();
        for (IndicatorSummary indicator : catalogue.all()) {
            if (!indicator.active() || !indicator.levels().contains(level) || indicator.isRatioOfCounts()) {
                continue;
            }
            rows.add(new ReportForm.Row(indicator.code(), indicator.nameVi(), indicator.nameEn(), indicator.pillar(),
                    indicator.unit(), catalogue.kind(indicator), catalogue.definition(indicator),
                    current.get(indicator.code()), previous.get(indicator.code())));
        }
        return new ReportForm(unit.code(), unit.name(), unit.level().code(), month.toString(), hasUnitsBelow, rows);
    }

    /** The stored versions of a unit's report for a month, newest first (empty when none). */
    @Transactional(readOnly = true)
    public List<SubmissionVersion> versions(String unitCode, String period) {
        ReportingPeriod month = ReportingPeriod.tryParse(period).filter(ReportingPeriod::isMonth)
                .orElseThrow(() -> refused(Refusal.BAD_REQUEST, Messages.VIETNAMESE, REFUSED_PERIOD, period));
        UnitSummary unit = unitInForce(unitCode, month);
        if (!scope.mayRead(unit)) {
            throw refused(Refusal.FORBIDDEN, Messages.VIETNAMESE, REFUSED_FORBIDDEN, unit.name());
        }
        List<Submission> list = submissions.findByUnitIdAndPeriodOrderByVersionDesc(unit.id(), month.toString());
        return list.stream().map(s -> version(s, unit.name(), s == list.getFirst())).toList();
    }

    /**
     * The newest submissions in the caller's units, newest first: all units for the roles that see everything,
     * a REPORTER's units and every unit version below them (by materialised path) otherwise.
     */
    @Transactional(readOnly = true)
    public List<SubmissionVersion> recent(int limit) {
        CurrentUser user = scope.current();
        PageRequest page = PageRequest.of(0, Math.max(1, limit));
        List<Submission> newest;
        if (user.seesEverything()) {
            newest = submissions.findByOrderBySubmittedAtDescIdDesc(page);
        } else {
            Set<Long> unitIds = new HashSet<>();
            user.unitIds().forEach(id -> unitIds.addAll(hierarchy.unitIdsUnder(id)));
            newest = new ArrayList<>();
            // IN lists in chunks (a province-wide REPORTER holds a few thousand unit versions), newest of all.
            List<Long> ids = List.copyOf(unitIds);
            for (int from = 0; from < ids.size(); from += 1_000) {
                newest.addAll(submissions.findByUnitIdInOrderBySubmittedAtDescIdDesc(
                        ids.subList(from, Math.min(ids.size(), from + 1_000)), page));
            }
            newest.sort(Comparator.comparing(Submission::getSubmittedAt).thenComparing(Submission::getId)
                    .reversed());
            newest = newest.subList(0, Math.min(newest.size(), page.getPageSize()));
        }
        List<SubmissionVersion> result = new ArrayList<>();
        for (Submission s : newest) {
            Optional<UnitSummary> unit = hierarchy.find(s.getUnitId());
            if (unit.isPresent() && user.mayRead(unit.get())) {
                boolean current = submissions.lastVersion(s.getUnitId(), s.getPeriod()) == s.getVersion();
                result.add(version(s, unit.get().name(), current));
            }
        }
        return result;
    }

    /** The values stored with a submission, in catalogue order. */
    @Transactional(readOnly = true)
    public List<StoredValue> values(long submissionId, Locale locale) {
        Submission submission = readable(submissionId);
        Map<String, String> warnings = new java.util.HashMap<>();
        String column = "en".equals(locale.getLanguage()) ? "message_en" : "message_vi";
        store.warnings(submission.getId(), column).forEach(w -> warnings.merge(w[0], w[1], (a, b) -> a + " " + b));
        List<String> order = catalogue.all().stream().map(IndicatorSummary::code).toList();
        return values.findBySubmissionIdOrderById(submission.getId()).stream()
                .sorted(Comparator.comparingInt(v -> order.indexOf(v.getIndicatorCode())))
                .map(v -> {
                    IndicatorSummary indicator = catalogue.find(v.getIndicatorCode()).orElseThrow();
                    return new StoredValue(v.getIndicatorCode(), indicator.name(locale), indicator.unit(),
                            Amounts.plain(v.getAmount()), v.getSheetName(), v.getCellRef(),
                            warnings.get(v.getIndicatorCode()));
                }).toList();
    }

    /** The file as uploaded (empty for web-form submissions). */
    @Transactional(readOnly = true)
    public Optional<OriginalFile> original(long submissionId) {
        Submission submission = readable(submissionId);
        String stored = submission.getStoredFile();
        String name = submission.getFileName();
        if (stored == null || name == null) {
            return Optional.empty();
        }
        return files.read(stored).map(content -> new OriginalFile(name, content));
    }

    /** Stores as the given submitter (the demo generator's simulated users and times), same checks otherwise. */
    SubmissionReceipt submitAs(ReportUpload upload, Submitter submitter) {
        return submitAs(upload, submitter, Messages.VIETNAMESE);
    }

    private SubmissionReceipt submitAs(ReportUpload upload, Submitter submitter, Locale locale) {
        Read read = read(upload, locale);
        Outcome outcome = checker.check(read.candidates(), upload.unitCode(), upload.period(), submitter,
                read.fileLabel());
        refuseIfBlocked(outcome, locale);
        List<ReportIssue> errors = new ArrayList<>(read.reading().errors());
        errors.addAll(outcome.errors());
        if (!errors.isEmpty()) {
            throw invalid(errors, locale);
        }
        List<CheckedReport> reports = withReaderWarnings(outcome.reports(), read.reading());
        String sha = UploadFiles.sha256(upload.content());
        Optional<SubmissionReceipt> duplicate = duplicate(reports, sha, locale);
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        StoredUpload file = files.store(upload.fileName(), upload.content(), sha);
        return storeWithRetries(reports, submitter, file, locale);
    }

    private record Read(WorkbookReading reading, List<Candidate> candidates, String fileLabel) {
    }

    private Read read(ReportUpload upload, Locale locale) {
        if (upload.content().length > ReportUpload.MAX_BYTES) {
            throw refused(Refusal.TOO_LARGE, locale, REFUSED_TOO_LARGE, ReportUpload.MAX_BYTES / (1024 * 1024));
        }
        String fileLabel = UploadFiles.safeName(upload.fileName());
        Spreadsheet spreadsheet;
        try {
            spreadsheet = spreadsheets.read(fileLabel, upload.content(), SpreadsheetReader.WORKBOOKS);
        } catch (SpreadsheetRejectedException e) {
            Refusal refusal = switch (e.reason()) {
                case TOO_LARGE -> Refusal.TOO_LARGE;
                case UNREADABLE -> Refusal.UNREADABLE;
                case NOT_A_SPREADSHEET, ENCRYPTED, MACROS -> Refusal.NOT_A_SPREADSHEET;
            };
            String key = FILE_PREFIX + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
            throw refused(refusal, locale, key, fileLabel);
        }
        WorkbookReading reading = reader.read(spreadsheet, catalogue.lookup());
        java.util.Set<String> sheetsWithErrors = reading.errors().stream().map(ReportIssue::sheet)
                .collect(java.util.stream.Collectors.toSet());
        List<Candidate> candidates = reading.reports().stream()
                .map(d -> SubmissionChecker.candidate(d, sheetsWithErrors.contains(d.sheet()))).toList();
        return new Read(reading, candidates, fileLabel);
    }

    private SubmissionPreview preview(Read read, ReportUpload upload, Submitter submitter, Locale locale) {
        Outcome outcome = checker.check(read.candidates(), upload.unitCode(), upload.period(), submitter,
                read.fileLabel());
        refuseIfBlocked(outcome, locale);
        List<ReportIssue> errors = new ArrayList<>(read.reading().errors());
        errors.addAll(outcome.errors());
        String sha = UploadFiles.sha256(upload.content());
        List<SubmissionPreview.UnitReport> reports = withReaderWarnings(outcome.reports(), read.reading()).stream()
                .map(r -> unitPreview(r, sha, locale)).toList();
        return new SubmissionPreview(reports, render(errors, locale));
    }

    private SubmissionPreview.UnitReport unitPreview(CheckedReport report, @Nullable String sha, Locale locale) {
        Map<String, BigDecimal> previous = history.currentValues(report.unit().id(), report.period().previous());
        String period = report.period().toString();
        boolean duplicate = sha != null && submissions
                .findFirstByUnitIdAndPeriodAndSha256OrderByVersionDesc(report.unit().id(), period, sha).isPresent();
        int next = submissions.lastVersion(report.unit().id(), period) + 1;
        List<SubmissionPreview.Value> list = report.values().stream().map(v -> new SubmissionPreview.Value(
                v.indicator().code(), v.indicator().name(locale), v.indicator().unit(), v.number(), v.sheet(),
                v.cell(), previous.get(v.indicator().code()))).toList();
        return new SubmissionPreview.UnitReport(report.unit().code(), report.unit().name(), period, list,
                render(report.warnings(), locale), duplicate, next);
    }

    /** The reader's warnings (approximate figures, subtotals) go with the report of their sheet. */
    private static List<CheckedReport> withReaderWarnings(List<CheckedReport> reports, WorkbookReading reading) {
        if (reading.warnings().isEmpty()) {
            return reports;
        }
        List<CheckedReport> result = new ArrayList<>();
        List<ReportIssue> unplaced = new ArrayList<>(reading.warnings());
        for (CheckedReport report : reports) {
            List<ReportIssue> own = new ArrayList<>();
            for (ReportIssue warning : List.copyOf(unplaced)) {
                boolean sameSheet = warning.sheet().equals(report.sheet());
                boolean ownCell = report.values().stream().anyMatch(v -> v.cell() != null
                        && v.cell().equals(warning.cell()) && warning.sheet().equals(v.sheet()));
                if (ownCell || (sameSheet && reports.stream().filter(r -> warning.sheet().equals(r.sheet())).count() == 1)) {
                    own.add(warning);
                    unplaced.remove(warning);
                }
            }
            own.addAll(report.warnings());
            result.add(new CheckedReport(report.unit(), report.period(), report.sheet(), report.values(), own));
        }
        // Warnings of no single unit (a matrix subtotal) go with the first report of their sheet.
        for (ReportIssue warning : unplaced) {
            for (int i = 0; i < result.size(); i++) {
                CheckedReport report = result.get(i);
                if (warning.sheet().equals(report.sheet())) {
                    List<ReportIssue> own = new ArrayList<>(report.warnings());
                    own.add(warning);
                    result.set(i, new CheckedReport(report.unit(), report.period(), report.sheet(), report.values(),
                            own));
                    break;
                }
            }
        }
        return result;
    }

    /** The earlier submissions of the same bytes, when every report of the file was stored from them already. */
    private Optional<SubmissionReceipt> duplicate(List<CheckedReport> reports, String sha, Locale locale) {
        Map<String, Submission> newestOfFile = new java.util.HashMap<>();
        for (Submission s : submissions.findBySha256(sha)) {
            newestOfFile.merge(s.getUnitId() + "/" + s.getPeriod(), s, (a, b) -> a.getVersion() >= b.getVersion() ? a : b);
        }
        List<SubmissionReceipt.Accepted> existing = new ArrayList<>();
        for (CheckedReport report : reports) {
            Submission s = newestOfFile.get(report.unit().id() + "/" + report.period());
            if (s == null) {
                return Optional.empty();
            }
            existing.add(new SubmissionReceipt.Accepted(s.getId(), s.getUnitCode(), report.unit().name(),
                    s.getPeriod(), s.getVersion(), s.getValuesCount(), render(report.warnings(), locale)));
        }
        return existing.isEmpty() ? Optional.empty() : Optional.of(new SubmissionReceipt(existing, true));
    }

    private SubmissionReceipt storeOrRefuse(Outcome outcome, Submitter submitter, @Nullable StoredUpload file,
            Locale locale) {
        refuseIfBlocked(outcome, locale);
        if (!outcome.errors().isEmpty()) {
            throw invalid(outcome.errors(), locale);
        }
        return storeWithRetries(outcome.reports(), submitter, file, locale);
    }

    private SubmissionReceipt storeWithRetries(List<CheckedReport> reports, Submitter submitter,
            @Nullable StoredUpload file, Locale locale) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<SubmissionStore.Stored> stored = store.store(reports, submitter, file);
                return new SubmissionReceipt(stored.stream().map(s -> new SubmissionReceipt.Accepted(s.id(),
                        s.report().unit().code(), s.report().unit().name(), s.report().period().toString(),
                        s.version(), s.report().values().size(), render(s.report().warnings(), locale))).toList(),
                        false);
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // Another submission for the same unit and month took this version number first: take the next.
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                log.debug("Version race on attempt {}, retrying: {}", attempt, e.getMessage());
                sleepQuietly(ThreadLocalRandom.current().nextInt(2, 20 + attempt * 10));
            }
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void refuseIfBlocked(Outcome outcome, Locale locale) {
        if (outcome.refusal() == Refusal.FORBIDDEN) {
            throw new SubmissionRefusedException(Refusal.FORBIDDEN, messages.get(locale, REFUSED_FORBIDDEN,
                    outcome.refusalIssues().size()), render(outcome.refusalIssues(), locale));
        }
        if (outcome.refusal() == Refusal.PERIOD_LOCKED) {
            throw new SubmissionRefusedException(Refusal.PERIOD_LOCKED, messages.get(locale, REFUSED_LOCKED),
                    render(outcome.refusalIssues(), locale));
        }
    }

    /** The signed-in user as submitter; a role that only reads is refused before the file is even opened. */
    private Submitter submitter(Channel channel, Locale locale) {
        CurrentUser user = scope.current();
        Submitter submitter = new Submitter(user.username(), clock.instant(), channel, user);
        if (!submitter.maySubmit()) {
            throw refused(Refusal.FORBIDDEN, locale, REFUSED_ROLE);
        }
        return submitter;
    }

    private SubmissionRefusedException invalid(List<ReportIssue> errors, Locale locale) {
        return new SubmissionRefusedException(Refusal.INVALID, messages.get(locale, REFUSED_INVALID, errors.size()),
                render(errors, locale));
    }

    private SubmissionRefusedException refused(Refusal refusal, Locale locale, String key, Object... args) {
        return new SubmissionRefusedException(refusal, messages.get(locale, key, args), List.of());
    }

    private List<ReportProblem> render(List<ReportIssue> issues, Locale locale) {
        return issues.stream().map(i -> i.render(messages, locale)).toList();
    }

    private static Candidate candidate(FormEntry entry) {
        List<CandidateValue> list = entry.values().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new CandidateValue(e.getKey(), e.getValue(), null, null)).toList();
        return new Candidate("", null, null, list, false);
    }

    private UnitSummary unitInForce(String unitCode, ReportingPeriod month) {
        LocalDate start = month.startDate();
        return hierarchy.findInForce(unitCode, start).or(() -> hierarchy.findInForce(unitCode, month.endDate()))
                .orElseThrow(() -> refused(Refusal.NOT_FOUND, Messages.VIETNAMESE, REFUSED_NOT_FOUND, unitCode,
                        month.labelVi()));
    }

    private Submission readable(long submissionId) {
        Submission submission = submissions.findById(submissionId).orElseThrow(() -> refused(Refusal.NOT_FOUND,
                Messages.VIETNAMESE, "reporting.refused.submission-not-found", submissionId));
        UnitSummary unit = hierarchy.find(submission.getUnitId()).orElseThrow();
        if (!scope.mayRead(unit)) {
            throw refused(Refusal.FORBIDDEN, Messages.VIETNAMESE, REFUSED_FORBIDDEN, unit.name());
        }
        return submission;
    }

    private static SubmissionVersion version(Submission s, String unitName, boolean current) {
        return new SubmissionVersion(s.getId(), s.getUnitCode(), unitName, s.getPeriod(), s.getVersion(),
                s.getSubmittedBy(), s.getSubmittedAt(), s.getChannel(), s.getFileName(), s.getSha256(),
                s.getValuesCount(), s.getWarningsCount(), current);
    }
}
