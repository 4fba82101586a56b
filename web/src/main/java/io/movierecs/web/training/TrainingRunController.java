package io.movierecs.web.training;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.movierecs.web.serving.ModelSwitch;
import io.movierecs.web.serving.ModelSwitchRefusedException;
import io.movierecs.web.system.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;

@Controller("/internal/training-runs")
@Secured({TrainingApiKey.ROLE, "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TrainingRunController {
    private final TrainingTrigger trigger;
    private final TrainingRuns runs;
    private final ModelSwitch modelSwitch;
    private final RunCancellation cancellation;

    TrainingRunController(TrainingTrigger trigger, TrainingRuns runs, ModelSwitch modelSwitch,
                          RunCancellation cancellation) {
        this.trigger = trigger;
        this.runs = runs;
        this.modelSwitch = modelSwitch;
        this.cancellation = cancellation;
    }

    @Post
    HttpResponse<TrainingRunView> trigger(@QueryValue(defaultValue = "false") boolean force) {
        TriggerOutcome outcome = trigger.trigger(force);
        TrainingRunView view = runs.view(outcome.run());
        if (outcome.kind() == TriggerOutcome.Kind.STARTED) {
            return HttpResponse.<TrainingRunView>accepted(URI.create("/internal/training-runs/" + view.runId())).body(view);
        }
        return HttpResponse.ok(view);
    }

    @Get
    List<TrainingRunView> list(@QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return runs.recent(limit);
    }

    @Get("/{runId}")
    TrainingRunView show(@PathVariable String runId) {
        return runs.find(runId).orElseThrow(() -> ProblemException.notFound("No training run " + runId));
    }

    @Post("/{runId}/cancel")
    @Secured("ADMIN")
    TrainingRunView cancel(@PathVariable String runId, Authentication admin) {
        try {
            return runs.view(cancellation.cancel(runId, admin.getAttributes().getOrDefault("email", admin.getName()).toString()));
        } catch (RunCancellation.CancelRefusedException e) {
            throw new ProblemException(e.unknown() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, e.getMessage());
        }
    }

    @Post("/{runId}/rollback")
    @Secured("ADMIN")
    TrainingRunView rollBack(@PathVariable String runId, Authentication admin) {
        try {
            return runs.view(modelSwitch.rollBack(runId, admin.getAttributes().getOrDefault("email", admin.getName()).toString()));
        } catch (ModelSwitchRefusedException e) {
            throw new ProblemException(HttpStatus.CONFLICT, e.getMessage());
        }
    }
}
