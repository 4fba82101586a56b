package io.movierecs.web.accounts;

import io.movierecs.web.system.SecurityLog;
import jakarta.inject.Singleton;
import java.util.OptionalLong;

/** Grants and takes away the admin role; only operators reach this, through {@link AdminRoleCommand}. */
@Singleton
class AdminRoles {

    private final UserRepository users;
    private final AccountSessions sessions;
    private final SecurityLog securityLog;

    AdminRoles(UserRepository users, AccountSessions sessions, SecurityLog securityLog) {
        this.users = users;
        this.sessions = sessions;
        this.securityLog = securityLog;
    }

    /** @return the user's id, or empty when no account has this email */
    OptionalLong set(String email, boolean admin, String operator) {
        String role = admin ? CurrentUser.ROLE_ADMIN : CurrentUser.ROLE_USER;
        OptionalLong userId = users.setRole(email.trim(), role) == 0 ? OptionalLong.empty()
                : OptionalLong.of(users.findByEmail(email.trim()).orElseThrow().id());
        userId.ifPresent(id -> {
            sessions.forget(id);
            securityLog.roleChanged(id, role, operator);
        });
        return userId;
    }
}
