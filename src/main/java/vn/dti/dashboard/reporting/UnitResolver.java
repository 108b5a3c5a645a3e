package vn.dti.dashboard.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dti.dashboard.hierarchy.HierarchyChanged;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.hierarchy.UnitSummary;
import vn.dti.dashboard.shared.SearchText;
import vn.dti.dashboard.shared.period.ReportingPeriod;

/**
 * Finds the unit a report names. Sheets name it by official code ("09175"), by code and name
 * ("09175 - Xã Vũ Di", "Xã Vũ Di (09175)") or by name only, often with the authority in front ("UBND xã Vũ
 * Di", "Ủy ban nhân dân phường Đống Đa"). Names match ignoring case, diacritics and the kind of unit
 * ("xã", "phường", "huyện", "Sở" …), but only among units in force in the period, and only when exactly
 * one unit has that name: two communes of the same name in different districts must be named by code.
 */
@Component
class UnitResolver {

    /** What became of the unit text. */
    sealed interface Resolution permits Found, NotFound, NotInForce, Ambiguous {
    }

    record Found(UnitSummary unit) implements Resolution {
    }

    record NotFound() implements Resolution {
    }

    /** The code exists, but not in this period (e.g. a commune merged on 2025-01-01). */
    record NotInForce(List<UnitSummary> versions) implements Resolution {
    }

    record Ambiguous(List<UnitSummary> candidates) implements Resolution {
    }

    private static final Pattern CODE_FIRST = Pattern.compile("^([\\p{Alnum}][\\p{Alnum}_.-]*)\\s*[-–—:]\\s+.+$");
    private static final Pattern CODE_LAST = Pattern.compile("^.+\\(\\s*(?:mã\\s*:?\\s*)?([\\p{Alnum}][\\p{Alnum}_.-]*)\\s*\\)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AUTHORITY = Pattern.compile(
            "^(?:ubnd|uy ban nhan dan|hdnd)\\s+");
    private static final Pattern KIND = Pattern.compile(
            "^(?:tinh|thanh pho|tp\\.?|thi xa|tx\\.?|huyen|quan|xa|phuong|thi tran|tt\\.?|so|ban|cong an|van phong)\\s+");
    private static final Pattern TRAILING_PROVINCE = Pattern.compile("(?<=\\S)\\s+tinh\\s+\\S.*$");
    /**
     * The units in force on a date, by code and by folded name: a bulk workbook asks thousands of times. Kept
     * briefly, and dropped at once when a units import changes the hierarchy.
     */
    private static final Duration CACHE_TIME = Duration.ofSeconds(30);

    private final HierarchyService hierarchy;
    private final Clock clock;
    private final Map<LocalDate, Directory> directories = new ConcurrentHashMap<>();

    private record Directory(Instant loaded, Map<String, UnitSummary> byCode,
            Map<String, List<UnitSummary>> byName) {
    }

    UnitResolver(HierarchyService hierarchy, Clock clock) {
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    Resolution resolve(String text, ReportingPeriod period) {
        String cleaned = text.strip();
        LocalDate day = period.startDate();
        for (String code : codeCandidates(cleaned)) {
            Optional<UnitSummary> unit = inForce(code, period);
            if (unit.isPresent()) {
                return new Found(unit.get());
            }
        }
        Directory directory = directory(day);
        List<UnitSummary> named = directory.byName().getOrDefault(nameKey(cleaned), List.of());
        if (named.size() == 1) {
            return new Found(named.getFirst());
        }
        if (named.size() > 1) {
            return new Ambiguous(named);
        }
        for (String code : codeCandidates(cleaned)) {
            List<UnitSummary> versions = hierarchy.versionsOf(code);
            if (!versions.isEmpty()) {
                return new NotInForce(versions);
            }
        }
        return new NotFound();
    }

    /** In force on the month's first day, or else on its last (a unit founded mid-month reports that month). */
    private Optional<UnitSummary> inForce(String code, ReportingPeriod period) {
        UnitSummary atStart = directory(period.startDate()).byCode().get(code);
        return atStart != null ? Optional.of(atStart)
                : Optional.ofNullable(directory(period.endDate()).byCode().get(code));
    }

    /** A units import changed the hierarchy: the next question loads it afresh. */
    @TransactionalEventListener
    void on(HierarchyChanged event) {
        directories.clear();
    }

    private static List<String> codeCandidates(String text) {
        List<String> codes = new ArrayList<>();
        if (!text.contains(" ")) {
            codes.add(text);
        }
        Matcher first = CODE_FIRST.matcher(text);
        if (first.matches()) {
            codes.add(first.group(1));
        }
        Matcher last = CODE_LAST.matcher(text);
        if (last.matches()) {
            codes.add(last.group(1));
        }
        return codes;
    }

    private Directory directory(LocalDate day) {
        Instant now = clock.instant();
        Directory cached = directories.get(day);
        if (cached != null && cached.loaded().plus(CACHE_TIME).isAfter(now)) {
            return cached;
        }
        Map<String, UnitSummary> byCode = new HashMap<>();
        Map<String, List<UnitSummary>> byName = new HashMap<>();
        for (UnitSummary unit : hierarchy.unitsInForce(day)) {
            byCode.put(unit.code(), unit);
            byName.computeIfAbsent(nameKey(unit.name()), k -> new ArrayList<>()).add(unit);
        }
        Directory loaded = new Directory(now, byCode, byName);
        directories.put(day, loaded);
        return loaded;
    }

    /** "UBND xã Vũ Di" and "Xã Vũ Di" and "vu di" give the same key. */
    static String nameKey(String name) {
        String key = SearchText.fold(name).replaceAll("[^\\p{Alnum} ]", " ").replaceAll("\\s+", " ").strip();
        key = AUTHORITY.matcher(key).replaceFirst("");
        String previous;
        do {
            previous = key;
            key = KIND.matcher(key).replaceFirst("");
        } while (!key.equals(previous));
        // "Sở Nội vụ tỉnh Vĩnh Phúc" is "Sở Nội vụ" in its own province's sheets.
        return TRAILING_PROVINCE.matcher(key).replaceFirst("");
    }
}
