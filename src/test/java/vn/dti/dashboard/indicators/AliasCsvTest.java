package vn.dti.dashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dti.dashboard.indicators.AliasCsv.AliasEntry;
import vn.dti.dashboard.indicators.CatalogCsv.CatalogEntry;

/** The shipped alias file, read as the app reads it, and the checks that keep every alias unambiguous. */
class AliasCsvTest {

    private final List<CatalogEntry> catalogue = CatalogCsv.readShipped().indicators();
    private final List<AliasEntry> shipped = AliasCsv.readShipped(catalogue);

    @Test
    void the_shipped_file_has_151_aliases_for_64_indicators() {
        assertThat(shipped).hasSize(151);
        assertThat(shipped.stream().map(AliasEntry::code).distinct()).hasSize(64);
        assertThat(shipped).filteredOn(a -> a.alias().equals("Tỷ lệ HSTT")).singleElement()
                .extracting(AliasEntry::code, AliasEntry::key)
                .containsExactly("DOSSIERS_ONLINE_RATE", "ty le hstt");
    }

    @Test
    void names_from_real_reports_are_aliases_of_the_right_indicator() {
        Map<String, String> byAlias = shipped.stream().collect(Collectors.toMap(AliasEntry::alias, AliasEntry::code));
        assertThat(byAlias).containsEntry("Tỷ lệ hồ sơ trực tuyến", "DOSSIERS_ONLINE_RATE")
                .containsEntry("Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến/tổng số hồ sơ", "DOSSIERS_ONLINE_RATE")
                .containsEntry("Trong đó: tiếp nhận trực tuyến", "DOSSIERS_RECEIVED_ONLINE")
                .containsEntry("Số tổ CNSCĐ", "CDT_TEAMS")
                .containsEntry("Số thành viên tổ CNSCĐ", "CDT_MEMBERS")
                .containsEntry("Số tài khoản định danh điện tử đã kích hoạt", "EID_ACTIVATED")
                .containsEntry("Số CBCCVC có chữ ký số", "OFFICIALS_WITH_DIGITAL_SIGNATURE");
    }

    @Test
    void every_catalogue_name_has_a_key_of_its_own_and_no_alias_reads_like_another_indicator() {
        Map<String, String> owner = new HashMap<>();
        for (CatalogEntry entry : catalogue) {
            assertThat(owner.put(IndicatorNames.key(entry.nameVi()), entry.code())).as(entry.code()).isNull();
        }
        // With abbreviations written out, too: the reader's second try must not find two indicators either.
        Map<String, String> expanded = new HashMap<>();
        for (CatalogEntry entry : catalogue) {
            expanded.put(IndicatorNames.expandedKey(entry.nameVi()), entry.code());
        }
        assertThat(expanded).hasSize(75);
        for (AliasEntry alias : shipped) {
            String other = expanded.putIfAbsent(IndicatorNames.expandedKey(alias.alias()), alias.code());
            assertThat(other == null || other.equals(alias.code())).as(alias.alias() + " also reads as " + other)
                    .isTrue();
        }
    }

    @Test
    void unknown_codes_twins_and_other_indicators_names_are_refused_with_their_lines() {
        String csv = """
                code,alias
                DOSSIERS_ONLINE_RATE,Tỷ lệ HSTT
                NO_SUCH_CODE,Số gì đó
                DOSSIERS_ONLINE_RATE,"1. TỶ LỆ HSTT (%)"
                CDT_TEAMS,Số thành viên Tổ công nghệ số cộng đồng
                CDT_TEAMS,"(—)"
                """;
        assertThatThrownBy(() -> AliasCsv.read(new StringReader(csv), "aliases.csv", catalogue))
                .isInstanceOfSatisfying(CatalogFileException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 3 (Số gì đó): code NO_SUCH_CODE is not in the catalogue",
                        "line 4 (1. TỶ LỆ HSTT (%)): reads the same as line 2 (Tỷ lệ HSTT)",
                        "line 5 (Số thành viên Tổ công nghệ số cộng đồng): is the name of CDT_MEMBERS, not of CDT_TEAMS",
                        "line 6 ((—)): the alias has no letters or digits"));
    }
}
