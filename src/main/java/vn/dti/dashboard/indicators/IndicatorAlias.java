package vn.dti.dashboard.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Another name of an indicator, as reports write it ({@code indicator-aliases.csv}). */
@Entity
@Table(name = "indicator_alias")
class IndicatorAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "indicator_code", nullable = false, length = 64)
    private String indicatorCode;

    @Column(nullable = false, length = 300)
    private String alias;

    /** {@link IndicatorNames#key} of the alias; unique. */
    @Column(name = "alias_key", nullable = false, length = 300, unique = true)
    private String aliasKey;

    protected IndicatorAlias() {
        this.indicatorCode = "";
        this.alias = "";
        this.aliasKey = "";
    }

    IndicatorAlias(AliasCsv.AliasEntry entry) {
        this.indicatorCode = entry.code();
        this.alias = entry.alias();
        this.aliasKey = entry.key();
    }

    String getIndicatorCode() {
        return indicatorCode;
    }

    String getAlias() {
        return alias;
    }

    String getAliasKey() {
        return aliasKey;
    }
}
