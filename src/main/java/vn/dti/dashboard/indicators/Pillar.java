package vn.dti.dashboard.indicators;

/** The DTI pillar an indicator belongs to, in the catalogue's order. */
public enum Pillar implements CatalogueCode {
    /** Digital awareness (Nhận thức số). */
    AWARENESS("awareness"),
    /** Digital institutions (Thể chế số). */
    INSTITUTIONS("institutions"),
    /** Digital infrastructure (Hạ tầng số). */
    INFRASTRUCTURE("infrastructure"),
    /** Digital human resources (Nhân lực số). */
    HUMAN_RESOURCES("human_resources"),
    /** Information security (An toàn thông tin mạng). */
    SECURITY("security"),
    /** Digital government (Chính quyền số). */
    DIGITAL_GOVERNMENT("digital_government"),
    /** Digital economy (Kinh tế số). */
    DIGITAL_ECONOMY("digital_economy"),
    /** Digital society (Xã hội số). */
    DIGITAL_SOCIETY("digital_society");

    private final String code;

    Pillar(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The value with this catalogue spelling; {@link IllegalArgumentException} for any other text. */
    public static Pillar fromCode(String code) {
        return CatalogueCode.fromCode(Pillar.class, code);
    }
}
