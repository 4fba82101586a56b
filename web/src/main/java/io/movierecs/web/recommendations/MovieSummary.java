package io.movierecs.web.recommendations;

import java.util.List;

record MovieSummary(int movieId, String title, Integer year, List<String> genres) {
}
