package io.movierecs.web.training;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import io.movierecs.web.system.ApiAccess;
import io.movierecs.web.system.ApiProblems;
import io.movierecs.web.system.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;

@Controller("/internal/training-runs")
@Secured({TrainingApiKey.ROLE, "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "training")
@SecurityScheme(name = TrainingRunController.API_KEY, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = TrainingApiKey.HEADER, description = "The training API key the scheduler's connection sends")
@ApiProblems.BadRequest
@ApiProblems.Unauthorized
@ApiProblems.Forbidden
@ApiProblems.ServiceUnavailable
class TrainingRunController {
    static final String API_KEY = "trainingApiKey";

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
    @Operation(summary = "Start a training run unless one is active or nothing is new (force=true trains anyway); "
            + "for the scheduler's key or an admin")
    @ApiResponse(responseCode = "202", description = "A run started; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingRunView.class)))
    @ApiResponse(responseCode = "200", description = "The run already in progress, or a SKIPPED run saying why")
    @SecurityRequirement(name = API_KEY)
    @ApiAccess.SignedIn
    HttpResponse<TrainingRunView> trigger(@QueryValue(defaultValue = "false") boolean force) {
        TriggerOutcome outcome = trigger.trigger(force);
        TrainingRunView view = runs.view(outcome.run());
        if (outcome.kind() == TriggerOutcome.Kind.STARTED) {
            return HttpResponse.<TrainingRunView>accepted(URI.create("/internal/training-runs/" + view.runId())).body(view);
        }
        return HttpResponse.ok(view);
    }

    @Get
    @Operation(operationId = "listTrainingRuns",
            summary = "The latest runs, newest first, with their metrics; for the scheduler's key or an admin")
    @SecurityRequirement(name = API_KEY)
    @ApiAccess.SignedIn
    List<TrainingRunView> list(@QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return runs.recent(limit);
    }

    @Get("/{runId}")
    @Operation(summary = "One run with its status, metrics and events; for the scheduler's key or an admin")
    @SecurityRequirement(name = API_KEY)
    @ApiAccess.SignedIn
    @ApiProblems.NotFound
    TrainingRunView show(@PathVariable String runId) {
        return runs.find(runId).orElseThrow(() -> ProblemException.notFound("No training run " + runId));
    }

    @Post("/{runId}/cancel")
    @Operation(summary = "Cancel a run in progress; admins only")
    @ApiAccess.SignedIn
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @Secured("ADMIN")
    TrainingRunView cancel(@PathVariable String runId, Authentication admin) {
        try {
            return runs.view(cancellation.cancel(runId, admin.getAttributes().getOrDefault("email", admin.getName()).toString()));
        } catch (RunCancellation.CancelRefusedException e) {
            throw new ProblemException(e.unknown() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, e.getMessage());
        }
    }

    @Post("/{runId}/rollback")
    @Operation(summary = "Serve an earlier RETIRED or REJECTED run again; admins only; 409 for any other run")
    @ApiAccess.SignedIn
    @ApiProblems.Conflict
    @Secured("ADMIN")
    TrainingRunView rollBack(@PathVariable String runId, Authentication admin) {
        try {
            return runs.view(modelSwitch.rollBack(runId, admin.getAttributes().getOrDefault("email", admin.getName()).toString()));
        } catch (ModelSwitchRefusedException e) {
            throw new ProblemException(HttpStatus.CONFLICT, e.getMessage());
        }
    }
}
