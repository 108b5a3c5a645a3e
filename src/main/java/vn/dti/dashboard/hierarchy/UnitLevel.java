package vn.dti.dashboard.hierarchy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Levels of the hierarchy, spelled as in the API contract and the indicator catalogue. */
public enum UnitLevel {
    PROVINCE("province"),
    DISTRICT("district"),
    COMMUNE("commune"),
    DEPARTMENT("department");

    private final String code;

    UnitLevel(String code) {
        this.code = code;
    }

    /** The contract's spelling: {@code province}, {@code district}, {@code commune}, {@code department}. */
    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<UnitLevel> fromCode(String code) {
        String normalized = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(level -> level.code.equals(normalized)).findFirst();
    }

    /**
     * Which levels may be this level's parent. A province is a root; since 1 July 2025 communes hang
     * directly under the province (the district level was abolished), so both are valid parents.
     */
    public Set<UnitLevel> allowedParents() {
        return switch (this) {
            case PROVINCE -> Set.of();
            case DISTRICT -> Set.of(PROVINCE);
            case COMMUNE -> Set.of(DISTRICT, PROVINCE);
            case DEPARTMENT -> Set.of(PROVINCE, DISTRICT);
        };
    }
}
