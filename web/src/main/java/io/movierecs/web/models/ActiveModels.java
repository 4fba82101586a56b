package io.movierecs.web.models;

import java.util.Optional;

/** Which model serves now, as recorded in the database; empty until a run has been activated. */
public interface ActiveModels {

    Optional<ActiveModel> current();
}
