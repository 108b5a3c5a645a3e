package vn.dti.dashboard.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import vn.dti.dashboard.reporting.DemoReportProgress;
import vn.dti.dashboard.reporting.DemoReportProgressAccess;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.testsupport.UseH2;

/**
 * The banner reaches every page through the main layout's {@link vn.dti.dashboard.shared.ui.LayoutBanner}
 * beans, here on the units page, with the progress driven by hand (demo reports are off in this context).
 * A context of its own: a cached context shared with other view tests may find Spring Security's static
 * holder taken over by a context started in between, and then navigation sees no signed-in user.
 */
@SpringBootTest(properties = {"dti.admin-password=view-test-admin", "dti.test-context=demo-banner-layout"})
@UseH2
@WithMockUser(username = "lanhdao", roles = "LEADER")
class DemoImportBannerLayoutTest extends SpringBrowserlessTest {

    @Autowired
    DemoReportProgress progress;

    @AfterEach
    void importEnds() {
        DemoReportProgressAccess.finish(progress);
    }

    @Test
    void while_the_demo_reports_load_every_page_shows_the_count_in_the_top_bar() {
        UI.getCurrent().getSession().setLocale(Messages.VIETNAMESE);
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
        DemoReportProgressAccess.start(progress, 3_418);
        DemoReportProgressAccess.advance(progress, 1_234);
        UI.getCurrent().navigate("don-vi");
        assertThat($(Span.class).id("demo-import-text").getText()).isEqualTo("Đang nạp báo cáo mẫu: 1.234/3.418");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DemoImportBanner.POLL_MILLIS);
    }

    @Test
    void without_an_import_running_the_top_bar_has_no_banner() {
        UI.getCurrent().navigate("don-vi");
        assertThat($(Span.class).withId("unit-summary").exists()).isTrue();
        assertThat($(DemoImportBanner.class).all()).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
