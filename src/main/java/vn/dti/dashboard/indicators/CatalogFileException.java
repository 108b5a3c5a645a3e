package vn.dti.dashboard.indicators;

import java.util.List;

/**
 * The shipped catalogue files are broken. Start-up stops with this, naming every problem with its line,
 * because dashboards computed from a half-valid catalogue would be silently wrong.
 */
class CatalogFileException extends RuntimeException {

    private final List<String> problems;

    CatalogFileException(String file, List<String> problems) {
        super("The indicator catalogue " + file + " is broken (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
