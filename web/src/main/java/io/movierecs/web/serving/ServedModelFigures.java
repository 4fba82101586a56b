package io.movierecs.web.serving;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.movierecs.web.training.TrainingRun;
import java.time.Instant;
import java.util.Optional;

/** What {@link ServedModelGauges} shows of the ACTIVE run, in one query. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ServedModelFigures extends GenericRepository<TrainingRun, String> {

    /**
     * @param ndcg        NDCG@10 on the time-aware holdout, else on the random one
     * @param caughtUpAt  the activation, or a later SKIPPED run with no trained run in between
     */
    @Introspected
    record Figures(@Nullable Double ndcg, @Nullable Instant caughtUpAt) {
    }

    @Query("""
            SELECT COALESCE((a.manifest -> 'timeAwareModel' ->> 'ndcgAt10')::float8,
                            (a.manifest -> 'model' ->> 'ndcgAt10')::float8) AS ndcg,
                   GREATEST(COALESCE(a.activated_at, a.updated_at), (SELECT max(s.created_at) FROM training_runs s
                       WHERE s.status = 'SKIPPED' AND s.created_at > COALESCE(a.activated_at, a.updated_at)
                       AND NOT EXISTS (SELECT 1 FROM training_runs t WHERE t.status IN ('SUCCEEDED', 'ACTIVE', 'RETIRED', 'REJECTED')
                           AND t.created_at > a.created_at AND t.created_at < s.created_at))) AS caught_up_at
            FROM training_runs a WHERE a.status = 'ACTIVE'""")
    Optional<Figures> findServed();
}
