package vn.dti.dashboard.indicators;

/** The kinds of unit that report an indicator. */
public enum UnitLevel implements CatalogueCode {
    /** Commune level (xã, phường, thị trấn). */
    COMMUNE("commune"),
    /** District level (huyện, thành phố thuộc tỉnh). */
    DISTRICT("district"),
    /** The province. */
    PROVINCE("province"),
    /** Provincial departments (sở, ban, ngành). */
    DEPARTMENT("department");

    private final String code;

    UnitLevel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The value with this catalogue spelling; {@link IllegalArgumentException} for any other text. */
    public static UnitLevel fromCode(String code) {
        return CatalogueCode.fromCode(UnitLevel.class, code);
    }
}
