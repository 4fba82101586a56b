package io.movierecs.web.accounts;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/** BCrypt with cost 10: about 50 ms a check, slow for guessing, quick enough for logins. */
@Singleton
class PasswordHasher {

    private static final int COST = 10;
    // BCrypt reads only 72 bytes; longer passwords are pre-hashed instead of cut or refused.
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A);
    // Checked when the email is unknown so that a miss takes as long as a wrong password.
    private final String decoy = hash("decoy password that nobody has");

    String hash(String password) {
        return BCrypt.with(LONG_PASSWORDS).hashToString(COST, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer(BCrypt.Version.VERSION_2A, LONG_PASSWORDS).verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    void spendTimeOnDecoy(String password) {
        matches(password, decoy);
    }
}
