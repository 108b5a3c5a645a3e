package vn.dti.dashboard.indicators;

/** Whose figure a national target applies to. */
public enum TargetScope implements CatalogueCode {
    /** Every unit's own figure is held to the target. */
    ALL("all"),
    /** Only the province's figure is held to the target. */
    PROVINCE("province");

    private final String code;

    TargetScope(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The value with this catalogue spelling; {@link IllegalArgumentException} for any other text. */
    public static TargetScope fromCode(String code) {
        return CatalogueCode.fromCode(TargetScope.class, code);
    }
}
