package io.movierecs.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalRedirectTest {

    @Test
    void aPathOnThisSiteIsKept() {
        assertThat(LocalRedirect.or("/me/ratings", "/movies")).isEqualTo("/me/ratings");
        assertThat(LocalRedirect.or("/movies?query=alien&page=2", "/movies")).isEqualTo("/movies?query=alien&page=2");
    }

    @Test
    void anythingABrowserWouldTakeToAnotherSiteFallsBack() {
        assertThat(LocalRedirect.or("//evil.example.com/", "/movies")).isEqualTo("/movies");
        assertThat(LocalRedirect.or("/\\evil.example.com", "/movies")).isEqualTo("/movies");
        assertThat(LocalRedirect.or("https://evil.example.com/", "/movies")).isEqualTo("/movies");
        assertThat(LocalRedirect.or("/\r\nSet-Cookie: x=y", "/movies")).isEqualTo("/movies");
        assertThat(LocalRedirect.or(null, "/movies")).isEqualTo("/movies");
    }

    @Test
    void aPathTooLongOrThatIsNoUriFallsBack() {
        assertThat(LocalRedirect.or("/" + "a".repeat(LocalRedirect.MAX_LENGTH), "/movies")).isEqualTo("/movies");
        assertThat(LocalRedirect.or("/movies?query=star wars", "/movies")).isEqualTo("/movies");
    }
}
