package vn.dti.dashboard.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A value as stored with a submission, with the sheet and cell it was read from (none for the web form). */
public record StoredValue(String indicator, String indicatorName, String measureUnit, BigDecimal number,
        @Nullable String sheet, @Nullable String cell, @Nullable String warning) {
}
