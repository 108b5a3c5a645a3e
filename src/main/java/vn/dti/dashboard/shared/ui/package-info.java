/** Vaadin pieces every feature shares: the main layout, translations, the language choice. */
@NullMarked
package vn.dti.dashboard.shared.ui;

import org.jspecify.annotations.NullMarked;
