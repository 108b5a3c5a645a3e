package vn.dti.dashboard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dti.dashboard.reporting.ReportValueParser.Kind.COUNT;
import static vn.dti.dashboard.reporting.ReportValueParser.Kind.NUMBER;
import static vn.dti.dashboard.reporting.ReportValueParser.Kind.PERCENT;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dti.dashboard.reporting.ReportValueParser.Blank;
import vn.dti.dashboard.reporting.ReportValueParser.Kind;
import vn.dti.dashboard.reporting.ReportValueParser.Message;
import vn.dti.dashboard.reporting.ReportValueParser.Problem;
import vn.dti.dashboard.reporting.ReportValueParser.Result;
import vn.dti.dashboard.reporting.ReportValueParser.Value;

class ReportValueParserTest {

    private static final String PREFIX = "reporting.value.";

    /** Warnings are written without the common prefix, as {@code key=arg;arg}, several joined by {@code &}. */
    @ParameterizedTest(name = "\"{0}\" as {1} (numeric cell: {2}) reads {3} {4}")
    @CsvSource(delimiter = '|', value = {
        // Vietnamese text notation: dot groups thousands, comma is the decimal mark
        "881.286          | COUNT   | false | 881286     |",
        "1.240.500        | COUNT   | false | 1240500    |",
        "1.865            | COUNT   | false | 1865       |",
        "1.500            | COUNT   | false | 1500       |",
        "10,38            | NUMBER  | false | 10.38      |",
        "1.234,5          | NUMBER  | false | 1234.5     |",
        "10,3800          | NUMBER  | false | 10.38      |",
        "0,125            | NUMBER  | false | 0.125      |",
        "0                | COUNT   | false | 0          |",
        "+12              | COUNT   | false | 12         |",
        "'  42  '         | COUNT   | false | 42         |",
        "'1.240\u00A0tổ'  | COUNT   | false | 1240       | text-dropped=tổ",
        // numeric cells: machine notation, comma grouping only from a #,##0 format
        "881286           | COUNT   | true  | 881286     |",
        "881,286          | COUNT   | true  | 881286     |",
        "0.1038           | NUMBER  | true  | 0.1038     |",
        "881.286          | NUMBER  | true  | 881.286    |",
        "1234.50          | NUMBER  | true  | 1234.5     |",
        "1.5E+3           | COUNT   | true  | 1500       |",
        // percentages
        "10,38%           | PERCENT | false | 10.38      |",
        "28,61 %          | PERCENT | false | 28.61      |",
        "100%             | PERCENT | false | 100        |",
        "0%               | PERCENT | false | 0          |",
        "10.38%           | PERCENT | true  | 10.38      |",
        "46               | PERCENT | false | 46         |",
        "46               | PERCENT | true  | 46         |",
        "100              | PERCENT | false | 100        |",
        "0.1038           | PERCENT | true  | 0.1038     | percent-maybe-fraction=0.1038;10.38",
        "1                | PERCENT | true  | 1          | percent-maybe-fraction=1;100",
        "0,5              | PERCENT | false | 0.5        | percent-maybe-fraction=0.5;50",
        "0,5%             | PERCENT | false | 0.5        |",
        "'70,65% (835.000 dân số trưởng thành)' | PERCENT | false | 70.65 | text-dropped=(835.000 dân số trưởng thành)",
        // units and words after the number
        "1.240 tổ         | COUNT   | false | 1240       | text-dropped=tổ",
        "9.880 thành viên | COUNT   | false | 9880       | text-dropped=thành viên",
        "35 phút/ngày     | NUMBER  | false | 35         | text-dropped=phút/ngày",
        "625.200 tài khoản, đạt hơn 86% | COUNT | false | 625200 | text-dropped=tài khoản, đạt hơn 86%",
        // qualitative prefixes
        "trên 10.000      | COUNT   | false | 10000      | approximate=trên",
        "hơn 625.200      | COUNT   | false | 625200     | approximate=hơn",
        "> 6.400          | COUNT   | false | 6400       | approximate=>",
        "≥6.400           | COUNT   | false | 6400       | approximate=≥",
        "khoảng 800       | COUNT   | false | 800        | approximate=khoảng",
        "TRÊN 1.500       | COUNT   | false | 1500       | approximate=TRÊN",
        "tren 1.500       | COUNT   | false | 1500       | approximate=tren",
        "Hơn 46%          | PERCENT | false | 46         | approximate=Hơn",
        "gần 1.200 hộ     | COUNT   | false | 1200       | approximate=gần & text-dropped=hộ",
        // scale words
        "800 nghìn        | COUNT   | false | 800000     |",
        "800 ngàn         | COUNT   | false | 800000     |",
        "800 NGHIN        | COUNT   | false | 800000     |",
        "17 triệu         | COUNT   | false | 17000000   |",
        "1,5 tỷ           | COUNT   | false | 1500000000 |",
        "1,5 tỉ           | COUNT   | false | 1500000000 |",
        "1,5 tỷ đồng      | NUMBER  | false | 1500000000 | text-dropped=đồng",
        "khoảng 800 nghìn | COUNT   | false | 800000     | approximate=khoảng",
        // nothing happened is a real zero, said in words
        "Không phát sinh  | COUNT   | false | 0          | zero-by-words=Không phát sinh",
        "KHONG PHAT SINH  | COUNT   | false | 0          | zero-by-words=KHONG PHAT SINH",
    })
    void a_readable_cell_gives_its_value_and_says_how_it_was_read(String text, Kind kind, boolean numericCell,
            BigDecimal expected, String warnings) {
        Result result = ReportValueParser.parse(text, kind, numericCell);

        assertThat(result).isInstanceOf(Value.class);
        Value value = (Value) result;
        assertThat(value.number()).isEqualByComparingTo(expected);
        assertThat(value.number()).as("canonical: same scale as written in the expectation").isEqualTo(expected);
        assertThat(value.warnings()).containsExactlyElementsOf(messages(warnings));
    }

