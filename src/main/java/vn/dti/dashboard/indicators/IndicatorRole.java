package vn.dti.dashboard.indicators;

/** Why an indicator is in the catalogue. */
public enum IndicatorRole implements CatalogueCode {
    /** A key performance indicator shown on the dashboards. */
    KPI("kpi"),
    /** A base count that ratios need as numerator or denominator. */
    BASE("base");

    private final String code;

    IndicatorRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The value with this catalogue spelling; {@link IllegalArgumentException} for any other text. */
    public static IndicatorRole fromCode(String code) {
        return CatalogueCode.fromCode(IndicatorRole.class, code);
    }
}
