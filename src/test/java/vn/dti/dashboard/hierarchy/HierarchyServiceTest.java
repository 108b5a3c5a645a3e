package vn.dti.dashboard.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dti.dashboard.testsupport.IntegrationTest;

/** The demo hierarchy as stored in the real H2 database, asked on different dates. */
class HierarchyServiceTest extends IntegrationTest {

    static final LocalDate MID_2024 = LocalDate.of(2024, 6, 1);
    static final LocalDate EARLY_2025 = LocalDate.of(2025, 3, 1);
    static final LocalDate AFTER_JULY_2025 = LocalDate.of(2025, 8, 1);

    @Autowired
    HierarchyService hierarchy;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private Map<UnitLevel, Long> countByLevel(LocalDate date) {
        return hierarchy.unitsInForce(date).stream()
                .collect(Collectors.groupingBy(UnitSummary::level, Collectors.counting()));
    }

    @Test
    void in_mid_2024_vinh_phuc_has_9_districts_and_136_communes() {
        assertThat(countByLevel(MID_2024)).containsExactlyInAnyOrderEntriesOf(Map.of(
                UnitLevel.PROVINCE, 1L, UnitLevel.DISTRICT, 9L, UnitLevel.COMMUNE, 136L, UnitLevel.DEPARTMENT, 6L));
    }

    @Test
    void the_january_2025_mergers_leave_121_communes() {
        assertThat(countByLevel(EARLY_2025)).containsEntry(UnitLevel.COMMUNE, 121L)
                .containsEntry(UnitLevel.DISTRICT, 9L);
    }

    @Test
    void after_july_2025_there_are_no_districts_and_36_communes_hang_under_phu_tho() {
        assertThat(countByLevel(AFTER_JULY_2025)).containsExactlyInAnyOrderEntriesOf(Map.of(
                UnitLevel.PROVINCE, 1L, UnitLevel.COMMUNE, 36L, UnitLevel.DEPARTMENT, 4L));
        UnitSummary phuTho = hierarchy.findInForce("25", AFTER_JULY_2025).orElseThrow();
        assertThat(hierarchy.children(phuTho.id(), AFTER_JULY_2025))
                .filteredOn(u -> u.level() == UnitLevel.COMMUNE).hasSize(36);
    }

    @Test
    void a_reused_code_means_the_unit_in_force_on_the_date() {
        assertThat(hierarchy.findInForce("08716", MID_2024).orElseThrow().name()).isEqualTo("Phường Đống Đa");
        assertThat(hierarchy.findInForce("08716", AFTER_JULY_2025).orElseThrow().name())
                .isEqualTo("Phường Vĩnh Phúc");
        assertThat(hierarchy.findInForce("08740", EARLY_2025).orElseThrow().name()).isEqualTo("Phường Hai Bà Trưng");
        assertThat(hierarchy.findInForce("243", AFTER_JULY_2025)).isEmpty();
    }

    @Test
    void descendants_come_from_the_materialised_path_and_respect_the_date() {
        UnitSummary province = hierarchy.findInForce("26", MID_2024).orElseThrow();
        assertThat(hierarchy.descendants(province.id(), MID_2024)).hasSize(9 + 136 + 6);

        UnitSummary vinhTuong = hierarchy.findInForce("252", MID_2024).orElseThrow();
        assertThat(hierarchy.descendants(vinhTuong.id(), MID_2024)).hasSize(28)
                .allSatisfy(u -> assertThat(u.path()).startsWith(vinhTuong.path()))
                .allSatisfy(u -> assertThat(u.depth()).isEqualTo(2));
        // 15 of Vĩnh Tường's communes merged into 7 on 2025-01-01: 28 - 15 + 7 = 20.
        assertThat(hierarchy.children(vinhTuong.id(), EARLY_2025)).hasSize(20);
    }

    @Test
    void paths_run_from_the_province_through_the_district_to_the_commune() {
        UnitSummary province = hierarchy.findInForce("26", MID_2024).orElseThrow();
        UnitSummary district = hierarchy.findInForce("252", MID_2024).orElseThrow();
        UnitSummary commune = hierarchy.findInForce("09130", MID_2024).orElseThrow(); // Xã Vũ Di
        assertThat(commune.name()).isEqualTo("Xã Vũ Di");
        assertThat(province.path()).isEqualTo("/" + province.id() + "/");
        assertThat(district.path()).isEqualTo(province.path() + district.id() + "/");
        assertThat(commune.path()).isEqualTo(district.path() + commune.id() + "/");
        assertThat(commune.parentCode()).isEqualTo("252");
        assertThat(province.contains(commune)).isTrue();
        assertThat(commune.contains(province)).isFalse();
    }

