package vn.dti.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which texts a spreadsheet program would evaluate, and what CSV makes of them. */
class SafeTextTest {

    @Test
    void every_formula_start_is_neutralised_in_csv_and_ordinary_text_is_left_alone() {
        assertThat(SafeText.forCsv("=1+2")).isEqualTo("'=1+2");
        assertThat(SafeText.forCsv("+84 912")).isEqualTo("'+84 912");
        assertThat(SafeText.forCsv("-2")).isEqualTo("'-2");
        assertThat(SafeText.forCsv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeText.forCsv("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SafeText.forCsv("\rcmd")).isEqualTo("'\rcmd");
        assertThat(SafeText.forCsv("Xã Đồng Tĩnh")).isEqualTo("Xã Đồng Tĩnh");
        assertThat(SafeText.forCsv("a=b")).isEqualTo("a=b");
        assertThat(SafeText.forCsv("")).isEmpty();
        assertThat(SafeText.forCsv(null)).isEmpty();
    }
}
