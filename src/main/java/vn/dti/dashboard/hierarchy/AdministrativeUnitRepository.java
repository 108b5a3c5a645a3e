package vn.dti.dashboard.hierarchy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AdministrativeUnitRepository extends JpaRepository<AdministrativeUnit, Long> {

    String IN_FORCE = "(u.validFrom is null or u.validFrom <= :date) and (u.validTo is null or u.validTo >= :date)";

    @Query("select u from AdministrativeUnit u left join fetch u.parent where " + IN_FORCE + " order by u.path")
    List<AdministrativeUnit> findInForce(@Param("date") LocalDate date);

    /** All descendants of the unit whose path is given (not the unit itself): one indexed prefix scan. */
    @Query("select u from AdministrativeUnit u left join fetch u.parent where u.path like concat(:path, '%') "
            + "and u.path <> :path and " + IN_FORCE + " order by u.path")
    List<AdministrativeUnit> findDescendantsInForce(@Param("path") String path, @Param("date") LocalDate date);

    /** Every version below the path (not the unit itself), whatever its validity: one indexed prefix scan. */
    @Query("select u from AdministrativeUnit u left join fetch u.parent where u.path like concat(:path, '%') "
            + "and u.path <> :path order by u.path")
    List<AdministrativeUnit> findAllBelow(@Param("path") String path);

    /** Ids of every version at or below the path, whatever its validity (the unit itself included). */
    @Query("select u.id from AdministrativeUnit u where u.path like concat(:path, '%')")
    List<Long> findIdsUnder(@Param("path") String path);

    @Query("select u from AdministrativeUnit u where u.parent.id = :parentId and " + IN_FORCE + " order by u.name")
    List<AdministrativeUnit> findChildrenInForce(@Param("parentId") long parentId, @Param("date") LocalDate date);

    @Query("select u from AdministrativeUnit u where u.code = :code and " + IN_FORCE)
    List<AdministrativeUnit> findByCodeInForce(@Param("code") String code, @Param("date") LocalDate date);

    @Query("select u from AdministrativeUnit u left join fetch u.parent where u.code = :code "
            + "order by u.validFrom asc nulls first, u.id")
    List<AdministrativeUnit> findByCode(@Param("code") String code);

    @Query("select distinct u from AdministrativeUnit u left join fetch u.successors")
    List<AdministrativeUnit> findAllWithSuccessors();

    /** Rows of (unit id, successor id, successor code, successor name) for the given units. */
    @Query("select u.id, s.id, s.code, s.name from AdministrativeUnit u join u.successors s where u.id in :ids "
            + "order by s.code")
    List<Object[]> findSuccessorLinks(@Param("ids") Collection<Long> ids);

    @Query("select u from AdministrativeUnit u left join fetch u.parent")
    List<AdministrativeUnit> findAllWithParents();

    /** Rows of (unit id, successor id, successor code, successor name) for every unit. */
    @Query("select u.id, s.id, s.code, s.name from AdministrativeUnit u join u.successors s order by s.code")
    List<Object[]> findAllSuccessorLinks();

    @Query("select p from AdministrativeUnit p join p.successors s where s.id = :id order by p.code")
    List<AdministrativeUnit> findPredecessors(@Param("id") long id);
}
