package io.movierecs.web.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;

/** How the app's cookies are sent: Secure everywhere except the local environment (plain HTTP). */
@ConfigurationProperties("movierecs.cookies")
public interface CookieSettings {

    @Bindable(defaultValue = "true")
    boolean isSecure();

    default Cookie cookie(String name, String value, Duration maxAge) {
        return Cookie.of(name, value)
                .path("/")
                .httpOnly(true)
                .secure(isSecure())
                .sameSite(SameSite.Lax)
                .maxAge(maxAge);
    }
}
