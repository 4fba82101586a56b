package io.movierecs.web.serving;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this instance serves: the run whose lists are read ({@link #run()}) and the model fold-in,
 * explanations and similar movies are computed from ({@link #model()}). When another run serves,
 * its lists count at once; its model replaces the previous one only once all its artefacts have
 * loaded. A model that fails to load (the store briefly unreachable, an artefact missing) is tried
 * again with a doubling wait until it loads or another run serves; meanwhile the previous model,
 * or none, is used and {@link #state()} says so.
 */
@Singleton
public class ServedModel {
    private static final Logger LOG = LoggerFactory.getLogger(ServedModel.class);

    private final ModelLoader loader;
    private final TaskScheduler scheduler;
    private final ServingSettings settings;
    private volatile ServedRun run;
    private volatile LoadedModel model;
    private volatile ModelLoadState state = ModelLoadState.noRun();
    /** Bumped whenever another run serves; a retry scheduled for an earlier run then does nothing. */
    private long generation;

    ServedModel(ModelLoader loader, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler, ServingSettings settings) {
        this.loader = loader;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    /** The run whose lists are served; empty until a run has been switched in. */
    public Optional<ServedRun> run() {
        return Optional.ofNullable(run);
    }

    /** The served run's model once loaded; until then the model of the run served before, if any. */
    public Optional<LoadedModel> model() {
        return Optional.ofNullable(model);
    }

    public ModelLoadState state() {
        return state;
    }

    @EventListener
    void onServedRunChanged(ServedRunChanged event) {
        long current;
        synchronized (this) {
            run = event.run();
            current = ++generation;
        }
        attempt(event.run(), current, 1, settings.loadRetryFirst());
    }

    private synchronized void attempt(ServedRun target, long targetGeneration, int attempt, Duration wait) {
        if (targetGeneration != generation) {
            return;
        }
        LoadedModel loaded = model;
        if (loaded != null && loaded.version().equals(target.runId())) {
            state = new ModelLoadState(ModelLoadState.Phase.LOADED, target.runId(), target.runId(), 0, null, null);
            return;
        }
        if (attempt == 1) {
            state = new ModelLoadState(ModelLoadState.Phase.LOADING, target.runId(), version(loaded), 0, null, null);
        }
        try {
            LoadedModel next = loader.load(target);
            model = next;
            state = new ModelLoadState(ModelLoadState.Phase.LOADED, target.runId(), target.runId(), 0, null, null);
            LOG.info("Recommending from model {} (rank {}, {} movies, {}){}", target.runId(), next.rank(), next.size(),
                    next.implicit() ? "implicit" : "explicit", attempt > 1 ? " after " + attempt + " attempts" : "");
        } catch (Exception e) {
            Instant next = Instant.now().plus(wait);
            state = new ModelLoadState(ModelLoadState.Phase.RETRYING, target.runId(), version(loaded), attempt,
                    e.toString(), next);
            if (attempt == 1) {
                LOG.error("Model {} under {} could not be loaded, so recommendations still come from {}; trying again"
                                + " until it loads: {}", target.runId(), target.modelPrefix(),
                        loaded == null ? "popular movies and the run's lists" : "model " + loaded.version(), e.toString());
            } else {
                LOG.warn("Model {} still could not be loaded (attempt {}): {}", target.runId(), attempt, e.toString());
            }
            Duration after = wait.multipliedBy(2).compareTo(settings.loadRetryMax()) > 0 ? settings.loadRetryMax() : wait.multipliedBy(2);
            scheduler.schedule(wait, () -> attempt(target, targetGeneration, attempt + 1, after));
        }
    }

    private static String version(LoadedModel model) {
        return model == null ? null : model.version();
    }
}
