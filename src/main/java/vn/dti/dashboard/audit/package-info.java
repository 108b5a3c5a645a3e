/**
 * The audit trail: append-only records of who did what and when (sign-ins and failed sign-ins, uploads
 * accepted and refused with the file's SHA-256, period locks, account and role changes). Other features
 * either publish events this module listens to, or call {@link vn.dti.dashboard.audit.AuditLog#record}
 * themselves (exports and targets will). Nothing in the app updates or deletes an entry: there is no such
 * method. See docs/decisions/0009-roles-scope-audit.md.
 */
@NullMarked
package vn.dti.dashboard.audit;

import org.jspecify.annotations.NullMarked;
