package vn.dti.dashboard.reporting;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportValueRepository extends JpaRepository<ReportValue, Long> {

    List<ReportValue> findBySubmissionIdOrderById(long submissionId);

    @Query("select v from ReportValue v where v.submissionId in :submissionIds")
    List<ReportValue> findBySubmissionIds(Collection<Long> submissionIds);
}
