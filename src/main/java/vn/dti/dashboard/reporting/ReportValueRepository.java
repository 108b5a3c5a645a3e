package vn.dti.dashboard.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportValueRepository extends JpaRepository<ReportValue, Long> {

    List<ReportValue> findBySubmissionIdOrderById(long submissionId);
}
