package vn.dti.dashboard.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.authorization.AuthorizationDeniedException;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * Units import against the real H2 database: all rows or none. Rejected imports are checked by counting
 * the rows of both tables before and after; accepted ones use made-up provinces valid from 2030 (codes
 * 96, 97), so the demo hierarchy that other tests count on earlier dates stays as it is.
 */
@WithMockUser(roles = "ADMIN")
class UnitImportTest extends IntegrationTest {

    static final String HEADER = "code,name,level,parent_code,valid_from,valid_to,successor_code\n";

    @Autowired
    UnitImportService imports;
    @Autowired
    HierarchyService hierarchy;
    @Autowired
    JdbcTemplate jdbc;

    private long unitRows() {
        return jdbc.queryForObject("select count(*) from administrative_unit", Long.class);
    }

    private long successorRows() {
        return jdbc.queryForObject("select count(*) from administrative_unit_successor", Long.class);
    }

    private static byte[] csv(String body) {
        return (HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rejected_upload_changes_nothing_and_names_every_bad_row() {
        long units = unitRows();
        long successors = successorRows();
        byte[] file = csv("""
                91,Tỉnh Thử Nghiệm,province,,2030-01-01,,
                91001,Xã Tốt,commune,91,2030-01-01,,
                91002,Xã Không Cha,commune,999,2030-01-01,,
                91003,,commune,91,2030-01-01,,
                91004,Xã Cấp Lạ,hamlet,91,2030-01-01,,
                91005,Xã Ngày Sai,commune,91,2030-02-30,,
                08716,Phường Trùng Mã,commune,243,2024-01-01,2024-12-31,
                91001,Xã Tốt Lần Hai,commune,91,2030-06-01,,
                """);

        assertThatThrownBy(() -> imports.importFile("units.csv", file))
                .isInstanceOfSatisfying(UnitImportException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.error()).isEqualTo("invalid_units");
                    assertThat(e.problems()).extracting(UnitImportProblem::row, UnitImportProblem::field,
                            UnitImportProblem::messageKey).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(4, "parent_code", "hierarchy.import.error.unknown-parent"),
                            org.assertj.core.groups.Tuple.tuple(5, "name", "hierarchy.import.error.missing-name"),
                            org.assertj.core.groups.Tuple.tuple(6, "level", "hierarchy.import.error.unknown-level"),
                            org.assertj.core.groups.Tuple.tuple(7, "valid_from", "hierarchy.import.error.bad-date"),
                            org.assertj.core.groups.Tuple.tuple(8, "code", "hierarchy.import.error.duplicate"),
                            org.assertj.core.groups.Tuple.tuple(9, "code", "hierarchy.import.error.duplicate-in-file"));
                    assertThat(e.getMessage()).isEqualTo("Tệp có 6 dòng không hợp lệ; không đơn vị nào được nhập.");
                    assertThat(e.details()).first().isEqualTo(new UnitImportProblem.Detail(4, "91002",
                            "parent_code", "Không tìm thấy đơn vị cấp trên có mã 999."));
                });

