package vn.dti.dashboard.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.reporting.Channel;
import vn.dti.dashboard.reporting.OriginalFile;
import vn.dti.dashboard.reporting.ReportProblem;
import vn.dti.dashboard.reporting.ReportTemplateService;
import vn.dti.dashboard.reporting.ReportUpload;
import vn.dti.dashboard.reporting.SubmissionPreview;
import vn.dti.dashboard.reporting.SubmissionReceipt;
import vn.dti.dashboard.reporting.SubmissionRefusedException;
import vn.dti.dashboard.reporting.SubmissionService;
import vn.dti.dashboard.security.CurrentUser;
import vn.dti.dashboard.security.UserScope;

/**
 * "Nộp báo cáo": a reporter drops a workbook, sees what would be stored (each unit's values with their
 * cells, warnings, errors) without anything being stored, and confirms; the result panel then names the
 * versions stored. Refusals show the service's message and every problem with its cell. Below, "Tải mẫu báo
 * cáo" downloads the unit's template for a month. Only roles that submit open it (LEADER and ANALYST do not
 * see it in the menu); a REPORTER is offered only its own units.
 */
@Route("nop-bao-cao")
@Menu(order = 5, title = "reporting.ui.upload.menu", icon = "vaadin:upload")
@RolesAllowed({"ADMIN", "REPORTER"})
class ReportUploadView extends VerticalLayout implements HasDynamicTitle, BoundedUploadHandler.Receiver {

    private static final Logger log = LoggerFactory.getLogger(ReportUploadView.class);
    static final int MAX_MEGABYTES = ReportUpload.MAX_BYTES / (1024 * 1024);

    private final SubmissionService submissions;
    private final ReportTemplateService templates;
    private final HierarchyService hierarchy;
    private final Clock clock;
    private final CurrentUser user;
    private final Div checkResult = new Div();
    private final Span fileLine = new Span();
    private final Span checkStatus = new Span();
    private final Grid<ReportProblem> errors;
    private final Div fieldsBox = new Div();
    private final UnitMonthPicker fields;
    private final Div reports = new Div();
    private final Button confirm = new Button();
    private final Div submitResult = new Div();
    private @Nullable Upload upload;
    /** The file being checked; confirming submits exactly these bytes. */
    private @Nullable Received current;

    private record Received(String fileName, byte[] content) {
    }

    ReportUploadView(SubmissionService submissions, ReportTemplateService templates, HierarchyService hierarchy,
            UserScope scope, Clock clock) {
        this.submissions = submissions;
        this.templates = templates;
        this.hierarchy = hierarchy;
        this.clock = clock;
        this.user = scope.current();
        this.errors = ReportingUi.problemGrid(this);
        this.fields = new UnitMonthPicker(hierarchy, clock, user::maySubmitFor, getLocale(),
                getTranslation("reporting.ui.field.period"), getTranslation("reporting.ui.field.unit"));
        addClassName("dti-page");
        setWidthFull();

        H2 title = new H2(getTranslation("reporting.ui.upload.title"));
        title.addClassName("dti-page-title");
        add(title);
        Paragraph intro = new Paragraph(getTranslation("reporting.ui.upload.intro", MAX_MEGABYTES));
        intro.addClassName("dti-summary");
        add(intro, createUpload(), createCheckResult(), createSubmitResult(), createTemplateSection());
    }

