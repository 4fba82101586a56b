package io.movierecs.web.training;

/** What a trigger did: started a run, found one in progress, or recorded a skip. */
record TriggerOutcome(Kind kind, TrainingRun run) {

    enum Kind { STARTED, IN_PROGRESS, SKIPPED }
}
