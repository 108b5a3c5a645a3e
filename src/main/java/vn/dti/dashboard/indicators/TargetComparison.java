package vn.dti.dashboard.indicators;

/** How a value is compared with its target. */
public enum TargetComparison implements CatalogueCode {
    /** The value must reach the target or more. */
    AT_LEAST("at_least"),
    /** The value must stay at the target or below. */
    AT_MOST("at_most");

    private final String code;

    TargetComparison(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The value with this catalogue spelling; {@link IllegalArgumentException} for any other text. */
    public static TargetComparison fromCode(String code) {
        return CatalogueCode.fromCode(TargetComparison.class, code);
    }
}
