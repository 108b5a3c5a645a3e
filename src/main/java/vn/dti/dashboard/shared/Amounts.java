package vn.dti.dashboard.shared;

import java.math.BigDecimal;

/** Stored figures as people and JSON clients expect to read them. */
public final class Amounts {

    private Amounts() {
    }

    /**
     * Without trailing zeros, but never with a negative scale: 3120.000000 becomes 3120, not 3.12E+3, which
     * {@code stripTrailingZeros} alone gives and JSON would carry as an exponent.
     */
    public static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
