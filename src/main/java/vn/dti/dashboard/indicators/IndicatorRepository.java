package vn.dti.dashboard.indicators;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findAllByOrderBySortOrderAsc();

    Optional<Indicator> findByCode(String code);
}
