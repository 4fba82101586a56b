package io.movierecs.web.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.movierecs.web.feedback.OnlineFeedback;
import io.movierecs.web.serving.ModelSwitch;
import io.movierecs.web.serving.ModelSwitchRefusedException;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The admins' page: runs with their offline metrics and online feedback, charts over runs, and the trigger, cancel and roll-back buttons. */
@Controller("/training-runs")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
class TrainingPageController {
    private static final int SHOWN = 100;

    private final TrainingRuns runs;
    private final TrainingTrigger trigger;
    private final ModelSwitch modelSwitch;
    private final RunCancellation cancellation;
    private final JsonMapper json;
    private final OnlineFeedback onlineFeedback;

    TrainingPageController(TrainingRuns runs, TrainingTrigger trigger, ModelSwitch modelSwitch,
                           RunCancellation cancellation, JsonMapper json, OnlineFeedback onlineFeedback) {
        this.runs = runs;
        this.trigger = trigger;
        this.modelSwitch = modelSwitch;
        this.cancellation = cancellation;
        this.json = json;
        this.onlineFeedback = onlineFeedback;
    }

    @Get
    ModelAndView<Map<String, Object>> page(@QueryValue @Nullable String notice) throws IOException {
        List<TrainingRunView> recent = runs.recent(SHOWN);
        Map<String, Object> model = new HashMap<>();
        model.put("runs", recent);
        model.put("active", recent.stream().filter(r -> r.status() == RunStatus.ACTIVE).findFirst().orElse(null));
        model.put("rollbackTargets", ModelSwitch.ROLLBACK_TARGETS);
        List<ChartPoint> chart = chart(recent);
        model.put("chartJson", json.writeValueAsString(chart));
        model.put("hasBeyondAccuracy", chart.stream().anyMatch(point -> point.novelty() != null));
        model.put("online", onlineFeedback.byModelVersion());
        model.put("onlineWindowDays", onlineFeedback.window().toDays());
        model.put("notice", notice);
        return new ModelAndView<>("training-runs", model);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> trigger(@Body Map<String, String> form) {
        TriggerOutcome outcome = trigger.trigger("true".equals(form.get("force")));
        String notice = switch (outcome.kind()) {
            case STARTED -> "Run " + outcome.run().runId() + " started";
            case IN_PROGRESS -> "Run " + outcome.run().runId() + " is still in progress";
            case SKIPPED -> "Skipped: " + outcome.run().reason();
        };
        return back(notice);
    }

    @Post(value = "/{runId}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(Authentication admin, @PathVariable String runId) {
        try {
            cancellation.cancel(runId, String.valueOf(admin.getAttributes().getOrDefault("email", admin.getName())));
            return back("Run " + runId + " cancelled");
        } catch (RunCancellation.CancelRefusedException e) {
            return back(e.getMessage());
        }
    }

    @Post(value = "/{runId}/rollback", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rollBack(Authentication admin, @PathVariable String runId) {
        try {
            modelSwitch.rollBack(runId, String.valueOf(admin.getAttributes().getOrDefault("email", admin.getName())));
            return back("Rolled back to run " + runId);
        } catch (ModelSwitchRefusedException e) {
            return back(e.getMessage());
        }
    }

    private static List<ChartPoint> chart(List<TrainingRunView> recent) {
        return recent.stream()
                .filter(r -> r.manifest() != null)
                .sorted(Comparator.comparing(TrainingRunView::createdAt))
                .map(r -> ChartPoint.of(r.runId(), r.manifest()))
                .toList();
    }

    private static HttpResponse<?> back(String notice) {
        return HttpResponse.seeOther(URI.create("/training-runs?notice=" + URLEncoder.encode(notice, StandardCharsets.UTF_8)));
    }
}
