package io.movierecs.web.recommendations;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.movierecs.contracts.RecommendationItemCodec;
import io.movierecs.contracts.RecommendationList;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Reads one run's item for a user with one GetItem, through the contracts' codec. After a failure it stops asking for a short
 * while, so an outage costs one slow request rather than every request its timeout.
 */
@Singleton
class DynamoDbRecommendationStore implements RecommendationStore {
    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbRecommendationStore.class);

    private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(10);

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final long retryAfterNanos;
    private final AtomicLong failedAt = new AtomicLong(Long.MIN_VALUE);
    private final RecommendationMetrics metrics;

    DynamoDbRecommendationStore(DynamoDbClient dynamoDb, RecommendationSettings settings, RecommendationMetrics metrics) {
        this.dynamoDb = dynamoDb;
        this.metrics = metrics;
        this.table = settings.getTable();
        this.retryAfterNanos = settings.getStoreRetryAfter().toNanos();
    }

    /** One read at start-up loads the client's code paths, so the first user's read fits the budget. */
    @EventListener
    void onStartup(StartupEvent event) {
        try {
            dynamoDb.getItem(b -> b.tableName(table).key(RecommendationItemCodec.key(0, "warm-up"))
                    .overrideConfiguration(o -> o.apiCallTimeout(WARM_UP_TIMEOUT).apiCallAttemptTimeout(WARM_UP_TIMEOUT)));
        } catch (ResourceNotFoundException e) {
            LOG.info("DynamoDB table {} does not exist yet", table);
        } catch (SdkException e) {
            LOG.warn("DynamoDB table {} did not answer at start-up: {}", table, e.toString());
        }
    }

    @Override
    public Optional<RecommendationList> find(long userId, String runId) {
        long failed = failedAt.get();
        if (failed != Long.MIN_VALUE && System.nanoTime() - failed < retryAfterNanos) {
            throw new StoreUnavailableException("DynamoDB failed less than "
                    + Duration.ofNanos(retryAfterNanos).toSeconds() + " s ago", null);
        }
        GetItemResponse response;
        long start = System.nanoTime();
        try {
            response = dynamoDb.getItem(b -> b.tableName(table).key(RecommendationItemCodec.key(userId, runId)));
        } catch (SdkException e) {
            metrics.storeRead(RecommendationMetrics.FAILED, start);
            if (failedAt.getAndSet(System.nanoTime()) == Long.MIN_VALUE) {
                LOG.warn("DynamoDB table {} unavailable, answering from fold-in or popular: {}", table, e.toString());
            }
            throw new StoreUnavailableException("DynamoDB table " + table + " unavailable", e);
        }
        if (failedAt.getAndSet(Long.MIN_VALUE) != Long.MIN_VALUE) {
            LOG.info("DynamoDB table {} answers again", table);
        }
        boolean found = response.hasItem() && !response.item().isEmpty();
        metrics.storeRead(found ? RecommendationMetrics.FOUND : RecommendationMetrics.ABSENT, start);
        if (!found) {
            return Optional.empty();
        }
        try {
            return Optional.of(RecommendationItemCodec.fromItem(response.item()));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring malformed recommendation item of user {}: {}", userId, e.getMessage());
            return Optional.empty();
        }
    }
}
