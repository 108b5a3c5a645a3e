package vn.dti.dashboard.indicators;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorAliasRepository extends JpaRepository<IndicatorAlias, Long> {

    List<IndicatorAlias> findAllByOrderByIdAsc();
}
