package io.movierecs.web.system;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure because PostgreSQL cannot be reached (down, restarting, its connections cut)
 * from any other database error. Such a request is answered 503 with Retry-After at once, since
 * the pool gives up after a second; nothing about the request was wrong.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof SocketException) {
                return true;
            }
            if (cause instanceof SQLException sql && unreachable(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** Connection exceptions (class 08) and the server shutting down or not accepting connections yet (57P01-57P03). */
    private static boolean unreachable(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
