package io.movierecs.job;

import io.movierecs.contracts.JobArguments;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --tune true}: a small search judged the way the gate judges, on each user's most recent
 * ratings: the validation part is the time-aware split of the ratings neither holdout tests on
 * (neither holdout is looked at). Rank and regularisation go on a grid around the given values;
 * for implicit preference alpha is then tried around the best of those, and last the genre weight
 * (none, a third, as given, three times) on the best model's lists. The explicit model that
 * {@link GibbsTrainer} samples has no regularisation to tune: only its rank is tried. A genre weight of 0 stays 0:
 * ALS alone was asked for. Explicit models keep the given weight, since it does not move the rating
 * error tuning judges them by.
 */
final class Tuning {
    private static final Logger LOG = LoggerFactory.getLogger(Tuning.class);
    private static final double VALIDATION_SHARE = 0.2;

    private Tuning() {
    }

    /**
     * What tuning chose: the fit's parameters, the genre weight the lists are ranked with and the
     * item-item model's share (empty: that model's own).
     */
    record Choice(Hyperparameters parameters, double genreWeight, OptionalDouble neighbourWeight) {
    }

    /** @param ratings {@code (user, movieId, rating, timestamp)} that no holdout tests on */
    static Choice choose(Dataset<Row> ratings, Hyperparameters given, MovieGenres genres, double genreWeight) {
        TimeAwareSplit.Split split = TimeAwareSplit.of(ratings, VALIDATION_SHARE);
        Dataset<Row> fitPart = split.train().cache();
        ItemItemModel neighbours = ItemItemModel.of(fitPart, given.partner());
        Evaluation validation = new Evaluation(fitPart, split.test(), genres, genreWeight,
                new ItemScorer.Blend(neighbours, neighbours.share()));
        try {
            Candidate best = best(!given.implicit() && given.gibbs() ? rankGrid(given) : rankAndRegGrid(given), fitPart, validation, null);
            if (given.implicit()) {
                best = best(alphaGrid(best.parameters()), fitPart, validation, best);
            }
            double bestWeight = genreWeight;
            double bestNeighbours = given.implicit() ? neighbours.share() : 0;
            if (!neighbours.isEmpty()) {
                double bestScore = Double.NEGATIVE_INFINITY;
                for (double weight : neighbours.shares()) {
                    double score = validation.ndcg(best.model(), genreWeight, weight);
                    LOG.info("tuning: item-item weight {} scored {}", weight, score);
                    if (score > bestScore) {
                        bestScore = score;
                        bestNeighbours = weight;
                    }
                }
            }
            if (given.implicit() && genres.known() && genreWeight > 0) {
                double bestScore = Double.NEGATIVE_INFINITY;
                for (double weight : genreWeightGrid(genreWeight)) {
                    double score = validation.ndcg(best.model(), weight, bestNeighbours);
                    LOG.info("tuning: genre weight {} scored {}", weight, score);
                    if (score > bestScore) {
                        bestScore = score;
                        bestWeight = weight;
                    }
                }
            }
            LOG.info("tuning chose {} genreWeight={} neighbourWeight={} (validation score {})", best.parameters(),
                    bestWeight, bestNeighbours, best.score());
            return new Choice(best.parameters(), bestWeight, OptionalDouble.of(bestNeighbours));
        } finally {
            validation.release();
            fitPart.unpersist();
            split.release();
        }
    }

    /** ALS alone, a third of the given weight, the given weight and three times it (at most the accepted 10). */
    static List<Double> genreWeightGrid(double given) {
        Set<Double> grid = new LinkedHashSet<>();
        for (double weight : new double[] {0, given / 3, given, given * 3}) {
            grid.add(Math.min(weight, JobArguments.MAX_GENRE_WEIGHT));
        }
        return new ArrayList<>(grid);
    }

    static List<Hyperparameters> rankAndRegGrid(Hyperparameters given) {
        Set<Hyperparameters> grid = new LinkedHashSet<>();
        for (int rank : new int[] {Math.max(1, given.rank() / 2), given.rank()}) {
            for (double reg : new double[] {given.reg() / 3, given.reg(), given.reg() * 2, given.reg() * 4}) {
                grid.add(given.with(rank, reg, given.alpha()));
            }
        }
        return new ArrayList<>(grid);
    }

    /** The explicit Gibbs model has no regularisation to set (its priors are drawn): half and the given rank. */
    static List<Hyperparameters> rankGrid(Hyperparameters given) {
        Set<Hyperparameters> grid = new LinkedHashSet<>();
        for (int rank : new int[] {Math.max(1, given.rank() / 2), given.rank()}) {
            grid.add(given.with(rank, given.reg(), given.alpha()));
        }
        return new ArrayList<>(grid);
    }

    static List<Hyperparameters> alphaGrid(Hyperparameters best) {
        return List.of(best.with(best.rank(), best.reg(), best.alpha() / 3),
                best.with(best.rank(), best.reg(), best.alpha() * 3));
    }

    private static Candidate best(List<Hyperparameters> grid, Dataset<Row> fitPart, Evaluation validation,
                                  Candidate incumbent) {
        Candidate best = incumbent;
        for (Hyperparameters candidate : grid) {
            ALSModel model = AlsTrainer.fit(fitPart, candidate);
            double score = validation.score(model, candidate.implicit());
            LOG.info("tuning: {} scored {}", candidate, score);
            if (best == null || score > best.score()) {
                best = new Candidate(candidate, score, model);
            }
        }
        return best;
    }

    private record Candidate(Hyperparameters parameters, double score, ALSModel model) {
    }
}
