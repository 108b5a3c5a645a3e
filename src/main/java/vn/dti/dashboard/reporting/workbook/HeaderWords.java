package vn.dti.dashboard.reporting.workbook;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dti.dashboard.shared.SearchText;

/**
 * The words of report table headers and of the rows around a table, compared without case, diacritics and
 * punctuation ("Mã chỉ tiêu", "MÃ CHỈ TIÊU", "Mã\nchỉ tiêu" are the same header).
 */
final class HeaderWords {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private static final Set<String> CODE = Set.of("ma", "ma chi tieu", "ma so", "code", "ma ct", "ma so chi tieu",
            "ma chi so", "indicator code", "ma tieu chi");
    private static final Set<String> NAME = Set.of("chi tieu", "noi dung", "ten chi tieu", "noi dung chi tieu",
            "ten chi so", "chi so", "indicator", "tieu chi", "ten tieu chi", "noi dung bao cao", "danh muc chi tieu");
    private static final Set<String> UNIT = Set.of("don vi", "ten don vi", "xa phuong thi tran", "don vi hanh chinh",
            "dia phuong", "ten xa", "xa phuong", "ten dia phuong", "xa thi tran", "phuong xa", "ten xa phuong thi tran", "don vi bao cao", "co quan don vi", "ten co quan don vi");
    private static final Set<String> UNIT_CODE = Set.of("ma don vi", "ma xa", "ma dvhc", "ma don vi hanh chinh");
    private static final List<String> VALUE_STARTS = List.of("gia tri", "thuc hien", "so lieu", "value", "ket qua");
    private static final Pattern IN_PERIOD = Pattern.compile(
            "(?:^| )(?:trong thang|ky nay|trong ky|thang nay|phat sinh trong thang|phat sinh trong ky)(?: |$)"
                    + "|^thang \\d{1,2}(?: .*)?$");
    private static final List<String> NOT_A_VALUE = List.of("luy ke", "tu dau nam", "cong don", "thang truoc",
            "ky truoc", "cung ky", "ke hoach", "so voi", "ty le so", "nam truoc", "chi tieu giao");
    private static final Set<String> IGNORED = Set.of("stt", "tt", "so tt", "so thu tu", "don vi tinh", "dvt",
            "ghi chu", "huyen", "quan huyen", "huyen thi xa thanh pho", "cap huyen", "huyen thanh pho",
            "thuoc huyen", "don vi cap huyen");

    /** Section and footer words that end a table: signature blocks, recipients. */
    private static final List<String> FOOTER_STARTS = List.of("nguoi lap bieu", "nguoi lap", "ky ghi ro ho ten",
            "ky ten dong dau", "ky ten va dong dau", "ky dong dau", "noi nhan", "thu truong don vi",
            "thu truong co quan", "kt chu tich", "tm uy ban nhan dan", "tm ubnd", "nguoi phe duyet", "nguoi duyet",
            "xac nhan cua thu truong");
    private static final Set<String> FOOTER_EXACT = Set.of("chu tich", "pho chu tich", "giam doc", "pho giam doc",
            "thu truong", "truong phong", "ke toan truong");

    private HeaderWords() {
    }

    /** Folded, punctuation as single spaces: "Mã chỉ tiêu (3)" gives "ma chi tieu 3". */
    static String norm(String text) {
        return NOT_ALPHANUMERIC.matcher(SearchText.fold(text)).replaceAll(" ").strip();
    }

    /** Header cells are a few words; a sentence that starts like one ("Số liệu riêng của …") is not a header. */
    static boolean isShort(String norm) {
        return !norm.isEmpty() && norm.split(" ").length <= 8;
    }

    static boolean isCode(String norm) {
        return CODE.contains(withoutNumbering(norm));
    }

    static boolean isName(String norm) {
        return NAME.contains(withoutNumbering(norm));
    }

    static boolean isUnit(String norm) {
        return UNIT.contains(withoutNumbering(norm));
    }

    static boolean isUnitCode(String norm) {
        return UNIT_CODE.contains(withoutNumbering(norm));
    }

    static boolean isIgnored(String norm) {
        return IGNORED.contains(withoutNumbering(norm));
    }

    /** A column of the period's own figures: "Thực hiện", "Số liệu", "Trong tháng", "Tháng 9" (not "Lũy kế"). */
    static boolean isValue(String norm) {
        if (!isShort(norm) || isCumulativeOrOther(norm)) {
            return false;
        }
        return VALUE_STARTS.stream().anyMatch(norm::startsWith) || isInPeriod(norm);
    }

    /** Explicitly this period: "Trong tháng", "Kỳ này", "Trong kỳ", "Tháng 9", "Thực hiện trong tháng". */
    static boolean isInPeriod(String norm) {
        return IN_PERIOD.matcher(norm).find() && !isCumulativeOrOther(norm);
    }

    /** Cumulative, previous-period, plan or comparison columns, never the value. */
    static boolean isCumulativeOrOther(String norm) {
        return NOT_A_VALUE.stream().anyMatch(norm::contains);
    }

    static boolean isFooter(String norm) {
        String text = norm.strip();
        return FOOTER_EXACT.contains(text) || FOOTER_STARTS.stream().anyMatch(text::startsWith);
    }

    /** "Mã (3)" or "Giá trị 6" from a header that carries its column number. */
    private static String withoutNumbering(String norm) {
        return norm.replaceFirst(" \\d{1,2}$", "");
    }
}
