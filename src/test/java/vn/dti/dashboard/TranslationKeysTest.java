package vn.dti.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dti.dashboard.audit.AuditActions;
import vn.dti.dashboard.hierarchy.UnitLevel;
import vn.dti.dashboard.indicators.IndicatorRole;
import vn.dti.dashboard.indicators.Pillar;
import vn.dti.dashboard.indicators.TargetComparison;
import vn.dti.dashboard.indicators.TargetScope;
import vn.dti.dashboard.indicators.TimeAggregation;
import vn.dti.dashboard.indicators.UnitAggregation;
import vn.dti.dashboard.indicators.ValueType;
import vn.dti.dashboard.security.Role;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetRejectedException;

/**
 * Every user-facing text exists in Vietnamese and in English: the two languages have the same keys, no
 * text is blank, and every key the code names (as a string literal) exists.
 */
class TranslationKeysTest {

    static final Map<String, String> VI = Messages.loadAll("vi");
    static final Map<String, String> EN = Messages.loadAll("en");
    static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:shared|hierarchy|indicators|security|reporting|rollup|targets|dashboard|export|audit)\\.[a-z0-9.-]+)\"");

    @Test
    void vietnamese_and_english_have_the_same_keys() {
        assertThat(new TreeSet<>(EN.keySet())).as("keys missing in English are those only in Vietnamese")
                .containsExactlyElementsOf(new TreeSet<>(VI.keySet()));
    }

    @Test
    void no_text_is_blank() {
        assertThat(VI).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        assertThat(EN).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
    }

    @Test
    void every_key_named_in_the_code_exists_in_both_languages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    // A prefix completed at run time is checked below; a file name (targets.csv) is no key.
                    if (!matcher.group(1).endsWith(".") && !matcher.group(1).matches(".*\\.(csv|xlsx)")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(VI.keySet()).containsAll(used);
        assertThat(EN.keySet()).containsAll(used);
    }

    private static <E> String[] codes(E[] values, java.util.function.Function<E, String> code) {
        return java.util.Arrays.stream(values).map(code).toArray(String[]::new);
    }

    @Test
    void keys_completed_at_run_time_exist() {
        for (UnitLevel level : UnitLevel.values()) {
            assertThat(VI).containsKey("hierarchy.level." + level.code());
        }
        Map<String, String[]> indicatorVocabularies = Map.of(
                "indicators.value-type.", codes(ValueType.values(), ValueType::code),
                "indicators.agg-units.", codes(UnitAggregation.values(), UnitAggregation::code),
                "indicators.agg-time.", codes(TimeAggregation.values(), TimeAggregation::code),
                "indicators.level.", codes(vn.dti.dashboard.indicators.UnitLevel.values(),
                        vn.dti.dashboard.indicators.UnitLevel::code),
                "indicators.role.", codes(IndicatorRole.values(), IndicatorRole::code),
                "indicators.scope.", codes(TargetScope.values(), TargetScope::code),
                "indicators.comparison.", codes(TargetComparison.values(), TargetComparison::code),
                "indicators.pillar.", codes(Pillar.values(), Pillar::code));
        indicatorVocabularies.forEach((prefix, codes) -> {
            for (String code : codes) {
                assertThat(VI).containsKey(prefix + code);
                assertThat(EN).containsKey(prefix + code);
            }
        });
        for (SpreadsheetRejectedException.Reason reason : Set.of(SpreadsheetRejectedException.Reason.NOT_A_SPREADSHEET,
                SpreadsheetRejectedException.Reason.ENCRYPTED, SpreadsheetRejectedException.Reason.MACROS)) {
            assertThat(VI).containsKey("hierarchy.import.error.not-a-spreadsheet."
                    + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        for (vn.dti.dashboard.targets.Status status : vn.dti.dashboard.targets.Status.values()) {
            assertThat(EN).containsKey("dashboard.status." + status.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(VI).containsKey("dashboard.status." + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (vn.dti.dashboard.dashboard.DashboardService.ReportState state
                : vn.dti.dashboard.dashboard.DashboardService.ReportState.values()) {
            assertThat(EN).containsKey("dashboard.state." + state.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(VI).containsKey("dashboard.state." + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (vn.dti.dashboard.shared.period.PeriodType type : vn.dti.dashboard.shared.period.PeriodType.values()) {
            assertThat(EN).containsKey("dashboard.period.type." + type.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(VI).containsKey("dashboard.period.type." + type.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (Role role : Role.values()) {
            assertThat(VI).containsKey("security.role." + role.name());
            assertThat(EN).containsKey("security.role." + role.name());
        }
        for (String action : AuditActions.ALL) {
            assertThat(VI).containsKey("audit.action." + action);
            assertThat(EN).containsKey("audit.action." + action);
        }
        for (SpreadsheetRejectedException.Reason reason : SpreadsheetRejectedException.Reason.values()) {
            String key = "reporting.refused.file." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            assertThat(VI).containsKey(key);
            assertThat(EN).containsKey(key);
        }
    }
}