    @ParameterizedTest(name = "\"{0}\" as {1} (numeric cell: {2}) is refused: {3} {4}")
    @CsvSource(delimiter = '|', value = {
        // a lone English-style decimal in a text cell is never silently 1.5
        "1.5              | NUMBER  | false | ambiguous-decimal       | 1.5",
        "12.75            | NUMBER  | false | ambiguous-decimal       | 12.75",
        "0.1038           | PERCENT | false | ambiguous-decimal       | 0.1038",
        "0.500            | NUMBER  | false | ambiguous-decimal       | 0.500",
        "10.38%           | PERCENT | false | ambiguous-decimal       | 10.38%",
        "1,240            | COUNT   | false | ambiguous-decimal       | 1,240",
        "10,380           | NUMBER  | false | ambiguous-decimal       | 10,380",
        // fractions: numerator and denominator are indicators of their own
        "136/136          | PERCENT | false | fraction                | 136;136",
        "380/493          | PERCENT | false | fraction                | 380;493",
        "18 / 63          | COUNT   | false | fraction                | 18;63",
        "1.200/1.500      | PERCENT | false | fraction                | 1200;1500",
        // ranges
        "-3               | COUNT   | false | negative                | -3",
        "− 2,5            | NUMBER  | false | negative                | -2.5",
        "-3               | COUNT   | true  | negative                | -3",
        "-10%             | PERCENT | false | negative                | -10",
        "12,5             | COUNT   | false | not-whole               | 12.5",
        "12.5             | COUNT   | true  | not-whole               | 12.5",
        "1,2345 nghìn     | COUNT   | false | not-whole               | 1234.5",
        "100,1%           | PERCENT | false | percent-above-100       | 100.1",
        "101              | PERCENT | false | percent-above-100       | 101",
        "1,038.00%        | PERCENT | true  | percent-above-100       | 1038",
        "10,38%           | COUNT   | false | percent-sign-unexpected | 10,38%",
        "5%               | NUMBER  | false | percent-sign-unexpected | 5%",
        // not numbers at all
        "abc              | COUNT   | false | not-a-number            | abc",
        "12a34            | COUNT   | false | not-a-number            | 12a34",
        "1..2             | COUNT   | false | not-a-number            | 1..2",
        "10%abc           | PERCENT | false | not-a-number            | 10%abc",
        "trên             | COUNT   | false | not-a-number            | trên",
        "đạt 46%          | PERCENT | false | not-a-number            | đạt 46%",
        "1 240 500        | COUNT   | false | not-a-number            | 1 240 500",
        "1,240,500        | COUNT   | false | not-a-number            | 1,240,500",
        "1.24.5           | COUNT   | false | not-a-number            | 1.24.5",
        "1.240.           | COUNT   | false | not-a-number            | 1.240.",
        "1e5              | COUNT   | false | not-a-number            | 1e5",
        "2025-03-31       | COUNT   | true  | not-a-number            | 2025-03-31",
    })
    void an_unreadable_cell_gives_a_precise_problem(String text, Kind kind, boolean numericCell, String key,
            String args) {
        Result result = ReportValueParser.parse(text, kind, numericCell);

        assertThat(result).isInstanceOf(Problem.class);
        Problem problem = (Problem) result;
        assertThat(problem.messageKey()).isEqualTo(PREFIX + key);
        assertThat(problem.args()).map(ReportValueParserTest::plain).containsExactly(args.split(";"));
    }

    @ParameterizedTest(name = "\"{0}\" is not reported")
    @ValueSource(strings = {"", "   ", "\u00A0", "-", "–", "—", "x", "X", "Chưa thống kê", "chua thong ke",
        "CHƯA THỐNG KÊ", "Chưa có số liệu", "Chưa báo cáo"})
    void a_cell_that_says_nothing_was_counted_is_blank_and_never_zero(String text) {
        for (Kind kind : Kind.values()) {
            assertThat(ReportValueParser.parse(text, kind, false)).isEqualTo(new Blank());
        }
    }

