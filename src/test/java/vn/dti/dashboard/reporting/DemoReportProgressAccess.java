package vn.dti.dashboard.reporting;

/** Drives a {@link DemoReportProgress} from tests of other packages (its setters belong to the importer). */
public final class DemoReportProgressAccess {

    private DemoReportProgressAccess() {
    }

    public static void start(DemoReportProgress progress, int workbooks) {
        progress.start(workbooks);
    }

    public static void advance(DemoReportProgress progress, int workbooks) {
        for (int i = 0; i < workbooks; i++) {
            progress.advance();
        }
    }

    public static void finish(DemoReportProgress progress) {
        progress.finish();
    }
}
