/**
 * The administrative hierarchy: province, districts, communes and departments, each valid for a date
 * range, with materialised paths and merger successors. Everything that asks "which units, under whom"
 * asks with a date. See docs/decisions/0001-hierarchy-model.md.
 */
@NullMarked
package vn.dti.dashboard.hierarchy;

import org.jspecify.annotations.NullMarked;
