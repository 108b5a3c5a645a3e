package vn.dti.dashboard.indicators;

/** What kind of number an indicator holds. */
public enum ValueType implements CatalogueCode {
    /** A count that units report (dossiers, persons, hamlets...). */
    COUNT("count"),
    /** A ratio, normally numerator / denominator × 100 from two count indicators. */
    RATIO("ratio"),
    /** An externally published score that cannot be aggregated (DTI_SCORE). */
    INDEX("index"),
    /** An externally published rank that cannot be aggregated (DTI_RANK). */
    RANK("rank");

    private final String code;

    ValueType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The value with this catalogue spelling; {@link IllegalArgumentException} for any other text. */
    public static ValueType fromCode(String code) {
        return CatalogueCode.fromCode(ValueType.class, code);
    }
}
