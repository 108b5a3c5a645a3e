package vn.dti.dashboard.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findAllByOrderByUsername();

    long countByRoleAndEnabledTrue(Role role);

    /** One more failed sign-in, counted in the database so that parallel attempts all count. */
    @Modifying(clearAutomatically = true)
    @Query("update UserAccount a set a.failedLogins = a.failedLogins + 1 where a.username = :username")
    int countFailedLogin(@Param("username") String username);

    /** Locks the account when the count reached the limit, starting the count again for after the lock. */
    @Modifying(clearAutomatically = true)
    @Query("update UserAccount a set a.failedLogins = 0, a.lockedUntil = :until where a.username = :username "
            + "and a.failedLogins >= :limit")
    int lockWhenReached(@Param("username") String username, @Param("limit") int limit,
            @Param("until") Instant until);

    /** In a transaction of its own: a sign-in succeeds whatever the request does next. */
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    @Modifying(clearAutomatically = true)
    @Query("update UserAccount a set a.failedLogins = 0, a.lockedUntil = null where a.username = :username")
    int clearFailedLogins(@Param("username") String username);
}
