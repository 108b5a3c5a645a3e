package vn.dti.dashboard.hierarchy;

import java.util.List;

/**
 * One bad row of a units import: the spreadsheet row number (as Excel shows it), the row's code, the
 * column at fault, and the message as a translation key with its arguments, so the API answers in
 * Vietnamese and the UI in the user's language with the same words.
 */
public record UnitImportProblem(int row, String code, String field, String messageKey, List<Object> args) {

    public UnitImportProblem {
        args = List.copyOf(args);
    }

    /** The API contract's detail entry: {@code {"row","code","field","message"}}. */
    public record Detail(int row, String code, String field, String message) {
    }
}
