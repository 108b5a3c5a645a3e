package vn.dti.dashboard.indicators;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorTargetRepository extends JpaRepository<IndicatorTarget, Long> {

    List<IndicatorTarget> findByIndicatorCodeOrderByYearAscScopeAsc(String indicatorCode);

    List<IndicatorTarget> findByYearOrderByIndicatorCodeAscScopeAsc(int year);
}