    /** "Tải mẫu báo cáo": the unit's template for a month, made when the link is followed. */
    private Component createTemplateSection() {
        UnitMonthPicker picker = new UnitMonthPicker(hierarchy, clock, user::maySubmitFor, getLocale(),
                getTranslation("reporting.ui.field.period"), getTranslation("reporting.ui.field.unit"));
        picker.month.setId("template-period");
        picker.unit.setId("template-unit");
        picker.month.setValue(picker.lastMonth());
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            String unit = picker.unitCode().orElse(null);
            String period = picker.period().orElse(null);
            if (unit == null || period == null) {
                return DownloadResponse.error(400);
            }
            try {
                OriginalFile template = templates.template(unit, period);
                return new DownloadResponse(new ByteArrayInputStream(template.content()), template.fileName(),
                        SubmissionHistoryView.contentType(template.fileName()), template.content().length);
            } catch (SubmissionRefusedException e) {
                event.getUI().access(() -> Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
                return DownloadResponse.error(e.refusal().status(), e.getMessage());
            }
        }), getTranslation("reporting.ui.template.download"));
        download.setId("template-download");
        download.addClassName("dti-download");
        download.setEnabled(false);
        picker.addValueChangeListener(() -> download.setEnabled(picker.unitCode().isPresent()
                && picker.period().isPresent()));
        HorizontalLayout row = new HorizontalLayout(picker.month, picker.unit, download);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("dti-toolbar");
        Paragraph help = new Paragraph(getTranslation("reporting.ui.template.help"));
        help.addClassName("dti-summary");
        Div section = new Div(new H3(getTranslation("reporting.ui.template.title")), help, row);
        section.setId("template-section");
        section.addClassName("dti-panel");
        return section;
    }

    private Upload createUpload() {
        Upload widget = new Upload(new BoundedUploadHandler(ReportUpload.MAX_BYTES,
                getTranslation("reporting.refused.too-large", MAX_MEGABYTES), this));
        widget.setId("report-upload");
        // Raw request body, not multipart: the servlet's multipart limits (1 MB by default) never apply and
        // the handler reads the stream itself, up to the limit.
        widget.setUploadFormat(UploadFormat.RAW);
        widget.setAcceptedFileTypes(".xlsx", ".xls");
        widget.setMaxFiles(1);
        widget.setMaxFileSize(ReportUpload.MAX_BYTES);
        widget.setI18n(uploadTexts());
        widget.setWidthFull();
        widget.addFileRejectedListener(e -> Notification.show(e.getErrorMessage(), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        upload = widget;
        return widget;
    }

    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("reporting.ui.upload.add"))
                .setMany(getTranslation("reporting.ui.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("reporting.ui.upload.drop"))
                .setMany(getTranslation("reporting.ui.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("reporting.ui.upload.too-many"))
                .setFileIsTooBig(getTranslation("reporting.refused.too-large", MAX_MEGABYTES))
                .setIncorrectFileType(getTranslation("reporting.ui.upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("reporting.ui.upload.connecting"))
                        .setStalled(getTranslation("reporting.ui.upload.stalled"))
                        .setProcessing(getTranslation("reporting.ui.upload.processing"))
                        .setHeld(getTranslation("reporting.ui.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("reporting.ui.upload.remaining"))
                        .setUnknown(getTranslation("reporting.ui.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("reporting.ui.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("reporting.ui.upload.server-error"))
                        .setForbidden(getTranslation("reporting.ui.upload.forbidden"))
                        .setFileTooLarge(getTranslation("reporting.refused.too-large", MAX_MEGABYTES))));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("reporting.ui.upload.retry"))
                .setStart(getTranslation("reporting.ui.upload.start"))
                .setRemove(getTranslation("reporting.ui.upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }

    private Component createCheckResult() {
        checkResult.setId("check-result");
        checkResult.addClassName("dti-panel");
        checkResult.setVisible(false);
        fileLine.addClassName("dti-summary");
        checkStatus.setId("check-status");
        checkStatus.addClassName("dti-status");
        errors.setId("report-errors");
        errors.addClassName("dti-errors");

        fields.month.setId("upload-period");
        fields.unit.setId("upload-unit");
        Button recheck = new Button(getTranslation("reporting.ui.check.again"), VaadinIcon.REFRESH.create(),
                e -> check());
        recheck.setId("recheck");
        HorizontalLayout fieldRow = new HorizontalLayout(fields.month, fields.unit, recheck);
        fieldRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        fieldRow.addClassName("dti-toolbar");
        Paragraph fieldHelp = new Paragraph(getTranslation("reporting.ui.check.fields-help"));
        fieldHelp.addClassName("dti-summary");
        fieldsBox.add(fieldHelp, fieldRow);
        fieldsBox.setVisible(false);

        confirm.setText(getTranslation("reporting.ui.check.confirm"));
        confirm.setIcon(VaadinIcon.CHECK.create());
        confirm.setId("confirm-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> confirm());

        checkResult.add(new H3(getTranslation("reporting.ui.check.title")), fileLine, checkStatus, errors, fieldsBox,
                reports, confirm);
        return checkResult;
    }

    private Component createSubmitResult() {
        submitResult.setId("submit-result");
        submitResult.addClassName("dti-panel");
        submitResult.setVisible(false);
        return submitResult;
    }

    /** A file arrived (under the UI lock): check it, store nothing. */
    @Override
    public void received(String fileName, byte[] content) {
        current = new Received(fileName, content);
        clearFileList();
        fields.month.clear();
        fields.unit.clear();
        fieldsBox.setVisible(false);
        submitResult.setVisible(false);
        check();
    }

    @Override
    public void tooLarge(String fileName) {
        current = null;
        clearFileList();
        submitResult.setVisible(false);
        showFile(fileName);
        showProblems(getTranslation("reporting.refused.too-large", MAX_MEGABYTES), List.of());
    }

    /** Checks the current file with the unit and month fields (when the workbook does not name them). */
    private void check() {
        Received file = current;
        if (file == null) {
            return;
        }
        showFile(file.fileName());
        try {
            show(submissions.check(toUpload(file), Channel.UPLOAD, getLocale()));
        } catch (SubmissionRefusedException e) {
            showProblems(e.getMessage(), e.details());
        } catch (RuntimeException e) {
            log.error("Checking the upload {} failed", file.fileName(), e);
            showProblems(getTranslation("reporting.ui.failed"), List.of());
        }
    }

    /**
     * The widget takes one file at a time; the check panel names the file, so the list is emptied at once
     * and a corrected file can be dropped without removing the old one first.
     */
    private void clearFileList() {
        if (upload != null) {
            upload.clearFileList();
        }
    }

    private ReportUpload toUpload(Received file) {
        return new ReportUpload(file.fileName(), file.content(), fields.unitCode().orElse(null),
                fields.period().orElse(null));
    }

    private void showFile(String fileName) {
        checkResult.setVisible(true);
        fileLine.setText(getTranslation("reporting.ui.check.file", fileName));
    }

    private void show(SubmissionPreview preview) {
        reports.removeAll();
        int index = 0;
        for (SubmissionPreview.UnitReport report : preview.reports()) {
            reports.add(new UnitReportPanel(report, ++index));
        }
        errors.setItems(preview.errors());
        errors.setVisible(!preview.errors().isEmpty());
        boolean ready = preview.acceptable() && !preview.reports().isEmpty();
        confirm.setEnabled(ready);
        confirm.setVisible(true);
        int values = preview.reports().stream().mapToInt(r -> r.values().size()).sum();
        if (!ready) {
            status(getTranslation("reporting.ui.check.not-ready", preview.errors().size()), "error");
        } else if (preview.reports().stream().allMatch(SubmissionPreview.UnitReport::duplicate)) {
            status(getTranslation("reporting.ui.check.duplicate-all"), "info");
        } else {
            status(getTranslation("reporting.ui.check.ready", preview.reports().size(), values), "success");
        }
        fieldsBox.setVisible(fieldsBox.isVisible() || asksForUnitOrPeriod(preview.errors()));
    }

    /**
     * Whether the workbook leaves the unit or the month unsaid. The service's texts for these two cases
     * have no arguments, so they are recognised word for word in the UI language.
     */
    private boolean asksForUnitOrPeriod(List<ReportProblem> problems) {
        Set<String> missing = Set.of(getTranslation("reporting.check.unit-missing"),
                getTranslation("reporting.check.period-missing"));
        return problems.stream().anyMatch(p -> missing.contains(p.message()));
    }

    /** A refusal (or an upload too large): its message and every problem with its cell; nothing to confirm. */
    private void showProblems(String message, List<ReportProblem> details) {
        checkResult.setVisible(true);
        reports.removeAll();
        errors.setItems(details);
        errors.setVisible(!details.isEmpty());
        confirm.setEnabled(false);
        confirm.setVisible(false);
        status(message, "error");
    }

    private void status(String text, String kind) {
        checkStatus.setText(text);
        checkStatus.getElement().setAttribute("data-kind", kind);
    }

    private void confirm() {
        Received file = current;
        if (file == null) {
            return;
        }
        confirm.setEnabled(false); // one click, one submission
        try {
            showReceipt(submissions.submit(toUpload(file), Channel.UPLOAD, getLocale()));
            current = null;
            checkResult.setVisible(false);
        } catch (SubmissionRefusedException e) {
            showProblems(e.getMessage(), e.details());
        } catch (RuntimeException e) {
            log.error("Submitting the upload {} failed", file.fileName(), e);
            showProblems(getTranslation("reporting.ui.failed"), List.of());
        }
    }

    private void showReceipt(SubmissionReceipt receipt) {
        submitResult.removeAll();
        submitResult.setVisible(true);
        submitResult.add(new H3(getTranslation(receipt.duplicate() ? "reporting.ui.result.duplicate-title"
                : "reporting.ui.result.title")));
        if (receipt.duplicate()) {
            Paragraph info = new Paragraph(getTranslation("reporting.ui.result.duplicate"));
            info.addClassName("dti-notice");
            submitResult.add(info);
        }
        for (SubmissionReceipt.Accepted accepted : receipt.submissions()) {
            Div entry = new Div();
            entry.addClassName("dti-result-entry");
            Paragraph line = new Paragraph(getTranslation(receipt.duplicate() ? "reporting.ui.result.existing"
                    : "reporting.ui.result.stored",
                    ReportingUi.unitLabel(accepted.unitCode(), accepted.unitName()),
                    ReportingUi.periodLabel(accepted.period(), getLocale()), accepted.version(),
                    accepted.valuesAccepted(), accepted.warnings().size()));
            line.addClassName("dti-result-line");
            entry.add(line);
            if (!accepted.warnings().isEmpty()) {
                entry.add(UnitReportPanel.warningList(accepted.warnings()));
            }
            RouterLink history = new RouterLink(getTranslation("reporting.ui.result.history"),
                    SubmissionHistoryView.class);
            history.setQueryParameters(QueryParameters.of(SubmissionHistoryView.ID_PARAMETER,
                    String.valueOf(accepted.id())));
            history.setId("history-link-" + accepted.id());
            entry.add(history);
            submitResult.add(entry);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.ui.upload.title");
    }
}
