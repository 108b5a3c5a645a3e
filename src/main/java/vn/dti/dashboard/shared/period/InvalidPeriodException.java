package vn.dti.dashboard.shared.period;

/**
 * A reporting period that does not exist or is outside the supported years. It extends
 * {@link IllegalArgumentException} because it is always the caller's input that is wrong; the API
 * layer maps it to a 400 response. The message is English developer text; user-facing text is the
 * UI's business.
 */
public class InvalidPeriodException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Listed in every parse error so that a client can fix its request without reading the docs. */
    static final String ACCEPTED_FORMS = "Accepted forms: YYYY-MM (e.g. 2024-03), YYYY-Qn (2024-Q1), "
            + "YYYY-Hn (2024-H1), YYYY (2024), YYYY-MM-YTD (2024-05-YTD), with years "
            + ReportingPeriod.MIN_YEAR + ".." + ReportingPeriod.MAX_YEAR + ".";

    /** Long enough for any valid period, short enough to keep a hostile query parameter out of logs. */
    private static final int MAX_QUOTED_LENGTH = 40;

    private final String input;

    private InvalidPeriodException(String input, String message) {
        super(message);
        this.input = input;
    }

    /** The text given to {@link ReportingPeriod#parse(String)}, or a description of factory arguments. */
    public String input() {
        return input;
    }

    static InvalidPeriodException forText(String text, String reason) {
        return new InvalidPeriodException(
                text, "Invalid reporting period \"" + shorten(text) + "\": " + reason + ". " + ACCEPTED_FORMS);
    }

    static InvalidPeriodException forArguments(String arguments, String reason) {
        return new InvalidPeriodException(arguments, "Invalid reporting period " + arguments + ": " + reason + ".");
    }

    private static String shorten(String text) {
        return text.length() <= MAX_QUOTED_LENGTH ? text : text.substring(0, MAX_QUOTED_LENGTH) + "...";
    }
}
