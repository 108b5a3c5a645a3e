/** What every HTTP request goes through before any feature: its request id. */
@NullMarked
package vn.dti.dashboard.shared.web;

import org.jspecify.annotations.NullMarked;
