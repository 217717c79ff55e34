package org.concerto.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.util.Arrays;

/**
 * Salted, deliberately slow password hashes: bcrypt, written in the modular crypt form ({@code $2a$12$...})
 * that WildFly's Elytron JDBC realm reads with its modular-crypt mapper.
 */
public final class PasswordHasher {

    /** 2^12 rounds: about a quarter of a second per check on a small server, slow enough against guessing. */
    static final int COST = 12;

    private PasswordHasher() {}

    public static String hash(char[] password) {
        try {
            return new String(BCrypt.with(BCrypt.Version.VERSION_2A).hashToChar(COST, password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public static boolean matches(char[] password, String hash) {
        return BCrypt.verifyer().verify(password, hash.toCharArray()).verified;
    }
}
