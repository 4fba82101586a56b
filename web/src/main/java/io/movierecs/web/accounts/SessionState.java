package io.movierecs.web.accounts;

import java.util.List;

/** What a request's session depends on, as the database has it now. */
record SessionState(long userId, String email, String displayName, String role, int version) {

    List<String> roles() {
        return CurrentUser.ROLE_ADMIN.equals(role) ? List.of(CurrentUser.ROLE_USER, CurrentUser.ROLE_ADMIN)
                : List.of(CurrentUser.ROLE_USER);
    }
}
