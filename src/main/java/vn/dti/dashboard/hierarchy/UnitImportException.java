package vn.dti.dashboard.hierarchy;

import java.util.List;
import org.springframework.http.HttpStatus;
import vn.dti.dashboard.shared.api.ApiException;

/**
 * A units import refused as a whole: nothing was written. Carries the message as a translation key
 * (for the UI) besides the Vietnamese text and per-row details of the API answer.
 */
public class UnitImportException extends ApiException {

    private final String messageKey;
    private final List<Object> args;
    private final List<UnitImportProblem> problems;

    UnitImportException(HttpStatus status, String error, String message, String messageKey, List<Object> args,
            List<UnitImportProblem> problems, List<UnitImportProblem.Detail> details) {
        super(status, error, message, details);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
        this.problems = List.copyOf(problems);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    /** The bad rows, in row order; empty when the file itself was refused (type, size). */
    public List<UnitImportProblem> problems() {
        return problems;
    }
}
