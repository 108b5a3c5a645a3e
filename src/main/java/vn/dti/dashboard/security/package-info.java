/** Accounts, sign-in, and the web and API security configuration. */
@NullMarked
package vn.dti.dashboard.security;

import org.jspecify.annotations.NullMarked;
