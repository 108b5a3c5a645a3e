/**
 * The reporting views: "Nộp báo cáo" (upload with a check-only step), "Nhập báo cáo" (the web entry form)
 * and "Lịch sử báo cáo" (submitted versions, their values and original files). They only call
 * {@link vn.dti.dashboard.reporting.SubmissionService}, which enforces roles and scope on the server.
 */
@NullMarked
package vn.dti.dashboard.reporting.ui;

import org.jspecify.annotations.NullMarked;
