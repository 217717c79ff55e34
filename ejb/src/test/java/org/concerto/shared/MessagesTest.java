package org.concerto.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.MeetingStatus;
import org.concerto.participant.Language;
import org.concerto.participant.StakeholderCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static final String FRENCH_FILE = "org/concerto/messages.properties";
    private static final String ENGLISH_FILE = "org/concerto/messages_en.properties";

    private static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(
            MeetingStatus.class,
            MeetingFormat.class,
            MeetingRole.class,
            AgendaItemKind.class,
            StakeholderCategory.class,
            Language.class,
            Role.class);

    private static Properties french;
    private static Properties english;

    @BeforeAll
    static void load() throws IOException {
        french = load(FRENCH_FILE);
        english = load(ENGLISH_FILE);
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("%s on the classpath", resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Properties properties = new Properties();
                properties.load(reader);
                return properties;
            }
        }
    }

    private static Properties file(String resource) {
        return FRENCH_FILE.equals(resource) ? french : english;
    }

    // --- completeness -----------------------------------------------------------------------------

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
        missingInFrench.removeAll(french.stringPropertyNames());

        assertThat(missingInEnglish)
                .as("keys of %s missing from %s", FRENCH_FILE, ENGLISH_FILE)
                .isEmpty();
        assertThat(missingInFrench)
                .as("keys of %s missing from %s", ENGLISH_FILE, FRENCH_FILE)
                .isEmpty();
    }

    /** A key written twice silently keeps its last value, which changes a label elsewhere in the application. */
    @ParameterizedTest
    @ValueSource(strings = {FRENCH_FILE, ENGLISH_FILE})
    void noKeyIsWrittenTwice(String resource) throws IOException {
        Set<String> seen = new java.util.HashSet<>();
        Set<String> twice = new TreeSet<>();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource);
                java.io.BufferedReader reader =
                        new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).trim())
                    .filter(key -> !seen.add(key))
                    .forEach(twice::add);
        }
        assertThat(twice).as("keys written twice in %s", resource).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {FRENCH_FILE, ENGLISH_FILE})
    void noValueIsBlank(String resource) {
        Properties messages = file(resource);
        List<String> blank = messages.stringPropertyNames().stream()
                .filter(key -> messages.getProperty(key).isBlank())
                .sorted()
                .toList();

        assertThat(blank).as("keys with a blank value in %s", resource).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {FRENCH_FILE, ENGLISH_FILE})
    void everyConstantOfTheDomainEnumerationsHasALabel(String resource) {
        Properties messages = file(resource);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : LABELLED_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                if (messages.getProperty(key) == null
                        || messages.getProperty(key).isBlank()) {
                    missing.add(key);
                }
            }
        }

        assertThat(missing).as("enum labels missing from %s", resource).isEmpty();
    }

    @Test
    void labelsAreReadThroughTheBundleInEachLanguage() {
        assertThat(Messages.label(Locale.FRENCH, MeetingStatus.CONVENED)).isEqualTo("Convoquée");
        assertThat(Messages.label(Locale.ENGLISH, MeetingStatus.CONVENED)).isEqualTo("Convened");
        assertThat(Messages.label(Locale.FRENCH, StakeholderCategory.PATIENT_ASSOCIATION))
                .isEqualTo("Association de patients");
    }

    @Test
    void aLanguageConcertoDoesNotSpeakFallsBackToFrench() {
        assertThat(Messages.get(Locale.GERMAN, "field.title")).isEqualTo("Titre");
        assertThat(Messages.get(null, "field.title")).isEqualTo("Titre");
    }

    @Test
    void anUnknownKeyIsShownAsSuch() {
        assertThat(Messages.get(Locale.ENGLISH, "no.such.key")).isEqualTo("???no.such.key???");
    }

    // --- formatting -------------------------------------------------------------------------------

    @Test
    void aRefusedTransitionReadsInFrenchWithFrenchLabels() {
        String message =
                Messages.format(Locale.FRENCH, "error.meeting.transition", MeetingStatus.HELD, MeetingStatus.CONVENED);

        assertThat(message)
                .isEqualTo("La réunion est à l'état « Tenue » : elle ne peut pas passer à l'état « Convoquée ».")
                .doesNotContain("''");
    }

    @Test
    void aRefusedTransitionReadsInEnglishWithEnglishLabels() {
        String message =
                Messages.format(Locale.ENGLISH, "error.meeting.transition", MeetingStatus.HELD, MeetingStatus.CONVENED);

        assertThat(message)
                .isEqualTo("The meeting is \"Held\": it cannot become \"Convened\".")
                .doesNotContain("''", "{", "???");
    }

    @Test
    void aRequiredFieldIsNamedInTheReadersLanguage() {
        BusinessException refusal = new BusinessException("error.required", new FieldName("title"));

        assertThat(refusal.getMessage(Locale.FRENCH)).isEqualTo("Le champ « Titre » est obligatoire.");
        assertThat(refusal.getMessage(Locale.ENGLISH)).isEqualTo("Title is required.");
    }

    @Test
    void aRefusedDurationStatesTheLimitInEachLanguage() {
        assertThat(Messages.format(Locale.FRENCH, "error.agenda.duration", 480))
                .isEqualTo("La durée prévue d'un point doit être comprise entre 1 et 480 minutes.");
        assertThat(Messages.format(Locale.ENGLISH, "error.agenda.duration", 480))
                .isEqualTo("An item's planned duration must be between 1 and 480 minutes.");
    }

    @Test
    void theLoggedMessageOfARefusalIsEnglish() {
        BusinessException refusal = new BusinessException("error.required", new FieldName("title"));

        assertThat(refusal.getMessage()).isEqualTo("Title is required.");
    }

    @Test
    void everyFieldNamedInARefusalHasALabel() {
        for (String field : List.of(
                "title",
                "purpose",
                "subject",
                "startsAt",
                "endsAt",
                "format",
                "venue",
                "onlineLink",
                "kind",
                "description",
                "name",
                "acronym",
                "category",
                "firstName",
                "lastName",
                "email",
                "jobTitle",
                "login",
                "roles")) {
            assertThat(french.getProperty("field." + field))
                    .as("field.%s in French", field)
                    .isNotBlank();
            assertThat(english.getProperty("field." + field))
                    .as("field.%s in English", field)
                    .isNotBlank();
        }
    }

    // --- error patterns ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {FRENCH_FILE, ENGLISH_FILE})
    void everyErrorIsAValidMessageFormatPattern(String resource) {
        Map<String, String> invalid = new TreeMap<>();
        errorPatterns(file(resource)).forEach((key, pattern) -> {
            try {
                new MessageFormat(pattern);
            } catch (IllegalArgumentException e) {
                invalid.put(key, e.getMessage());
            }
        });

        assertThat(invalid).as("invalid MessageFormat patterns in %s", resource).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {FRENCH_FILE, ENGLISH_FILE})
    void everyApostropheOfAnErrorIsDoubled(String resource) {
        List<String> single = errorPatterns(file(resource)).entrySet().stream()
                .filter(entry -> entry.getValue().replace("''", "").contains("'"))
                .map(Map.Entry::getKey)
                .toList();

        assertThat(single)
                .as(
                        "error patterns of %s with a single apostrophe (MessageFormat drops it and stops filling in {0} after it: write '')",
                        resource)
                .isEmpty();
    }

    @Test
    void bothLanguagesOfAnErrorTakeTheSameArguments() {
        Map<String, String> englishErrors = errorPatterns(english);
        List<String> differing = new ArrayList<>();
        errorPatterns(french).forEach((key, frenchPattern) -> {
            String englishPattern = englishErrors.get(key);
            if (englishPattern != null && argumentCount(frenchPattern) != argumentCount(englishPattern)) {
                differing.add(
                        key + " (fr " + argumentCount(frenchPattern) + ", en " + argumentCount(englishPattern) + ")");
            }
        });

        assertThat(differing)
                .as("errors whose French and English patterns use different arguments")
                .isEmpty();
    }

    private static Map<String, String> errorPatterns(Properties messages) {
        Map<String, String> patterns = new TreeMap<>();
        for (String key : messages.stringPropertyNames()) {
            if (key.startsWith("error.") && !key.startsWith("error.page.")) {
                patterns.put(key, messages.getProperty(key));
            }
        }
        return patterns;
    }

    private static int argumentCount(String pattern) {
        try {
            return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
