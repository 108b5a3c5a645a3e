package vn.dti.dashboard.reporting.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.dti.dashboard.reporting.DemoReportProgress;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.ui.LayoutBanner;

/** Puts {@link DemoImportBanner} on every signed-in page while the demo reports are loading, and nothing after. */
@org.springframework.stereotype.Component
class DemoImportBanners implements LayoutBanner {

    private final DemoReportProgress progress;
    private final Messages messages;

    DemoImportBanners(DemoReportProgress progress, Messages messages) {
        this.progress = progress;
        this.messages = messages;
    }

    @Override
    public Optional<Component> create() {
        return progress.running().map(running -> new DemoImportBanner(progress, messages));
    }
}
