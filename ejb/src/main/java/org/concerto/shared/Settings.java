package org.concerto.shared;

import java.util.Optional;

/**
 * Concerto's configuration, read from the environment (CONCERTO_*), with a system property of the same
 * name in lower case and dots (concerto.*) taking precedence. Nothing is read from files in the repo.
 */
public final class Settings {

    private Settings() {}

    public static Optional<String> get(String name) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property.trim());
        }
        String env = System.getenv(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.trim());
    }

    /** Where people open Concerto (CONCERTO_PUBLIC_URL), ending with a slash: links in mails and documents start here. */
    public static String publicUrl() {
        String url = get("concerto.public.url").orElse("http://localhost:8080/concerto/");
        return url.endsWith("/") ? url : url + "/";
    }

    /**
     * The regulator's name (CONCERTO_REGULATOR_NAME): it heads every document, signs the notices and is the
     * controller of the privacy notice. The founding case's regulator by default.
     */
    public static String regulatorName() {
        return get("concerto.regulator.name")
                .orElse("Agence nationale de sécurité du médicament et des produits de santé");
    }

    /** The regulator's postal address (CONCERTO_REGULATOR_ADDRESS), one line; the founding case's by default. */
    public static String regulatorAddress() {
        return get("concerto.regulator.address").orElse("143-147 boulevard Anatole France, 93200 Saint-Denis");
    }

    /** "true", "yes", "1" and "on" mean yes; absent means {@code defaultValue}. */
    public static boolean flag(String name, boolean defaultValue) {
        return get(name)
                .map(v -> switch (v.toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "yes", "1", "on" -> true;
                    default -> false;
                })
                .orElse(defaultValue);
    }
}