    @Test
    void merged_units_point_to_their_successor_and_back() {
        UnitSummary trungNhi = hierarchy.findInForce("08740", MID_2024).orElseThrow();
        UnitSummary haiBaTrung = hierarchy.findInForce("08740", EARLY_2025).orElseThrow();
        assertThat(trungNhi.validTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(trungNhi.successors()).extracting(UnitRef::id).containsExactly(haiBaTrung.id());
        assertThat(hierarchy.predecessors(haiBaTrung.id())).extracting(UnitRef::name)
                .containsExactly("Phường Trưng Trắc", "Phường Trưng Nhị");
        UnitSummary phucYen = hierarchy.findInForce("08740", AFTER_JULY_2025).orElseThrow();
        assertThat(haiBaTrung.successors()).extracting(UnitRef::id).containsExactly(phucYen.id());
        assertThat(hierarchy.predecessors(phucYen.id())).hasSize(5); // 6 communes of 2024, 2 merged in 2025-01
    }

    @Test
    void a_unit_whose_successor_is_unknown_stays_without_one() {
        // Hồng Phương vanished from the GSO list on 2025-01-01; no source says which unit absorbed it.
        UnitSummary hongPhuong = hierarchy.findInForce("09058", MID_2024).orElseThrow();
        assertThat(hongPhuong.validTo()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(hongPhuong.successors()).isEmpty();
    }

    @Test
    void units_in_force_list_parents_before_children() {
        List<UnitSummary> units = hierarchy.unitsInForce(MID_2024);
        Map<Long, Integer> position = units.stream()
                .collect(Collectors.toMap(UnitSummary::id, units::indexOf));
        Map<Long, UnitSummary> byId = units.stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        assertThat(units).allSatisfy(u -> {
            if (u.parentId() != null) {
                assertThat(byId).containsKey(u.parentId());
                assertThat(position.get(u.parentId())).isLessThan(position.get(u.id()));
            }
        });
    }

    @Test
    void the_hierarchy_kept_in_memory_answers_exactly_as_the_tables() {
        // Outside a transaction the service answers from the kept hierarchy; inside a writing one from the tables.
        var writing = new org.springframework.transaction.support.TransactionTemplate(transactions);
        List<LocalDate> dates = List.of(LocalDate.of(2019, 1, 1), MID_2024, LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 1, 1), EARLY_2025, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), AFTER_JULY_2025);
        List<UnitSummary> every = writing.execute(t -> dates.stream()
                .flatMap(d -> hierarchy.unitsInForce(d).stream()).distinct().toList());
        assertThat(every).hasSizeGreaterThan(180);
        int compared = 0;
        for (LocalDate date : dates) {
            assertThat(hierarchy.unitsInForce(date)).isEqualTo(writing.execute(t -> hierarchy.unitsInForce(date)));
            for (UnitSummary unit : every) {
                long id = unit.id();
                assertThat(hierarchy.findInForce(unit.code(), date)).as("%s on %s", unit.code(), date)
                        .isEqualTo(writing.execute(t -> hierarchy.findInForce(unit.code(), date)));
                assertThat(hierarchy.children(id, date)).as("children of %s on %s", unit.code(), date)
                        .isEqualTo(writing.execute(t -> hierarchy.children(id, date)));
                assertThat(hierarchy.descendants(id, date)).as("below %s on %s", unit.code(), date)
                        .isEqualTo(writing.execute(t -> hierarchy.descendants(id, date)));
                compared++;
            }
        }
        for (UnitSummary unit : every) {
            long id = unit.id();
            assertThat(hierarchy.find(id)).isEqualTo(writing.execute(t -> hierarchy.find(id)));
            assertThat(hierarchy.versionsOf(unit.code())).as("versions of %s", unit.code())
                    .isEqualTo(writing.execute(t -> hierarchy.versionsOf(unit.code())));
            assertThat(hierarchy.descendantsEver(id)).isEqualTo(writing.execute(t -> hierarchy.descendantsEver(id)));
            assertThat(hierarchy.unitIdsUnder(id)).containsExactlyInAnyOrderElementsOf(
                    writing.execute(t -> hierarchy.unitIdsUnder(id)));
            assertThat(hierarchy.predecessors(id)).isEqualTo(writing.execute(t -> hierarchy.predecessors(id)));
        }
        assertThat(compared).isEqualTo(every.size() * dates.size());
        // The reused code 08716: the 2024 ward first, the 2025 merged ward second, on both databases.
        assertThat(hierarchy.versionsOf("08716")).extracting(UnitSummary::name)
                .containsExactly("Phường Đống Đa", "Phường Vĩnh Phúc");
    }
}
