package vn.dti.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dti.dashboard.hierarchy.UnitLevel;
import vn.dti.dashboard.hierarchy.UnitSummary;

/**
 * The scope rule itself, without Spring: which unit each role may read and submit for, by materialised path.
 * A REPORTER holds district 12 ({@code /1/12/}); 345 is a commune of it, 13 another district, 678 a commune of
 * 13, 1 the province, and 1200 a unit whose id merely starts with the same digits ({@code /1/1200/}), which a
 * careless prefix test would take for a child of 12.
 */
class CurrentUserTest {

    static final UnitSummary PROVINCE = unit(1, "26", UnitLevel.PROVINCE, "/1/");
    static final UnitSummary DISTRICT = unit(12, "243", UnitLevel.DISTRICT, "/1/12/");
    static final UnitSummary COMMUNE = unit(345, "08707", UnitLevel.COMMUNE, "/1/12/345/");
    static final UnitSummary OTHER_DISTRICT = unit(13, "246", UnitLevel.DISTRICT, "/1/13/");
    static final UnitSummary OTHER_COMMUNE = unit(678, "08761", UnitLevel.COMMUNE, "/1/13/678/");
    static final UnitSummary LOOKALIKE = unit(1200, "248", UnitLevel.DISTRICT, "/1/1200/");

    static UnitSummary unit(long id, String code, UnitLevel level, String path) {
        return new UnitSummary(id, code, "Đơn vị " + code, level, null, null, null, null, path,
                path.split("/").length - 2, List.of());
    }

    static CurrentUser user(String role) {
        return switch (role) {
            case "NOBODY" -> CurrentUser.nobody("x");
            case "REPORTER" -> new CurrentUser("r", Role.REPORTER, Set.of(12L), List.of("/1/12/"));
            default -> new CurrentUser("u", Role.valueOf(role), Set.of(), List.of());
        };
    }

    static UnitSummary target(String name) {
        return switch (name) {
            case "OWN" -> DISTRICT;
            case "CHILD" -> COMMUNE;
            case "PARENT" -> PROVINCE;
            case "OTHER" -> OTHER_DISTRICT;
            case "OTHER_CHILD" -> OTHER_COMMUNE;
            case "LOOKALIKE" -> LOOKALIKE;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} on the {1} unit: read {2}, submit {3}")
    @CsvSource({
        "ADMIN,    OWN,         true,  true",
        "ADMIN,    CHILD,       true,  true",
        "ADMIN,    PARENT,      true,  true",
        "ADMIN,    OTHER,       true,  true",
        "ADMIN,    OTHER_CHILD, true,  true",
        "ADMIN,    LOOKALIKE,   true,  true",
        "LEADER,   OWN,         true,  false",
        "LEADER,   CHILD,       true,  false",
        "LEADER,   PARENT,      true,  false",
        "LEADER,   OTHER,       true,  false",
        "LEADER,   OTHER_CHILD, true,  false",
        "LEADER,   LOOKALIKE,   true,  false",
        "ANALYST,  OWN,         true,  false",
        "ANALYST,  CHILD,       true,  false",
        "ANALYST,  PARENT,      true,  false",
        "ANALYST,  OTHER,       true,  false",
        "ANALYST,  OTHER_CHILD, true,  false",
        "ANALYST,  LOOKALIKE,   true,  false",
        "REPORTER, OWN,         true,  true",
        "REPORTER, CHILD,       true,  true",
        "REPORTER, PARENT,      false, false",
        "REPORTER, OTHER,       false, false",
        "REPORTER, OTHER_CHILD, false, false",
        "REPORTER, LOOKALIKE,   false, false",
        "NOBODY,   OWN,         false, false",
        "NOBODY,   CHILD,       false, false",
        "NOBODY,   OTHER,       false, false"})
    void each_role_reads_and_submits_exactly_the_units_of_the_table(String role, String target, boolean read,
            boolean submit) {
        CurrentUser user = user(role);
        UnitSummary unit = target(target);
        assertThat(user.mayRead(unit)).as("read").isEqualTo(read);
        assertThat(user.maySubmitFor(unit)).as("submit").isEqualTo(submit);
    }

    @ParameterizedTest(name = "{0} submits at all: {1}, sees everything: {2}")
    @CsvSource({"ADMIN, true, true", "LEADER, false, true", "ANALYST, false, true", "REPORTER, true, false",
        "NOBODY, false, false"})
    void only_admins_and_reporters_submit_and_only_reporters_are_scoped(String role, boolean submits,
            boolean everything) {
        assertThat(user(role).maySubmit()).isEqualTo(submits);
        assertThat(user(role).seesEverything()).isEqualTo(everything);
    }

    @org.junit.jupiter.api.Test
    void a_list_of_units_is_cut_to_the_reporters_own_in_its_order() {
        CurrentUser reporter = user("REPORTER");
        assertThat(reporter.readable(List.of(PROVINCE, DISTRICT, OTHER_DISTRICT, COMMUNE, OTHER_COMMUNE)))
                .containsExactly(DISTRICT, COMMUNE);
        assertThat(user("LEADER").submittable(List.of(DISTRICT, COMMUNE))).isEmpty();
    }
}
