package vn.dti.dashboard.reporting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    @Query("select coalesce(max(s.version), 0) from Submission s where s.unitId = :unitId and s.period = :period")
    int lastVersion(long unitId, String period);

    List<Submission> findByUnitIdAndPeriodOrderByVersionDesc(long unitId, String period);

    Optional<Submission> findFirstByUnitIdAndPeriodAndSha256OrderByVersionDesc(long unitId, String period,
            String sha256);

    List<Submission> findByOrderBySubmittedAtDescIdDesc(Pageable page);

    List<Submission> findByUnitIdInOrderBySubmittedAtDescIdDesc(java.util.Collection<Long> unitIds, Pageable page);

    boolean existsByChannel(Channel channel);

    /** Every submission of a file, to answer a repeated upload of the same bytes as a duplicate. */
    List<Submission> findBySha256(String sha256);
}
