package vn.dti.dashboard.hierarchy;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A unit version as other features and views see it. {@code id} is the stable identity; {@code code} is
 * the official code, which can be reused by a later unit. {@code path} lists ids from the root
 * ("/1/12/345/"), {@code depth} counts ancestors (province = 0).
 */
public record UnitSummary(long id, String code, String name, UnitLevel level, @Nullable Long parentId,
        @Nullable String parentCode, @Nullable LocalDate validFrom, @Nullable LocalDate validTo, String path,
        int depth, List<UnitRef> successors) {

    public UnitSummary {
        successors = List.copyOf(successors);
    }

    /** The ids on the path, the province first and this unit last. */
    public List<Long> pathIds() {
        List<Long> ids = new java.util.ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return List.copyOf(ids);
    }

    /** Whether this version is in force on the date (validity dates inclusive, open ends unbounded). */
    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    /** Whether the other unit is this unit or one of its descendants. */
    public boolean contains(UnitSummary other) {
        return other.path().startsWith(path);
    }
}
