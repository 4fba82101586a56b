package io.movierecs.web.accounts;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code java -jar movierecs-web.jar grant-admin EMAIL} (or {@code revoke-admin EMAIL}): gives
 * or takes the admin role of an existing account in the configured database, without starting
 * the web server. Taking it away also ends that user's sessions at once.
 */
public final class AdminRoleCommand {

    public static final String GRANT = "grant-admin";
    public static final String REVOKE = "revoke-admin";

    private AdminRoleCommand() {
    }

    public static boolean handles(String command) {
        return GRANT.equals(command) || REVOKE.equals(command);
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 2 || !handles(args[0]) || args[1].isBlank()) {
            out.println("usage: " + GRANT + " EMAIL | " + REVOKE + " EMAIL   (the account must exist: sign up first)");
            return 2;
        }
        boolean grant = GRANT.equals(args[0]);
        String email = args[1];
        // A one-off command: background work of the running app (training schedule) stays off.
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(true)
                .properties(Map.of("movierecs.training.reconciler.enabled", false, "movierecs.training.schedule", ""))
                .start()) {
            OptionalLong userId = context.getBean(AdminRoles.class).set(email, grant, operator());
            if (userId.isEmpty()) {
                out.println("No account has the email " + email + "; sign up with it first");
                return 1;
            }
            out.println((grant ? "Granted" : "Revoked") + " the admin role of user " + userId.getAsLong() + " (" + email + ")"
                    + (grant ? "; it applies to their next request" : "; their sessions have ended"));
            return 0;
        } catch (RuntimeException e) {
            out.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static String operator() {
        return "command:" + System.getProperty("user.name", "unknown");
    }
}
