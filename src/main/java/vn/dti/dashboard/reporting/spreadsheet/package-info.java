/**
 * Writing report workbooks with Apache POI: the app's own monthly template, and the real-world layouts offices
 * send (administrative report, statistical form, police matrix) that the demo reports are made of. Reading
 * uploads stays in {@code shared.spreadsheet} (limits, zip-bomb and macro checks).
 */
@NullMarked
package vn.dti.dashboard.reporting.spreadsheet;

import org.jspecify.annotations.NullMarked;
