package vn.dti.dashboard.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of the catalogue. Closed vocabularies are stored in the catalogue's own spelling
 * ({@code ratio_of_sums}, not {@code RATIO_OF_SUMS}) so the table reads like the CSV it came from, and
 * {@code unit_levels} as the CSV's pipe-separated list.
 */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 300)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(nullable = false, length = 32)
    private String pillar;

    @Column(name = "measure_unit", nullable = false, length = 64)
    private String unit;

    @Column(name = "value_type", nullable = false, length = 16)
    private String valueType;

    @Column(name = "numerator_code", length = 64)
    private @Nullable String numeratorCode;

    @Column(name = "denominator_code", length = 64)
    private @Nullable String denominatorCode;

    @Column(name = "agg_units", nullable = false, length = 32)
    private String aggUnits;

    @Column(name = "agg_time", nullable = false, length = 32)
    private String aggTime;

    @Column(name = "unit_levels", nullable = false, length = 100)
    private String levels;

    @Column(nullable = false, length = 32)
    private String direction;

    @Column(name = "national_target", length = 1000)
    private @Nullable String nationalTarget;

    @Column(name = "target_source", length = 4000)
    private @Nullable String targetSource;

    @Column(name = "definition_vi", length = 1000)
    private @Nullable String definitionVi;

    @Column(name = "definition_en", length = 1000)
    private @Nullable String definitionEn;

    @Column(name = "definition_source", length = 4000)
    private @Nullable String definitionSource;

    @Column(nullable = false, length = 8)
    private String role;

    @Column(name = "seed_evidence", length = 4000)
    private @Nullable String seedEvidence;

    @Column(length = 4000)
    private @Nullable String notes;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Indicator() {
        this.code = "";
        this.nameVi = "";
        this.nameEn = "";
        this.pillar = "";
        this.unit = "";
        this.valueType = "";
        this.aggUnits = "";
        this.aggTime = "";
        this.levels = "";
        this.direction = "";
        this.role = "";
    }

    Indicator(CatalogCsv.CatalogEntry entry, int sortOrder) {
        this.code = entry.code();
        this.nameVi = entry.nameVi();
        this.nameEn = entry.nameEn();
        this.pillar = entry.pillar().code();
        this.unit = entry.unit();
        this.valueType = entry.valueType().code();
        this.numeratorCode = entry.numeratorCode();
        this.denominatorCode = entry.denominatorCode();
        this.aggUnits = entry.aggUnits().code();
        this.aggTime = entry.aggTime().code();
        this.levels = entry.levels().stream().map(UnitLevel::code).collect(Collectors.joining("|"));
        this.direction = entry.direction().code();
        this.nationalTarget = entry.nationalTarget();
        this.targetSource = entry.targetSource();
        this.definitionSource = entry.definitionSource();
        this.role = entry.role().code();
        this.seedEvidence = entry.seedEvidence();
        this.notes = entry.notes();
        this.sortOrder = sortOrder;
    }

    String getCode() {
        return code;
    }

    String getNameVi() {
        return nameVi;
    }

    String getNameEn() {
        return nameEn;
    }

    Pillar getPillar() {
        return Pillar.fromCode(pillar);
    }

    String getUnit() {
        return unit;
    }

    ValueType getValueType() {
        return ValueType.fromCode(valueType);
    }

    @Nullable String getNumeratorCode() {
        return numeratorCode;
    }

    @Nullable String getDenominatorCode() {
        return denominatorCode;
    }

    UnitAggregation getAggUnits() {
        return UnitAggregation.fromCode(aggUnits);
    }

    TimeAggregation getAggTime() {
        return TimeAggregation.fromCode(aggTime);
    }

    Set<UnitLevel> getLevels() {
        Set<UnitLevel> set = EnumSet.noneOf(UnitLevel.class);
        Arrays.stream(levels.split("\\|")).filter(s -> !s.isBlank()).map(UnitLevel::fromCode).forEach(set::add);
        return Collections.unmodifiableSet(set);
    }

    Direction getDirection() {
        return Direction.fromCode(direction);
    }

    @Nullable String getNationalTarget() {
        return nationalTarget;
    }

    @Nullable String getTargetSource() {
        return targetSource;
    }

    @Nullable String getDefinitionSource() {
        return definitionSource;
    }

    IndicatorRole getRole() {
        return IndicatorRole.fromCode(role);
    }

    @Nullable String getSeedEvidence() {
        return seedEvidence;
    }

    @Nullable String getNotes() {
        return notes;
    }

    boolean isActive() {
        return active;
    }

    int getSortOrder() {
        return sortOrder;
    }

    @Nullable String getDefinitionVi() {
        return definitionVi;
    }

    @Nullable String getDefinitionEn() {
        return definitionEn;
    }

    void rename(String vi, String en) {
        this.nameVi = vi;
        this.nameEn = en;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void define(String vi, String en) {
        this.definitionVi = vi;
        this.definitionEn = en;
    }
}
