package vn.dti.dashboard.indicators;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A closed vocabulary of the catalogue whose values keep the catalogue's own spelling (for example
 * {@code ratio_of_sums}, {@code average-with-note}): the CSV, the database and the API all use that
 * spelling, so a value reads the same wherever it is seen.
 */
interface CatalogueCode {

    /** The value as spelt in the catalogue files and in the API. */
    String code();

    static <E extends Enum<E> & CatalogueCode> E fromCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(CatalogueCode::code)
                        .collect(Collectors.joining(", ")));
    }
}
