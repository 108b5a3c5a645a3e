package vn.dti.dashboard.reporting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.dti.dashboard.reporting.DemoReportProgress;
import vn.dti.dashboard.shared.Messages;

/**
 * "Đang nạp báo cáo mẫu: 1.234/3.300" with a progress bar, in the top bar while the demo reports load in the
 * background. It asks the server for news once a second (polling: the app has no push) and disappears, and
 * stops polling, when the import has ended.
 */
class DemoImportBanner extends HorizontalLayout {

    static final int POLL_MILLIS = 1_000;

    private final DemoReportProgress progress;
    private final Messages messages;
    private final Span text = new Span();
    private final ProgressBar bar = new ProgressBar();
    private @Nullable Registration polling;
    private int pollIntervalBefore = -1;

    DemoImportBanner(DemoReportProgress progress, Messages messages) {
        this.progress = progress;
        this.messages = messages;
        setId("demo-import-banner");
        addClassName("dti-demo-import");
        setAlignItems(FlexComponent.Alignment.CENTER);
        text.setId("demo-import-text");
        bar.setWidth("10em");
        add(text, bar);
        refresh(Messages.VIETNAMESE);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        refresh(ui.getLocale());
        if (isVisible()) {
            pollIntervalBefore = ui.getPollInterval();
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(this::onPoll);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    private void onPoll(PollEvent event) {
        UI ui = event.getSource();
        refresh(ui.getLocale());
        if (!isVisible()) {
            stopPolling(ui);
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(pollIntervalBefore);
        }
    }

    /** Shows the current count, or hides the banner once the import has ended. */
    void refresh(@Nullable Locale locale) {
        Optional<DemoReportProgress.Snapshot> running = progress.running();
        setVisible(running.isPresent());
        running.ifPresent(snapshot -> {
            NumberFormat format = NumberFormat.getIntegerInstance(Messages.supported(locale));
            text.setText(messages.get(locale, "reporting.demo.loading", format.format(snapshot.done()),
                    format.format(snapshot.total())));
            bar.setMax(Math.max(1, snapshot.total()));
            bar.setValue(Math.min(snapshot.done(), Math.max(1, snapshot.total())));
        });
    }

    String text() {
        return text.getText();
    }

    double value() {
        return bar.getValue();
    }
}
