package vn.dti.dashboard.hierarchy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.dti.dashboard.hierarchy.UnitImportException;
import vn.dti.dashboard.hierarchy.UnitImportProblem;
import vn.dti.dashboard.hierarchy.UnitImportResult;
import vn.dti.dashboard.hierarchy.UnitImportService;

/**
 * Upload of a units file by an administrator. Shows the counts on success, or every bad row with the
 * same messages as the API's 422 answer (in the UI's language); nothing is imported then.
 */
class UnitImportDialog extends Dialog {

    private final UnitImportService imports;
    private final Runnable onImported;
    private final Span status = new Span();
    private final Grid<UnitImportProblem> problems = new Grid<>();

    UnitImportDialog(UnitImportService imports, Runnable onImported) {
        this.imports = imports;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("hierarchy.import.dialog.title"));
        setWidth("min(60rem, 95vw)");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> handle(metadata.fileName(), bytes));
        }));
        upload.setId("unit-import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".xls");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) (20L * 1024 * 1024));

        status.setId("unit-import-status");
        problems.setId("unit-import-problems");
        problems.addColumn(UnitImportProblem::row).setHeader(getTranslation("hierarchy.import.column.row"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(UnitImportProblem::code).setHeader(getTranslation("hierarchy.import.column.code"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(UnitImportProblem::field).setHeader(getTranslation("hierarchy.import.column.field"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.args().toArray()))
                .setHeader(getTranslation("hierarchy.import.column.message")).setFlexGrow(1);
        problems.setVisible(false);
        problems.setAllRowsVisible(true);

        add(new Paragraph(getTranslation("hierarchy.import.dialog.help")), upload, status, problems);
        confirm.setText(getTranslation("hierarchy.import.confirm"));
        confirm.setId("unit-import-confirm");
        confirm.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirmImport());
        confirm.setVisible(false);
        getFooter().add(confirm, new Button(getTranslation("hierarchy.import.dialog.close"), e -> close()));
    }

    private final Button confirm = new Button();
    private String pendingName = "";
    private byte[] pending = new byte[0];

    /** A file is first checked and previewed; nothing is stored until the administrator confirms. */
    void handle(String fileName, byte[] content) {
        try {
            UnitImportResult preview = imports.preview(fileName, content);
            problems.setVisible(false);
            pendingName = fileName;
            pending = content;
            status.setText(getTranslation("hierarchy.import.preview", preview.created(), preview.updated(),
                    preview.unchanged()));
            confirm.setVisible(preview.created() + preview.updated() > 0);
        } catch (UnitImportException e) {
            confirm.setVisible(false);
            status.setText(getTranslation(e.messageKey(), e.args().toArray()));
            problems.setItems(e.problems());
            problems.setVisible(!e.problems().isEmpty());
        }
    }

    /** Stores the previewed file (checked again: the hierarchy may have changed since). */
    void confirmImport() {
        confirm.setVisible(false);
        try {
            UnitImportResult result = imports.importFile(pendingName, pending);
            problems.setVisible(false);
            status.setText(getTranslation("hierarchy.import.success", result.created(), result.updated(),
                    result.unchanged()));
            Notification.show(status.getText()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onImported.run();
        } catch (UnitImportException e) {
            status.setText(getTranslation(e.messageKey(), e.args().toArray()));
            problems.setItems(e.problems());
            problems.setVisible(!e.problems().isEmpty());
        }
    }
}
