package vn.dti.dashboard.reporting.workbook;

import java.util.Optional;
import vn.dti.dashboard.reporting.ReportValueParser;

/** What the reader needs to know about indicators: find one by code or by name, and how to read its cells. */
public interface IndicatorLookup {

    /**
     * @param code     catalogue code
     * @param kind     how a cell of it is read (count, percentage, any number)
     * @param additive whether values of several units add up (so a subtotal row can be checked against its rows)
     */
    record Match(String code, ReportValueParser.Kind kind, boolean additive) {
    }

    /** The indicator with exactly this code (codes are upper case; surrounding spaces are ignored). */
    Optional<Match> byCode(String code);

    /**
     * The indicator whose Vietnamese name or alias matches, ignoring case, diacritics, spacing, punctuation,
     * leading numbering ("1.1", "a)", "-") and trailing notes in brackets.
     */
    Optional<Match> byName(String name);
}
