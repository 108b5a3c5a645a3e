/**
 * Exports for analysts: an indicator's breakdown as XLSX (numeric cells with number formats, a sheet saying
 * what was exported) or CSV (UTF-8 with a BOM), with text that could start a formula neutralised; every
 * export is audited and limited to the caller's units like every read.
 */
@NullMarked
package vn.dti.dashboard.export;

import org.jspecify.annotations.NullMarked;
