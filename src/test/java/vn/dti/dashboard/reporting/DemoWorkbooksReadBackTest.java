package vn.dti.dashboard.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dti.dashboard.hierarchy.HierarchyService;
import vn.dti.dashboard.indicators.IndicatorService;
import vn.dti.dashboard.reporting.DemoWorkbook.DemoReport;
import vn.dti.dashboard.reporting.workbook.ReportDraft;
import vn.dti.dashboard.reporting.workbook.ReportLayout;
import vn.dti.dashboard.reporting.workbook.ReportWorkbookReader;
import vn.dti.dashboard.reporting.workbook.WorkbookReading;
import vn.dti.dashboard.shared.period.ReportingPeriod;
import vn.dti.dashboard.shared.spreadsheet.Spreadsheet;
import vn.dti.dashboard.shared.spreadsheet.SpreadsheetReader;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * Every demo workbook of four months (the first, Tết 2024, the first after the 2025 mergers, the last) reads back
 * through the upload's own readers into exactly the generated figures, with the unit and month its header names.
 */
class DemoWorkbooksReadBackTest extends IntegrationTest {

    static final Set<YearMonth> MONTHS = Set.of(YearMonth.of(2023, 7), YearMonth.of(2024, 2), YearMonth.of(2025, 1),
            YearMonth.of(2025, 6));

    @Autowired
    HierarchyService hierarchy;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ReportingCatalogue catalogue;
    @Autowired
    UnitResolver units;

    @Test
    void every_workbook_reads_back_into_its_units_month_and_figures_without_an_error() throws Exception {
        DemoReportGenerator generator = new DemoReportGenerator(indicators.catalogue(), indicators.aliases(),
                hierarchy::unitsInForce);
        SpreadsheetReader spreadsheets = new SpreadsheetReader(SubmissionService.LIMITS);
        ReportWorkbookReader reader = new ReportWorkbookReader();
        int workbooks = 0;
        int reports = 0;
        int typedUnits = 0;
        for (YearMonth month : MONTHS) {
            for (DemoWorkbook workbook : generator.generate(month, month).workbooks()) {
                workbooks++;
                Spreadsheet spreadsheet = spreadsheets.read(workbook.fileName(), workbook.content(),
                        SpreadsheetReader.WORKBOOKS);
                WorkbookReading reading = reader.read(spreadsheet, catalogue.lookup());
                assertThat(reading.errors()).as(workbook.fileName()).isEmpty();
                assertThat(reading.warnings()).as(workbook.fileName()).allSatisfy(w -> assertThat(w.messageKey())
                        .isEqualTo(ReportValueParser.TEXT_DROPPED));
                typedUnits += reading.warnings().size();
                assertThat(reading.reports()).as(workbook.fileName()).hasSameSizeAs(workbook.reports());
                for (int i = 0; i < workbook.reports().size(); i++) {
                    DemoReport expected = workbook.reports().get(i);
                    ReportDraft draft = reading.reports().get(i);
                    ReportingPeriod period = ReportingPeriod.ofMonth(month);
                    assertThat(draft.period().period()).isEqualTo(period);
                    assertThat(units.resolve(draft.unit().text(), period)).as(workbook.fileName() + " " + draft.unit())
                            .isInstanceOfSatisfying(UnitResolver.Found.class,
                                    found -> assertThat(found.unit().code()).isEqualTo(expected.unitCode()));
                    Map<String, BigDecimal> read = draft.values().stream().collect(Collectors.toMap(
                            ReportDraft.DraftValue::indicator, ReportDraft.DraftValue::number));
                    assertThat(read).as(workbook.fileName() + " " + expected.unitCode())
                            .containsExactlyInAnyOrderEntriesOf(expected.values());
                    assertThat(draft.layout()).isIn(expected.fromMatrix() ? List.of(ReportLayout.MATRIX)
                            : List.of(ReportLayout.NAME_VALUE, ReportLayout.CODE_VALUE));
                    reports++;
                }
            }
        }
        assertThat(workbooks).isEqualTo(552);
        assertThat(reports).isEqualTo(1_066);
        // "1.240 tổ": the offices that type units after their figures get the reader's warning, nothing else.
        assertThat(typedUnits).isEqualTo(60);
    }
}
