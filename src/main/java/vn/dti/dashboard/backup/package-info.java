/**
 * Online backups of the embedded H2 database with the stored report files, taken while the app serves; PostgreSQL
 * is backed up with its own tools (docs/production.md).
 */
@NullMarked
package vn.dti.dashboard.backup;

import org.jspecify.annotations.NullMarked;
