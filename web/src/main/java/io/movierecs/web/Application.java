package io.movierecs.web;

import io.micronaut.runtime.Micronaut;
import io.movierecs.web.accounts.AdminRoleCommand;
import io.movierecs.web.movies.ImportCommand;
import io.movierecs.web.system.ApiAccess;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

@OpenAPIDefinition(info = @Info(title = "movierecs", version = "1",
        description = "Accounts, the MovieLens catalogue, ratings and recommendations. Errors are "
                + "application/problem+json. Get a bearer token from POST /api/login."),
        servers = @Server(url = "/", description = "The host serving this document"))
@SecurityScheme(name = ApiAccess.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "The access_token from POST /api/login")
@SecurityScheme(name = ApiAccess.SESSION_COOKIE, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        paramName = ApiAccess.SESSION_COOKIE_NAME,
        description = "The session the pages sign in to; a change sent with it needs this site's Origin header")
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ImportCommand.NAME)) {
            System.exit(ImportCommand.run(args, System.out));
        }
        if (args.length > 0 && AdminRoleCommand.handles(args[0])) {
            System.exit(AdminRoleCommand.run(args, System.out));
        }
        micronaut(args).start();
    }

    /** Settings are read and validated at start, so a bad value stops the start instead of a later request. */
    static Micronaut micronaut(String... args) {
        Micronaut micronaut = Micronaut.build(args).mainClass(Application.class);
        micronaut.eagerInitConfiguration(true);
        return micronaut;
    }
}
