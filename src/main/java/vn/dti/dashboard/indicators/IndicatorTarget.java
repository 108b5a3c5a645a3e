package vn.dti.dashboard.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A numeric national target of one indicator for one year ({@code targets.csv}). Kept apart from the
 * indicator because targets change every year while the definition does not, and a province adds its own.
 */
@Entity
@Table(name = "indicator_target")
class IndicatorTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "indicator_code", nullable = false, length = 64)
    private String indicatorCode;

    @Column(name = "target_year", nullable = false)
    private int year;

    @Column(name = "unit_scope", nullable = false, length = 16)
    private String scope;

    @Column(nullable = false, precision = 12, scale = 4)
    private BigDecimal target;

    @Column(nullable = false, length = 16)
    private String comparison;

    @Column(length = 1000)
    private @Nullable String source;

    @Column(length = 1000)
    private @Nullable String note;

    protected IndicatorTarget() {
        this.indicatorCode = "";
        this.scope = "";
        this.target = BigDecimal.ZERO;
        this.comparison = "";
    }

    IndicatorTarget(CatalogCsv.TargetEntry entry) {
        this.indicatorCode = entry.indicatorCode();
        this.year = entry.year();
        this.scope = entry.scope().code();
        this.target = entry.target();
        this.comparison = entry.comparison().code();
        this.source = entry.source();
        this.note = entry.note();
    }

    String getIndicatorCode() {
        return indicatorCode;
    }

    int getYear() {
        return year;
    }

    TargetScope getScope() {
        return TargetScope.fromCode(scope);
    }

    BigDecimal getTarget() {
        return target;
    }

    TargetComparison getComparison() {
        return TargetComparison.fromCode(comparison);
    }

    @Nullable String getSource() {
        return source;
    }

    @Nullable String getNote() {
        return note;
    }
}
