package vn.dti.dashboard.indicators;

/** Whether a higher value is better; drives colours and rankings. */
public enum Direction implements CatalogueCode {
    /** Higher values are better. */
    HIGHER_IS_BETTER("higher_is_better"),
    /** Lower values are better. */
    LOWER_IS_BETTER("lower_is_better");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The value with this catalogue spelling; {@link IllegalArgumentException} for any other text. */
    public static Direction fromCode(String code) {
        return CatalogueCode.fromCode(Direction.class, code);
    }
}