        assertThat(unitRows()).isEqualTo(units);
        assertThat(successorRows()).isEqualTo(successors);
    }

    @Test
    void a_cycle_of_parents_is_reported_on_each_row() {
        long units = unitRows();
        byte[] file = csv("""
                92001,Xã A,commune,92002,2030-01-01,,
                92002,Xã B,commune,92001,2030-01-01,,
                """);
        assertThatThrownBy(() -> imports.importFile("units.csv", file))
                .isInstanceOfSatisfying(UnitImportException.class, e -> assertThat(e.problems())
                        .extracting(UnitImportProblem::row, UnitImportProblem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple(2, "hierarchy.import.error.cycle"),
                                org.assertj.core.groups.Tuple.tuple(3, "hierarchy.import.error.cycle"),
                                org.assertj.core.groups.Tuple.tuple(2, "hierarchy.import.error.parent-level")));
        assertThat(unitRows()).isEqualTo(units);
    }

    @Test
    void a_missing_header_column_is_reported_on_the_header_row() {
        byte[] file = "code,name,level\n93,Tỉnh X,province\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importFile("units.csv", file))
                .isInstanceOfSatisfying(UnitImportException.class, e -> assertThat(e.problems())
                        .extracting(UnitImportProblem::row, UnitImportProblem::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "parent_code")));
    }

    @Test
    void files_that_are_not_spreadsheets_answer_415_and_oversized_ones_413() {
        assertThatThrownBy(() -> imports.importFile("units.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnitImportException.class, e -> assertThat(e.status().value()).isEqualTo(415));
        assertThatThrownBy(() -> imports.importFile("units.xlsx", csv("94,Tỉnh,province,,,,\n")))
                .isInstanceOfSatisfying(UnitImportException.class, e -> assertThat(e.status().value()).isEqualTo(415));
        assertThatThrownBy(() -> imports.importFile("units.csv", new byte[21 * 1024 * 1024]))
                .isInstanceOfSatisfying(UnitImportException.class, e -> assertThat(e.status().value()).isEqualTo(413));
        assertThatThrownBy(() -> imports.importFile("units.csv", new byte[0]))
                .isInstanceOfSatisfying(UnitImportException.class, e -> assertThat(e.status().value()).isEqualTo(422));
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void only_an_administrator_may_import() {
        long units = unitRows();
        assertThatThrownBy(() -> imports.importFile("units.csv", csv("95,Tỉnh,province,,2030-01-01,,\n")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(unitRows()).isEqualTo(units);
    }

    @Test
    void accepted_import_creates_then_updates_by_code_and_start_of_validity() {
        long units = unitRows();
        UnitImportResult first = imports.importFile("units.csv", csv("""
                96,Tỉnh Thử Nghiệm,province,,2030-01-01,,
                96001,Xã Một,commune,96,2030-01-01,,
                96002,Xã Hai,commune,96,2030-01-01,,
                """));
        assertThat(first).isEqualTo(new UnitImportResult(3, 0, 0));
        assertThat(unitRows()).isEqualTo(units + 3);

        // Close Xã Một and Xã Hai at the end of 2031; they merge into Xã Ba from 2032 (which reuses 96001).
        UnitImportResult second = imports.importFile("units.csv", csv("""
                96,Tỉnh Thử Nghiệm,province,,2030-01-01,,
                96001,Xã Một,commune,96,2030-01-01,2031-12-31,96001
                96002,Xã Hai,commune,96,2030-01-01,2031-12-31,96001
                96001,Xã Ba,commune,96,2032-01-01,,
                """));
        assertThat(second).isEqualTo(new UnitImportResult(1, 2, 1));
        assertThat(unitRows()).isEqualTo(units + 4);

        LocalDate in2031 = LocalDate.of(2031, 6, 1);
        LocalDate in2032 = LocalDate.of(2032, 6, 1);
        UnitSummary province = hierarchy.findInForce("96", in2032).orElseThrow();
        assertThat(hierarchy.children(province.id(), in2031)).extracting(UnitSummary::name)
                .containsExactly("Xã Một", "Xã Hai"); // by code: 96001, 96002
        assertThat(hierarchy.children(province.id(), in2032)).extracting(UnitSummary::name).containsExactly("Xã Ba");
        UnitSummary ba = hierarchy.findInForce("96001", in2032).orElseThrow();
        assertThat(ba.path()).isEqualTo(province.path() + ba.id() + "/");
        assertThat(hierarchy.predecessors(ba.id())).extracting(UnitRef::name).containsExactlyInAnyOrder("Xã Một", "Xã Hai");
    }

    @Test
    void xlsx_import_reads_iso_dates_and_restores_leading_zeros_excel_dropped() throws Exception {
        byte[] workbook = WorkbookFixture.xlsx(new Object[][] {
            {"code", "name", "level", "parent_code", "valid_from"},
            {"97", "Tỉnh Excel", "province", "", LocalDate.of(2030, 1, 1)},
            {"970", "Huyện Excel", "district", 97, LocalDate.of(2030, 1, 1)},
            {9701, "Xã Excel", "commune", 970, LocalDate.of(2030, 1, 1)}});
        assertThat(imports.importFile("units.xlsx", workbook).created()).isEqualTo(3);
        UnitSummary commune = hierarchy.findInForce("09701", LocalDate.of(2030, 1, 1)).orElseThrow();
        assertThat(commune.name()).isEqualTo("Xã Excel");
        assertThat(commune.parentCode()).isEqualTo("970");
        assertThat(commune.validFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
    }
}
