package io.movierecs.web.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Emails match whatever their case, as the unique index on {@code lower(email)} does. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends GenericRepository<User, Long> {

    /** @return 1, or 0 when the email is taken whatever its case */
    @Query("""
            INSERT INTO users (email, password_hash, display_name) VALUES (:email, :passwordHash, :displayName)
            ON CONFLICT (lower(email)) DO NOTHING""")
    int insert(String email, String passwordHash, String displayName);

    @Query("SELECT * FROM users WHERE lower(email) = lower(:email)")
    Optional<User> findByEmail(String email);

    Optional<User> findById(long id);

    default Optional<SessionState> findSession(long id) {
        return findById(id).map(User::session);
    }

    @Query("UPDATE users SET session_version = session_version + 1 WHERE id = :id")
    void raiseSessionVersion(long id);

    /** Ends the user's sessions with the new password, in one statement. */
    @Query("UPDATE users SET password_hash = :passwordHash, session_version = session_version + 1 WHERE id = :id")
    void changePassword(long id, String passwordHash);

    /**
     * Sets the role of the account with this email; a demotion also ends its sessions.
     * @return 1, or 0 when no account has that email
     */
    @Query("""
            UPDATE users SET role = :role,
                session_version = session_version + CASE WHEN role = 'ADMIN' AND :role <> 'ADMIN' THEN 1 ELSE 0 END
            WHERE lower(email) = lower(:email)""")
    int setRole(String email, String role);

    @Query("UPDATE users SET onboarded_at = now() WHERE id = :id AND onboarded_at IS NULL")
    void markOnboarded(long id);
}
