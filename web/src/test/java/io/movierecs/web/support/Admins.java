package io.movierecs.web.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Grants the admin role as the grant-admin command does: in the database, out of band. */
public final class Admins {

    private Admins() {
    }

    /** Call before the account's first signed-in request, so no instance has cached its role yet. */
    public static void grant(DataSource dataSource, String email) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE users SET role = 'ADMIN' WHERE lower(email) = lower(?)")) {
            update.setString(1, email);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no account " + email);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs a new admin up through the API and answers their bearer token. */
    public static String newAdminToken(Api api, DataSource dataSource) {
        String email = Api.uniqueEmail("admin");
        Api.Response signup = api.post("/api/signup", Api.signupJson(email, "correct horse battery", "Admin"));
        if (signup.status() != 201) {
            throw new IllegalStateException("signup failed: " + signup.body());
        }
        grant(dataSource, email);
        return api.login(email, "correct horse battery").json().get("access_token").getStringValue();
    }
}
