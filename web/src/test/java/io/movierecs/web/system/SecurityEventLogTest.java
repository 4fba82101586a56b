package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.movierecs.web.accounts.AdminRoleCommand;
import io.movierecs.web.support.Admins;
import io.movierecs.web.support.Api;
import io.movierecs.web.support.Api.Response;
import io.movierecs.web.support.LogCapture;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What an operator reads after an incident: who did what from where, never a secret. */
@MicronautTest(transactional = false)
class SecurityEventLogTest {
    private static final String PASSWORD = "the right password";
    private static final String GUESS = "a-guessed-password-42";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;

    @Test
    void logInsFailuresThrottlingAndLogoutsAreLoggedWithUserAndAddressButNoSecret() {
        Api api = new Api(server, json);
        String email = Api.uniqueEmail("logged");
        long userId;
        String token;
        List<String> lines;
        try (LogCapture log = new LogCapture(SecurityLog.LOGGER)) {
            userId = api.post("/api/signup", Api.signupJson(email, PASSWORD, "Logged")).json().get("id").getLongValue();
            token = api.login(email, PASSWORD).json().get("access_token").getStringValue();
            for (int i = 0; i < 6; i++) {
                api.login(email, GUESS);
            }
            api.send("POST", "/api/logout", null, token, null);
            AdminRoleCommand.run(new String[] {AdminRoleCommand.GRANT, email}, new PrintStream(new ByteArrayOutputStream()));
            lines = log.lines();
        }

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("event=signup", "user=" + userId, "client=127.0.0.1"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("event=login.success", "user=" + userId, "client=127.0.0.1"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("event=login.failure", "user=" + userId, "client="));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("event=role.changed", "user=" + userId, "role=ADMIN",
                "by=command:"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("event=throttled", "limit=login", "user=" + userId));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("event=sessions.ended", "reason=logout", "user=" + userId));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain(GUESS, PASSWORD, token, email));
        assertThat(lines).filteredOn(line -> !line.contains("role.changed"))
                .allSatisfy(line -> assertThat(line).containsPattern("requestId=[0-9a-f-]{36}"));
    }

    @Test
    void adminTriggersAreLoggedWithWhoDidIt() {
        Api api = new Api(server, json);
        String admin = Admins.newAdminToken(api, dataSource);
        List<String> lines;
        try (LogCapture log = new LogCapture(SecurityLog.LOGGER)) {
            api.send("POST", "/internal/training-runs/no-such-run/rollback", "", admin, "application/json");
            Response byKey = api.send("POST", "/internal/training-runs/no-such-run/rollback", "", null, "application/json",
                    Map.of("X-Api-Key", "test-training-key"));
            assertThat(byKey.status()).isEqualTo(403);
            lines = log.lines();
        }

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("event=admin.action", "by=user:",
                "path=/internal/training-runs/no-such-run/rollback", "status=409"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("event=admin.action", "by=training-api-key",
                "status=403"));
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("test-training-key", admin));
    }
}
