package io.movierecs.web.training;

/** What a trigger did: started a run, found one in progress, or recorded a skip. */
public record TriggerOutcome(Kind kind, TrainingRun run) {

    public enum Kind { STARTED, IN_PROGRESS, SKIPPED }
}
