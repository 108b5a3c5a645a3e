package vn.dti.dashboard.reporting;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Values typed into the web entry form for one unit and month: indicator code → value. A missing key means
 * "not reported". Goes through the same checks, versioning and audit as an uploaded workbook.
 */
public record FormEntry(String unitCode, String period, Map<String, BigDecimal> values) {

    public FormEntry {
        values = Map.copyOf(values);
    }
}