    @Test
    void equal_figures_are_equal_however_they_were_typed() {
        assertThat(ReportValueParser.parse("1.500", COUNT, false))
                .isEqualTo(ReportValueParser.parse("1500", COUNT, true))
                .isEqualTo(ReportValueParser.parse("1,5 nghìn", COUNT, false));
        assertThat(((Value) ReportValueParser.parse("10,3800%", PERCENT, false)).number()).hasToString("10.38");
        assertThat(((Value) ReportValueParser.parse("1,5 tỷ", COUNT, false)).number()).hasToString("1500000000");
    }

    @Test
    void a_value_with_a_unit_still_keeps_the_percent_rules() {
        assertThat(ReportValueParser.parse("120 %", PERCENT, false))
                .isEqualTo(new Problem(PREFIX + "percent-above-100", List.of(new BigDecimal("120"))));
        assertThat(ReportValueParser.parse("12 %", NUMBER, false))
                .isEqualTo(new Problem(PREFIX + "percent-sign-unexpected", List.of("12 %")));
    }

    @Test
    void every_message_key_the_parser_can_produce_exists_in_vietnamese_and_in_english() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");

        assertThat(ReportValueParser.MESSAGE_KEYS).allSatisfy(key -> {
            assertThat(key).startsWith(PREFIX);
            assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
        });
        assertThat(vi.stringPropertyNames()).as("both bundles have the same keys")
                .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void the_fraction_message_names_both_numbers_in_each_language() throws IOException {
        Problem problem = (Problem) ReportValueParser.parse("1.200/1.500", PERCENT, false);

        String vi = new MessageFormat(bundle("vi").getProperty(problem.messageKey()), Locale.forLanguageTag("vi-VN"))
                .format(problem.args().toArray());
        String en = new MessageFormat(bundle("en").getProperty(problem.messageKey()), Locale.ENGLISH)
                .format(problem.args().toArray());

        assertThat(vi).startsWith("«1.200/1.500» là một phân số").contains("tử số (1.200)", "mẫu số (1.500)");
        assertThat(en).startsWith("\"1,200/1,500\" is a fraction").contains("numerator (1,200)");
    }

    @Test
    void every_message_formats_with_the_arguments_the_parser_gives() throws IOException {
        List<Result> samples = List.of(ReportValueParser.parse("abc", COUNT, false),
                ReportValueParser.parse("1.5", NUMBER, false), ReportValueParser.parse("-3", COUNT, false),
                ReportValueParser.parse("12,5", COUNT, false), ReportValueParser.parse("100,1%", PERCENT, false),
                ReportValueParser.parse("5%", COUNT, false), ReportValueParser.parse("8/8", PERCENT, false),
                ReportValueParser.parse("trên 1.240 tổ", COUNT, false),
                ReportValueParser.parse("Không phát sinh", COUNT, false),
                ReportValueParser.parse("0.1038", PERCENT, true));
        List<Message> messages = samples.stream().<Message>mapMulti((result, sink) -> {
            if (result instanceof Problem problem) {
                sink.accept(new Message(problem.messageKey(), problem.args()));
            } else if (result instanceof Value value) {
                value.warnings().forEach(sink);
            }
        }).toList();

        assertThat(messages).extracting(Message::key).containsExactlyInAnyOrderElementsOf(
                ReportValueParser.MESSAGE_KEYS);
        Properties vi = bundle("vi");
        for (Message message : messages) {
            String text = new MessageFormat(vi.getProperty(message.key()), Locale.forLanguageTag("vi-VN"))
                    .format(message.args().toArray());
            assertThat(text).as(message.key()).doesNotContain("{").doesNotContain("null");
        }
        assertThat(new MessageFormat(vi.getProperty(PREFIX + "percent-maybe-fraction"),
                Locale.forLanguageTag("vi-VN")).format(new Object[] {new BigDecimal("0.1038"), new BigDecimal("10.38")}))
                .isEqualTo("0,1038 được hiểu là 0,1038 %. Nếu ý là 10,38 %, hãy nhập 10,38%.");
    }

    private static List<Message> messages(String spec) {
        if (spec == null) {
            return List.of();
        }
        return Arrays.stream(spec.split("&")).map(String::strip).map(warning -> {
            String[] keyAndArgs = warning.split("=", 2);
            List<Object> args = Arrays.stream(keyAndArgs[1].split(";")).map(ReportValueParserTest::argument).toList();
            return new Message(PREFIX + keyAndArgs[0], args);
        }).toList();
    }

    /** Numeric arguments are BigDecimals (formatted per language), the rest the text as typed. */
    private static Object argument(String text) {
        return text.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(text) : text;
    }

    private static String plain(Object arg) {
        return arg instanceof BigDecimal number ? number.toPlainString() : arg.toString();
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportValueParserTest.class.getResourceAsStream("/i18n/reporting_" + language
                + ".properties")) {
            assertThat(in).as("reporting_" + language + ".properties on the classpath").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
