package vn.dti.dashboard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dti.dashboard.shared.Messages;
import vn.dti.dashboard.shared.period.ReportingPeriod;
import vn.dti.dashboard.testsupport.IntegrationTest;

/**
 * The submission rules through the web entry form, against the real H2 database: exact values stored,
 * every error with its indicator, nothing stored on refusal, versions under concurrency, the event after
 * commit. Each test uses its own month of 2022 (before the demo reports) so the shared database does not
 * couple them.
 */
@Import(SubmissionFormTest.Events.class)
class SubmissionFormTest extends IntegrationTest {

    @Autowired
    SecurityContextHolderStrategy security;

    /** Phường Tích Sơn, Vĩnh Yên (2022–2025-06). */
    static final String COMMUNE = "08707";

    @Autowired
    SubmissionService submissions;
    @Autowired
    PeriodLockService locks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Events events;

    @TestConfiguration
    @Component
    static class Events {
        final List<SubmissionsAccepted> received = Collections.synchronizedList(new ArrayList<>());

        @TransactionalEventListener
        void on(SubmissionsAccepted event) {
            received.add(event);
        }
    }

    @BeforeEach
    void signInAsAdmin() {
        signIn("admin", "ROLE_ADMIN");
        events.received.clear();
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    void signIn(String user, String... roles) {
        security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                "n/a", AuthorityUtils.createAuthorityList(roles)));
    }

    static Map<String, BigDecimal> values(Object... codeAndValue) {
        Map<String, BigDecimal> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < codeAndValue.length; i += 2) {
            map.put((String) codeAndValue[i], new BigDecimal(codeAndValue[i + 1].toString()));
        }
        return map;
    }

    int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void a_valid_form_entry_stores_exactly_the_values_typed() {
        SubmissionReceipt receipt = submissions.submitForm(new FormEntry(COMMUNE, "2022-01", values(
                "DOSSIERS_RECEIVED", 1245, "DOSSIERS_RECEIVED_ONLINE", 512, "CDT_TEAMS", 17, "CDT_MEMBERS", 85)),
                Messages.VIETNAMESE);

        assertThat(receipt.duplicate()).isFalse();
        SubmissionReceipt.Accepted accepted = receipt.submissions().getFirst();
        assertThat(accepted.unitCode()).isEqualTo(COMMUNE);
        assertThat(accepted.unitName()).isEqualTo("Phường Tích Sơn");
        assertThat(accepted.period()).isEqualTo("2022-01");
        assertThat(accepted.version()).isEqualTo(1);
        assertThat(accepted.valuesAccepted()).isEqualTo(4);
        assertThat(jdbc.queryForList("select indicator_code, amount from report_value where submission_id = ? "
                + "order by indicator_code", accepted.id()))
                .extracting(r -> r.get("INDICATOR_CODE") + "=" + ((BigDecimal) r.get("AMOUNT")).stripTrailingZeros()
                        .toPlainString())
                .containsExactly("CDT_MEMBERS=85", "CDT_TEAMS=17", "DOSSIERS_RECEIVED=1245",
                        "DOSSIERS_RECEIVED_ONLINE=512");
        assertThat(submissions.versions(COMMUNE, "2022-01")).singleElement().satisfies(v -> {
            assertThat(v.submittedBy()).isEqualTo("admin");
            assertThat(v.channel()).isEqualTo(Channel.FORM);
            assertThat(v.fileName()).isNull();
            assertThat(v.current()).isTrue();
        });
        assertThat(submissions.original(accepted.id())).isEmpty();
        assertThat(events.received).containsExactly(new SubmissionsAccepted(List.of(new SubmissionAccepted(
                accepted.id(), jdbc.queryForObject("select unit_id from submission where id = ?", Long.class,
                        accepted.id()), COMMUNE, "2022-01", 1, List.of("CDT_MEMBERS", "CDT_TEAMS",
                                "DOSSIERS_RECEIVED", "DOSSIERS_RECEIVED_ONLINE"))),
                new SubmissionsAccepted.Provenance("admin", Channel.FORM, null, null)));
    }

    @Test
    void every_error_is_listed_at_once_and_nothing_is_stored() {
        int submissionsBefore = rows("submission");
        int valuesBefore = rows("report_value");

        assertThatThrownBy(() -> submissions.submitForm(new FormEntry(COMMUNE, "2022-02", values(
                "DOSSIERS_RECEIVED", 100, "DOSSIERS_RECEIVED_ONLINE", 120, // numerator above denominator
                "CDT_TEAMS", -2, // negative count
                "CDT_MEMBERS", "12.5", // not a whole number
                "GRDP", 5000, // a province figure, not a commune's
                "NO_SUCH_CODE", 1)), Messages.VIETNAMESE))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.INVALID);
                    assertThat(e.getMessage()).isEqualTo(
                            "Báo cáo chưa được lưu vì có 5 lỗi; hãy sửa các ô dưới đây rồi nộp lại.");
                    assertThat(e.details()).extracting(ReportProblem::indicator, ReportProblem::message)
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple("CDT_TEAMS", "Số liệu không được âm: -2."),
                                    org.assertj.core.groups.Tuple.tuple("CDT_MEMBERS",
                                            "Chỉ tiêu này là số lượng nên phải là số nguyên, không phải 12,5."),
                                    org.assertj.core.groups.Tuple.tuple("GRDP",
                                            "Chỉ tiêu «Tổng sản phẩm trên địa bàn (GRDP)» không thuộc phạm vi báo cáo của Phường Tích Sơn."),
                                    org.assertj.core.groups.Tuple.tuple("NO_SUCH_CODE",
                                            "Mã chỉ tiêu «NO_SUCH_CODE» không có trong danh mục."),
                                    org.assertj.core.groups.Tuple.tuple("DOSSIERS_RECEIVED_ONLINE",
                                            "Số hồ sơ TTHC tiếp nhận trực tuyến (120) lớn hơn Tổng số hồ sơ thủ tục hành chính tiếp nhận "
                                                    + "(trực tuyến, trực tiếp, bưu chính công ích) (100); "
                                                    + "tử số không thể lớn hơn mẫu số."));
                });

        assertThat(rows("submission")).isEqualTo(submissionsBefore);
        assertThat(rows("report_value")).isEqualTo(valuesBefore);
        assertThat(events.received).isEmpty();
    }

    @Test
    void a_locked_month_refuses_with_409_until_unlocked() {
        locks.lock(ReportingPeriod.parse("2022-03"), "Đã chốt số liệu quý I");
        try {
            assertThatThrownBy(() -> submissions.submitForm(new FormEntry(COMMUNE, "2022-03",
                    values("CDT_TEAMS", 3)), Messages.VIETNAMESE))
                    .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                        assertThat(e.refusal().status()).isEqualTo(409);
                        assertThat(e.details()).extracting(ReportProblem::message)
                                .containsExactly("Tháng 3/2022 đã khóa sổ, không nhận thêm báo cáo.");
                    });
        } finally {
            locks.unlock(ReportingPeriod.parse("2022-03"), "test");
        }
        assertThat(submissions.submitForm(new FormEntry(COMMUNE, "2022-03", values("CDT_TEAMS", 3)),
                Messages.VIETNAMESE).submissions().getFirst().version()).isEqualTo(1);
    }

    @Test
    void readers_may_not_submit() {
        signIn("lanhdao", "ROLE_LEADER");
        assertThatThrownBy(() -> submissions.submitForm(new FormEntry(COMMUNE, "2022-04", values("CDT_TEAMS", 3)),
                Messages.ENGLISH))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> {
                    assertThat(e.refusal().status()).isEqualTo(403);
                    assertThat(e.getMessage()).isEqualTo("Your account may view but not submit reports.");
                });
    }

    @Test
    void a_future_month_and_a_unit_no_longer_in_force_are_errors() {
        assertThatThrownBy(() -> submissions.submitForm(new FormEntry(COMMUNE, "2099-01", values("CDT_TEAMS", 3)),
                Messages.VIETNAMESE))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.details())
                        .extracting(ReportProblem::message).containsExactly("Tháng 1/2099 chưa đến nên chưa thể báo cáo."));
        // Phường Trưng Trắc (08734) merged into Phường Trưng Nhị on 2025-01-01.
        assertThatThrownBy(() -> submissions.submitForm(new FormEntry("08734", "2025-02", values("CDT_TEAMS", 3)),
                Messages.VIETNAMESE))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.details())
                        .extracting(ReportProblem::message).containsExactly(
                                "Phường Trưng Trắc không còn tồn tại trong Tháng 2/2025 (hiệu lực … – 31/12/2024); "
                                        + "hãy báo cáo cho đơn vị đang hoạt động trong kỳ này."));
    }

    @Test
    void an_unusual_value_and_a_falling_stock_are_stored_with_warnings() {
        for (String month : List.of("2022-05", "2022-06", "2022-07")) {
            submissions.submitForm(new FormEntry(COMMUNE, month, values("DOSSIERS_RECEIVED", 200, "CDT_MEMBERS", 50)),
                    Messages.VIETNAMESE);
        }
        SubmissionReceipt receipt = submissions.submitForm(new FormEntry(COMMUNE, "2022-08",
                values("DOSSIERS_RECEIVED", 2000, "CDT_MEMBERS", 40)), Messages.VIETNAMESE);

        assertThat(receipt.submissions().getFirst().warnings()).extracting(ReportProblem::indicator,
                ReportProblem::message).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("DOSSIERS_RECEIVED", "Tổng số hồ sơ thủ tục hành chính tiếp nhận (trực tuyến, trực tiếp, bưu chính công ích): 2.000 "
                                + "khác thường so với trung vị 200 của 3 tháng trước (gấp hơn 3 lần hoặc chưa bằng một phần ba). "
                                + "Hãy kiểm tra lại."),
                        org.assertj.core.groups.Tuple.tuple("CDT_MEMBERS", "Số thành viên Tổ công nghệ số cộng đồng giảm "
                                + "từ 50 (Tháng 7/2022) xuống 40. Hãy kiểm tra lại."));
        long id = receipt.submissions().getFirst().id();
        assertThat(jdbc.queryForObject("select warnings_count from submission where id = ?", Integer.class, id))
                .isEqualTo(2);
        assertThat(submissions.values(id, Messages.ENGLISH)).extracting(StoredValue::indicator, StoredValue::warning)
                .contains(org.assertj.core.groups.Tuple.tuple("CDT_MEMBERS",
                        "Members of community digital technology teams went down from 50 (July 2022) to 40. Please check."));
    }

    @Test
    void concurrent_submissions_for_the_same_unit_and_month_get_consecutive_versions() throws Exception {
        int uploads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<SubmissionReceipt>> futures = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                int teams = 10 + i;
                futures.add(pool.submit(() -> {
                    signIn("admin", "ROLE_ADMIN");
                    start.await();
                    return submissions.submitForm(new FormEntry(COMMUNE, "2022-09", values("CDT_TEAMS", teams)),
                            Messages.VIETNAMESE);
                }));
            }
            start.countDown();
            List<Integer> versions = new ArrayList<>();
            for (Future<SubmissionReceipt> future : futures) {
                versions.add(future.get().submissions().getFirst().version());
            }
            assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForList("select s.version from submission s join report_value v on v.submission_id = s.id "
                + "where s.unit_code = ? and s.period = '2022-09' order by s.version", Integer.class, COMMUNE))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(submissions.versions(COMMUNE, "2022-09")).extracting(SubmissionVersion::version, SubmissionVersion::current)
                .startsWith(org.assertj.core.groups.Tuple.tuple(8, true), org.assertj.core.groups.Tuple.tuple(7, false));
    }

    @Test
    void the_form_lists_the_commune_indicators_without_ratios_with_last_month_values() {
        submissions.submitForm(new FormEntry(COMMUNE, "2022-10", values("CDT_TEAMS", 9)), Messages.VIETNAMESE);

        ReportForm form = submissions.form(COMMUNE, "2022-11");

        assertThat(form.unitName()).isEqualTo("Phường Tích Sơn");
        assertThat(form.hasUnitsBelow()).isFalse();
        assertThat(form.rows()).hasSize(35);
        assertThat(form.rows()).extracting(ReportForm.Row::indicator).doesNotContain("DOSSIERS_ONLINE_RATE", "GRDP")
                .contains("DOSSIERS_RECEIVED", "EID_ACTIVATED");
        assertThat(form.rows()).filteredOn(r -> r.indicator().equals("CDT_TEAMS")).singleElement()
                .satisfies(r -> {
                    assertThat(r.previousMonth()).isEqualByComparingTo("9");
                    assertThat(r.definition()).isEqualTo("Số Tổ công nghệ số cộng đồng đang hoạt động trên địa bàn tại cuối tháng (cấp xã và cấp thôn, tổ dân phố).");
                    assertThat(r.current()).isNull();
                });
        assertThat(submissions.form("243", "2022-11").hasUnitsBelow()).isTrue();
    }

    @Test
    void a_later_version_replaces_the_figures_it_carries_and_keeps_the_others() {
        long own = submissions.submitForm(new FormEntry(COMMUNE, "2022-12", values("DOSSIERS_RECEIVED", 1245,
                "CDT_TEAMS", 17, "EID_ACTIVATED", 800)), Messages.VIETNAMESE).submissions().getFirst().id();
        // Like a row of the police's e-ID matrix: a version of the commune's month that carries one figure.
        long police = submissions.submitForm(new FormEntry(COMMUNE, "2022-12", values("EID_ACTIVATED", 912)),
                Messages.VIETNAMESE).submissions().getFirst().id();
        long correction = submissions.submitForm(new FormEntry(COMMUNE, "2022-12", values("CDT_TEAMS", 18)),
                Messages.VIETNAMESE).submissions().getFirst().id();

        // Each version holds what it carried, nothing copied from the one before.
        assertThat(List.of(own, police, correction)).extracting(id -> jdbc.queryForObject(
                "select count(*) from report_value where submission_id = ?", Integer.class, id))
                .containsExactly(3, 1, 1);
        assertThat(submissions.form(COMMUNE, "2022-12").rows()).filteredOn(r -> r.current() != null)
                .extracting(r -> r.indicator() + "=" + r.current().toPlainString())
                .containsExactlyInAnyOrder("DOSSIERS_RECEIVED=1245", "CDT_TEAMS=18", "EID_ACTIVATED=912");
    }
}
