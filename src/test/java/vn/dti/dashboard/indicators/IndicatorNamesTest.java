package vn.dti.dashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorNamesTest {

    @Test
    void case_diacritics_punctuation_and_spacing_do_not_matter() {
        assertThat(IndicatorNames.key("Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến/tổng số hồ sơ"))
                .isEqualTo("ty le ho so tthc tiep nhan truc tuyen tong so ho so");
        assertThat(IndicatorNames.key("TY LE  HO SO tthc, tiep nhan truc-tuyen / tong so ho so"))
                .isEqualTo("ty le ho so tthc tiep nhan truc tuyen tong so ho so");
        assertThat(IndicatorNames.key("Số Tổ công nghệ số cộng đồng")).isEqualTo("so to cong nghe so cong dong");
    }

    @Test
    void leading_numbering_bullets_and_breakdown_words_are_dropped() {
        assertThat(IndicatorNames.key("1. Số Tổ CNSCĐ")).isEqualTo("so to cnscd");
        assertThat(IndicatorNames.key("1.1 Trong đó: tiếp nhận trực tuyến")).isEqualTo("tiep nhan truc tuyen");
        assertThat(IndicatorNames.key("1.2. - trong đó, tiếp nhận trực tuyến")).isEqualTo("tiep nhan truc tuyen");
        assertThat(IndicatorNames.key("a) Số hồ sơ đã giải quyết")).isEqualTo("so ho so da giai quyet");
        assertThat(IndicatorNames.key("+ Số hồ sơ đã giải quyết")).isEqualTo("so ho so da giai quyet");
        assertThat(IndicatorNames.key("II. KINH TẾ SỐ")).isEqualTo("kinh te so");
        assertThat(IndicatorNames.key("IV NỀN TẢNG")).isEqualTo("nen tang");
        assertThat(IndicatorNames.key("trong đó: cán bộ, công chức, viên chức, người lao động"))
                .isEqualTo("can bo cong chuc vien chuc nguoi lao dong");
    }

    @Test
    void words_that_only_look_like_numbering_stay() {
        assertThat(IndicatorNames.key("Điểm DTI")).isEqualTo("diem dti");
        assertThat(IndicatorNames.key("VNeID đã kích hoạt")).isEqualTo("vneid da kich hoat");
        assertThat(IndicatorNames.key("4G phủ sóng")).isEqualTo("4g phu song");
        assertThat(IndicatorNames.key("Trong đó")).isEqualTo("trong do");
    }

    @Test
    void notes_in_brackets_spelling_variants_and_so_luong_are_normalised() {
        assertThat(IndicatorNames.key("Số hồ sơ đăng ký tài khoản định danh điện tử (VNeID) đã thu nhận"))
                .isEqualTo("so ho so dang ky tai khoan dinh danh dien tu da thu nhan");
        assertThat(IndicatorNames.key("Số Tổ CNSCĐ (tổ) [ước tính"))
                .isEqualTo("so to cnscd");
        assertThat(IndicatorNames.key("Tỉ lệ phản ánh đã xử lí")).isEqualTo(IndicatorNames.key("Tỷ lệ phản ánh đã xử lý"));
        assertThat(IndicatorNames.key("Số lượng Tổ CNSCĐ")).isEqualTo("so to cnscd");
    }

    @Test
    void the_expanded_key_writes_out_administrative_abbreviations() {
        assertThat(IndicatorNames.expandedKey("Số tổ CNSCĐ"))
                .isEqualTo(IndicatorNames.expandedKey("Số Tổ công nghệ số cộng đồng"))
                .isEqualTo("so to cong nghe so cong dong");
        assertThat(IndicatorNames.expandedKey("Số CBCCVC có chữ ký số"))
                .isEqualTo("so can bo cong chuc vien chuc co chu ky so");
    }
}
