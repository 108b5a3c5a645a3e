package vn.dti.dashboard.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import vn.dti.dashboard.reporting.DemoReportProgress;
import vn.dti.dashboard.reporting.DemoReportProgressAccess;
import vn.dti.dashboard.shared.Messages;

/** The top-bar banner while the demo reports load: the count, polling once a second, gone when done. */
// No views: the banner needs none, and the app's views need Spring (SpringBrowserlessTest covers them).
@ViewPackages(packages = "vn.dti.dashboard.reporting.ui.banner")
class DemoImportBannerTest extends BrowserlessTest {

    final DemoReportProgress progress = new DemoReportProgress();
    final DemoImportBanners banners = new DemoImportBanners(progress, new Messages());

    @Test
    void nothing_is_shown_before_the_import_starts_or_when_there_is_none() {
        assertThat(banners.create()).isEmpty();
        DemoReportProgressAccess.finish(progress);
        assertThat(banners.create()).isEmpty();
    }

    @Test
    void the_banner_counts_the_workbooks_polls_while_they_load_and_disappears_when_they_are_done() {
        DemoReportProgressAccess.start(progress, 3_300);
        DemoReportProgressAccess.advance(progress, 1_234);
        UI ui = UI.getCurrent();
        ui.setLocale(Messages.VIETNAMESE);
        DemoImportBanner banner = (DemoImportBanner) banners.create().orElseThrow();
        ui.add(banner);

        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.text()).isEqualTo("Đang nạp báo cáo mẫu: 1.234/3.300");
        assertThat(banner.value()).isEqualTo(1_234);
        assertThat(ui.getPollInterval()).isEqualTo(DemoImportBanner.POLL_MILLIS);

        DemoReportProgressAccess.advance(progress, 766);
        ComponentUtil.fireEvent(ui, new PollEvent(ui, false));
        assertThat(banner.text()).isEqualTo("Đang nạp báo cáo mẫu: 2.000/3.300");

        DemoReportProgressAccess.finish(progress);
        ComponentUtil.fireEvent(ui, new PollEvent(ui, false));
        assertThat(banner.isVisible()).isFalse();
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }

    @Test
    void the_banner_speaks_english_in_an_english_ui() {
        DemoReportProgressAccess.start(progress, 3_300);
        DemoReportProgressAccess.advance(progress, 1_234);
        UI ui = UI.getCurrent();
        ui.setLocale(Messages.ENGLISH);
        DemoImportBanner banner = (DemoImportBanner) banners.create().orElseThrow();
        ui.add(banner);
        assertThat(banner.text()).isEqualTo("Loading the demo reports: 1,234/3,300");
        ui.remove(banner);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }
}
