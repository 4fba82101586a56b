package io.movierecs.job;

import java.util.PriorityQueue;

/** One user's best {@code n} movies, best first. */
record TopN(int[] movieIds, float[] scores) {

    /**
     * Picks the {@code n} highest of {@code scores} (indexed like {@code movieIds}) whose index is
     * not {@code excluded}; ties go to the lower movie id, so the result is deterministic.
     */
    static TopN select(int[] movieIds, float[] scores, boolean[] excluded, int n) {
        PriorityQueue<Integer> best = new PriorityQueue<>(n + 1, (a, b) -> a.equals(b) ? 0
                : scores[a] != scores[b] ? Float.compare(scores[a], scores[b]) : Integer.compare(movieIds[b], movieIds[a]));
        for (int i = 0; i < scores.length; i++) {
            if (excluded[i]) {
                continue;
            }
            if (best.size() < n) {
                best.add(i);
            } else if (beats(i, best.peek(), movieIds, scores)) {
                best.poll();
                best.add(i);
            }
        }
        int size = best.size();
        int[] ids = new int[size];
        float[] values = new float[size];
        for (int position = size - 1; position >= 0; position--) {
            int index = best.poll();
            ids[position] = movieIds[index];
            values[position] = scores[index];
        }
        return new TopN(ids, values);
    }

    private static boolean beats(int candidate, int worst, int[] movieIds, float[] scores) {
        return scores[candidate] > scores[worst]
                || (scores[candidate] == scores[worst] && movieIds[candidate] < movieIds[worst]);
    }
}
