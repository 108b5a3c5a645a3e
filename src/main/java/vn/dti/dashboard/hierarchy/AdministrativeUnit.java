package vn.dti.dashboard.hierarchy;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One version of an administrative unit: a code, a name and a parent that hold from {@code validFrom} to
 * {@code validTo} (both inclusive; null = open). The same official code may belong to several units over
 * time (08716 was Phường Đống Đa until 2025-06-30 and is Phường Vĩnh Phúc since 2025-07-01).
 */
@Entity
@Table(name = "administrative_unit")
class AdministrativeUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Convert(converter = LevelConverter.class)
    @Column(name = "unit_level", nullable = false, length = 16)
    private UnitLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable AdministrativeUnit parent;

    @Column(name = "valid_from")
    private @Nullable LocalDate validFrom;

    @Column(name = "valid_to")
    private @Nullable LocalDate validTo;

    /** Ids from the root down to this unit, e.g. "/1/12/345/"; recomputed whenever parents change. */
    @Column(nullable = false, length = 512)
    private String path = "/";

    @Column(nullable = false)
    private int depth;

    @ManyToMany
    @JoinTable(name = "administrative_unit_successor",
            joinColumns = @JoinColumn(name = "unit_id"),
            inverseJoinColumns = @JoinColumn(name = "successor_id"))
    private Set<AdministrativeUnit> successors = new LinkedHashSet<>();

    protected AdministrativeUnit() {
        this.code = "";
        this.name = "";
        this.level = UnitLevel.COMMUNE;
    }

    AdministrativeUnit(String code, String name, UnitLevel level, @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Sets the materialised path from the (already placed) parent; the id must be assigned. */
    void placeUnderParent() {
        if (id == null) {
            throw new IllegalStateException("Unit " + code + " has no id yet");
        }
        // Through the getters: the parent may be a lazy Hibernate proxy whose own fields are empty.
        path = (parent == null ? "/" : parent.getPath()) + id + "/";
        depth = parent == null ? 0 : parent.getDepth() + 1;
    }

    @Nullable Long getId() {
        return id;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Unit " + code + " is not saved");
        }
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    UnitLevel getLevel() {
        return level;
    }

    void setLevel(UnitLevel level) {
        this.level = level;
    }

    @Nullable AdministrativeUnit getParent() {
        return parent;
    }

    void setParent(@Nullable AdministrativeUnit parent) {
        this.parent = parent;
    }

    @Nullable LocalDate getValidFrom() {
        return validFrom;
    }

    @Nullable LocalDate getValidTo() {
        return validTo;
    }

    void setValidTo(@Nullable LocalDate validTo) {
        this.validTo = validTo;
    }

    String getPath() {
        return path;
    }

    int getDepth() {
        return depth;
    }

    Set<AdministrativeUnit> getSuccessors() {
        return successors;
    }

    @Converter
    static class LevelConverter implements AttributeConverter<UnitLevel, String> {

        @Override
        public String convertToDatabaseColumn(UnitLevel level) {
            return level.code();
        }

        @Override
        public UnitLevel convertToEntityAttribute(String code) {
            return UnitLevel.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown level " + code));
        }
    }
}
