package org.concerto.participant;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;

/**
 * The checks of a people import, line by line, without a database: the directory is asked through
 * {@link Directory} once for the whole file. Columns are found by their header, in French or English,
 * in any order; other columns are ignored. Each person is built by the {@link Person} constructor, so a
 * line is held to exactly the rules of the form.
 */
public final class PeopleImport {

    /** Larger files are refused before reading them: a directory import is a few hundred lines. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public static final int MAX_ROWS = 5000;

    private static final int EXCERPT_LENGTH = 120;

    /** What an import needs to know about the directory. */
    public interface Directory {
        /** Those of the given (normalised) addresses that already belong to someone. */
        Set<String> existingEmails(Collection<String> emails);

        /** Every organisation, to be found by name or acronym. */
        List<OrganisationRow> organisations();
    }

    enum Column {
        FIRST_NAME("firstName", true, "prenom", "firstname", "givenname", "forename"),
        LAST_NAME("lastName", true, "nom", "nomdefamille", "lastname", "surname", "familyname"),
        EMAIL(
                "email",
                true,
                "email",
                "mail",
                "courriel",
                "adresseelectronique",
                "adressemail",
                "adressecourriel",
                "emailaddress"),
        ORGANISATION("organisation", false, "organisation", "organization", "organisme", "structure"),
        JOB_TITLE("jobTitle", false, "fonction", "poste", "titre", "jobtitle", "title", "position"),
        LANGUAGE("language", false, "langue", "languepreferee", "language", "preferredlanguage", "lang");

        private final String field;
        private final boolean required;
        private final Set<String> headers;

        Column(String field, boolean required, String... headers) {
            this.field = field;
            this.required = required;
            this.headers = Set.of(headers);
        }

        static Column of(String header) {
            String key = simplify(header);
            for (Column column : values()) {
                if (column.headers.contains(key)) {
                    return column;
                }
            }
            return null;
        }
    }

    private static final Map<String, Language> LANGUAGES = Map.of(
            "fr",
            Language.FR,
            "francais",
            Language.FR,
            "french",
            Language.FR,
            "fra",
            Language.FR,
            "en",
            Language.EN,
            "anglais",
            Language.EN,
            "english",
            Language.EN,
            "eng",
            Language.EN);

    private PeopleImport() {}

    /** Checks a whole file; refuses it as a whole only when it cannot be read (too large, no header, a required column missing). */
    public static ImportPreview check(byte[] content, Directory directory) {
        if (content.length > MAX_BYTES) {
            throw new BusinessException("error.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        CsvFile file = CsvFile.parse(content);
        List<CsvFile.Record> records = file.records();
        if (records.size() - 1 > MAX_ROWS) {
            throw new BusinessException("error.import.tooManyRows", MAX_ROWS);
        }
        Map<Column, Integer> columns = columns(records.get(0).fields());
        int width = records.get(0).fields().size();
        List<CsvFile.Record> rows = records.subList(1, records.size());
        if (rows.isEmpty()) {
            throw new BusinessException("error.import.noRows");
        }

        Map<String, List<Integer>> linesByEmail = new HashMap<>();
        for (CsvFile.Record row : rows) {
            String email = normalisedOrNull(value(row, columns, Column.EMAIL));
            if (email != null) {
                linesByEmail.computeIfAbsent(email, e -> new ArrayList<>()).add(row.line());
            }
        }
        Set<String> existing = directory.existingEmails(linesByEmail.keySet());
        Map<String, OrganisationRow> organisations = organisationsByKey(directory.organisations());

        List<ImportedPerson> accepted = new ArrayList<>();
        List<ImportProblem> refused = new ArrayList<>();
        for (CsvFile.Record row : rows) {
            String excerpt = excerpt(row, file.separator());
            try {
                accepted.add(checkRow(row, width, columns, existing, organisations, linesByEmail));
            } catch (BusinessException refusal) {
                refused.add(ImportProblem.of(row.line(), excerpt, refusal));
            }
        }
        return new ImportPreview(file.separator(), accepted, refused);
    }

    private static ImportedPerson checkRow(
            CsvFile.Record row,
            int width,
            Map<Column, Integer> columns,
            Set<String> existing,
            Map<String, OrganisationRow> organisations,
            Map<String, List<Integer>> linesByEmail) {
        if (row.unclosedQuote()) {
            throw new BusinessException("error.import.unclosedQuote");
        }
        if (row.fields().size() > width) {
            throw new BusinessException(
                    "error.import.extraFields", width, row.fields().size());
        }
        Person person = new Person(
                value(row, columns, Column.FIRST_NAME),
                value(row, columns, Column.LAST_NAME),
                value(row, columns, Column.EMAIL),
                language(value(row, columns, Column.LANGUAGE)),
                null);
        person.describeRole(value(row, columns, Column.JOB_TITLE));
        OrganisationRow organisation = null;
        String organisationName = value(row, columns, Column.ORGANISATION);
        if (organisationName != null && !organisationName.isBlank()) {
            organisation = organisations.get(key(organisationName));
            if (organisation == null) {
                throw new BusinessException("error.import.unknownOrganisation", organisationName.trim());
            }
        }
        if (existing.contains(person.getEmail())) {
            throw new BusinessException("error.import.emailKnown", person.getEmail());
        }
        List<Integer> lines = linesByEmail.get(person.getEmail());
        if (lines.size() > 1) {
            int other = lines.stream()
                    .filter(line -> line != row.line())
                    .findFirst()
                    .orElseThrow();
            throw new BusinessException("error.import.emailTwice", person.getEmail(), String.valueOf(other));
        }
        return new ImportedPerson(row.line(), person, organisation);
    }

    private static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            Column column = Column.of(header.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                throw new BusinessException("error.import.missingColumn", new FieldName(column.field));
            }
        }
        return columns;
    }

    private static String value(CsvFile.Record row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= row.fields().size()
                ? null
                : row.fields().get(index);
    }

    private static Language language(String text) {
        if (text == null || text.isBlank()) {
            return Language.FR;
        }
        Language language = LANGUAGES.get(simplify(text));
        if (language == null) {
            throw new BusinessException("error.import.unknownLanguage", text.trim());
        }
        return language;
    }

    private static String normalisedOrNull(String email) {
        try {
            return EmailAddresses.normalise(email);
        } catch (BusinessException invalid) {
            return null;
        }
    }

    /** By name first; by acronym only when no other organisation has it (or it is someone's name). */
    private static Map<String, OrganisationRow> organisationsByKey(List<OrganisationRow> rows) {
        Map<String, OrganisationRow> byAcronym = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (OrganisationRow row : rows) {
            if (row.getAcronym() != null && byAcronym.putIfAbsent(key(row.getAcronym()), row) != null) {
                ambiguous.add(key(row.getAcronym()));
            }
        }
        ambiguous.forEach(byAcronym::remove);
        Map<String, OrganisationRow> byKey = new LinkedHashMap<>(byAcronym);
        rows.forEach(row -> byKey.put(key(row.getName()), row));
        return byKey;
    }

    private static String key(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** "Prénom" -> "prenom", "E-mail" -> "email", "Job title" -> "jobtitle". */
    static String simplify(String header) {
        String decomposed = Normalizer.normalize(header.trim(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static String excerpt(CsvFile.Record row, char separator) {
        String text = String.join(String.valueOf(separator), row.fields())
                .replaceAll("\\s+", " ")
                .trim();
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH - 1) + "…";
    }
}
