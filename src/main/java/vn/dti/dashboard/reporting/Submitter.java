package vn.dti.dashboard.reporting;

import java.time.Instant;

/**
 * Who stores a submission and when. Users' submissions take the signed-in user and the clock; the demo
 * generator passes its simulated submission times.
 */
record Submitter(String username, Instant at, Channel channel) {
}
