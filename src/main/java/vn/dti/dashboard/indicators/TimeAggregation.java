package vn.dti.dashboard.indicators;

/** How the value of a longer period (quarter, year) is formed from the months. */
public enum TimeAggregation implements CatalogueCode {
    /** A flow: the months are added up. */
    SUM_OF_FLOWS("sum_of_flows"),
    /** A stock: the last value of the period counts. */
    LAST_VALUE_FOR_STOCKS("last_value_for_stocks"),
    /** The ratio is recomputed from the period's numerator and denominator. */
    RATIO_OF_SUMS("ratio_of_sums"),
    /** An average over the period; the notes say how to weight it. */
    AVERAGE_WITH_NOTE("average-with-note"),
    /** Distinct counts that must be reported again for the whole period. */
    NONE("none");

    private final String code;

    TimeAggregation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The value with this catalogue spelling; {@link IllegalArgumentException} for any other text. */
    public static TimeAggregation fromCode(String code) {
        return CatalogueCode.fromCode(TimeAggregation.class, code);
    }
}
