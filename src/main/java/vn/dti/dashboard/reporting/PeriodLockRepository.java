package vn.dti.dashboard.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodLockRepository extends JpaRepository<PeriodLock, String> {
}
