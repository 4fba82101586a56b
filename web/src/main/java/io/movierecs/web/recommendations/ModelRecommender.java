package io.movierecs.web.recommendations;

import io.movierecs.contracts.RecommendationList;
import io.movierecs.web.serving.LoadedModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/** What a loaded model says about a user or a movie: pure computation, no IO. */
final class ModelRecommender {
    /** Ratings at or above this are the ones a "because you rated" line may name. */
    static final double LIKED = 4.0;
    private static final int BECAUSE = 2;
    /** Explanations weigh the user's best and latest liked movies only, which bounds their cost. */
    private static final int LIKED_CONSIDERED = 50;

    private ModelRecommender() {
    }

    /**
     * Solves for the user's vector from their ratings, scores every movie they have not rated and
     * lifts their favourite genres as the job's batch lists do.
     */
    static List<Candidate> foldIn(LoadedModel model, List<UserRating> ratings, int n) {
        BitSet rated = new BitSet(model.size());
        int[] rows = new int[ratings.size()];
        float[] values = new float[ratings.size()];
        int known = 0;
        for (UserRating rating : ratings) {
            int row = model.rowOf(rating.movieId());
            if (row >= 0) {
                rated.set(row);
                rows[known] = row;
                values[known++] = (float) rating.rating();
            }
        }
        if (known == 0) {
            return List.of();
        }
        int[] ratedRows = Arrays.copyOf(rows, known);
        float[] ratedValues = Arrays.copyOf(values, known);
        float[] user = FoldIn.userVector(model, ratedRows, ratedValues);
        float[] scores = FactorMath.scoreAll(model.columns(), model.size(), user);
        model.liftGenres(scores, ratedRows, ratedValues);
        TopRows top = TopRows.best(scores, rated, n);
        Liked liked = Liked.of(model, ratings);
        List<Candidate> candidates = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            candidates.add(new Candidate(model.movieId(top.row(i)), top.score(i), liked.explain(model, top.row(i))));
        }
        return candidates;
    }

    /** The batch's list with because lines from the model, when the model knows the movies. */
    static List<Candidate> explain(LoadedModel model, RecommendationList batch, List<UserRating> ratings) {
        Liked liked = model == null ? null : Liked.of(model, ratings);
        List<Candidate> candidates = new ArrayList<>(batch.items().size());
        for (RecommendationList.Scored scored : batch.items()) {
            int row = liked == null ? -1 : model.rowOf(scored.movieId());
            candidates.add(new Candidate(scored.movieId(), scored.score(), row < 0 ? List.of() : liked.explain(model, row)));
        }
        return candidates;
    }

    /** Movies whose item factors point the same way as this movie's, by cosine. */
    static List<Candidate> similar(LoadedModel model, int movieId, int n) {
        int row = model.rowOf(movieId);
        if (row < 0) {
            return List.of();
        }
        float[] query = Arrays.copyOfRange(model.unitVectors(), row * model.rank(), (row + 1) * model.rank());
        BitSet self = new BitSet(model.size());
        self.set(row);
        TopRows top = TopRows.best(model.unitColumns(), model.rank(), query, self, n);
        List<Candidate> similar = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            similar.add(new Candidate(model.movieId(top.row(i)), top.score(i), List.of()));
        }
        return similar;
    }

    /** The user's highly rated movies the model knows, as rows and ratings. */
    private record Liked(int[] rows, double[] ratings, int[] movieIds) {
        private static final Comparator<UserRating> BEST_THEN_LATEST = Comparator.comparingDouble(UserRating::rating)
                .thenComparing(UserRating::ratedAt, Comparator.nullsFirst(Comparator.naturalOrder())).reversed();

        static Liked of(LoadedModel model, List<UserRating> ratings) {
            List<UserRating> liked = ratings.stream()
                    .filter(r -> r.rating() >= LIKED && model.rowOf(r.movieId()) >= 0)
                    .sorted(BEST_THEN_LATEST)
                    .limit(LIKED_CONSIDERED)
                    .toList();
            int[] rows = new int[liked.size()];
            double[] values = new double[liked.size()];
            int[] ids = new int[liked.size()];
            for (int i = 0; i < rows.length; i++) {
                ids[i] = liked.get(i).movieId();
                rows[i] = model.rowOf(ids[i]);
                values[i] = liked.get(i).rating();
            }
            return new Liked(rows, values, ids);
        }

        /** Contribution of each liked movie: cosine of the item factors weighted by the rating. */
        List<Integer> explain(LoadedModel model, int candidateRow) {
            int rank = model.rank();
            int first = -1;
            int second = -1;
            double firstWeight = 0;
            double secondWeight = 0;
            for (int i = 0; i < rows.length; i++) {
                double weight = ratings[i] * FactorMath.dot(model.unitVectors(), candidateRow * rank, rows[i] * rank, rank);
                if (weight > firstWeight) {
                    second = first;
                    secondWeight = firstWeight;
                    first = i;
                    firstWeight = weight;
                } else if (weight > secondWeight) {
                    second = i;
                    secondWeight = weight;
                }
            }
            List<Integer> because = new ArrayList<>(BECAUSE);
            if (first >= 0) {
                because.add(movieIds[first]);
            }
            if (second >= 0) {
                because.add(movieIds[second]);
            }
            return because;
        }
    }
}
