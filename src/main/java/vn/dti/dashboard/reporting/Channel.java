package vn.dti.dashboard.reporting;

/** How a submission reached the app. */
public enum Channel {
    /** A workbook uploaded in the browser ("Nộp báo cáo"). */
    UPLOAD,
    /** A workbook posted to {@code POST /api/v1/submissions}. */
    API,
    /** Values typed into the web entry form. */
    FORM,
    /** The generated demo reports. */
    DEMO
}
