package io.movierecs.job;

/** One user's best {@code n} movies, best first. */
record TopN(int[] movieIds, float[] scores) {

    /**
     * Picks the {@code n} highest of {@code scores} (indexed like {@code movieIds}) whose index is
     * not {@code excluded}; ties go to the lower movie id, so the result is deterministic.
     * A heap of indices in a plain int array, worst at the root: it runs for every user over the
     * whole catalogue and for every movie's neighbours, so it boxes nothing.
     */
    static TopN select(int[] movieIds, float[] scores, boolean[] excluded, int n) {
        int[] heap = new int[Math.max(0, Math.min(n, scores.length))];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            if (excluded[i]) {
                continue;
            }
            if (size < heap.length) {
                heap[size] = i;
                siftUp(heap, size++, movieIds, scores);
            } else if (size > 0 && worse(heap[0], i, movieIds, scores)) {
                heap[0] = i;
                siftDown(heap, size, movieIds, scores);
            }
        }
        int[] ids = new int[size];
        float[] values = new float[size];
        for (int position = size - 1; position >= 0; position--) {
            int index = heap[0];
            ids[position] = movieIds[index];
            values[position] = scores[index];
            heap[0] = heap[position];
            siftDown(heap, position, movieIds, scores);
        }
        return new TopN(ids, values);
    }

    /** Whether index {@code a} ranks below {@code b}: a lower score, or the same score and a higher movie id. */
    private static boolean worse(int a, int b, int[] movieIds, float[] scores) {
        int byScore = Float.compare(scores[a], scores[b]);
        return byScore < 0 || (byScore == 0 && movieIds[a] > movieIds[b]);
    }

    private static void siftUp(int[] heap, int position, int[] movieIds, float[] scores) {
        int item = heap[position];
        while (position > 0) {
            int parent = (position - 1) >>> 1;
            if (!worse(item, heap[parent], movieIds, scores)) {
                break;
            }
            heap[position] = heap[parent];
            position = parent;
        }
        heap[position] = item;
    }

    private static void siftDown(int[] heap, int size, int[] movieIds, float[] scores) {
        int item = heap[0];
        int position = 0;
        while (true) {
            int child = 2 * position + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && worse(heap[child + 1], heap[child], movieIds, scores)) {
                child++;
            }
            if (!worse(heap[child], item, movieIds, scores)) {
                break;
            }
            heap[position] = heap[child];
            position = child;
        }
        heap[position] = item;
    }
}
