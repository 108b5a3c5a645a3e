package vn.dti.dashboard.indicators;

/** How a parent unit's value is formed from its own and its children's values. */
public enum UnitAggregation implements CatalogueCode {
    /** Own value plus the children's values. */
    SUM("sum"),
    /** Numerator and denominator are summed, then the ratio is recomputed; percentages are never averaged. */
    RATIO_OF_SUMS("ratio_of_sums"),
    /** An average, only where no numerator and denominator exist; the notes say how to weight it. */
    AVERAGE_WITH_NOTE("average-with-note"),
    /** Not aggregated: the value exists only at the unit that owns it. */
    NONE("none");

    private final String code;

    UnitAggregation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The value with this catalogue spelling; {@link IllegalArgumentException} for any other text. */
    public static UnitAggregation fromCode(String code) {
        return CatalogueCode.fromCode(UnitAggregation.class, code);
    }
}
