package com.careerbridge.crm.candidate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.InvalidValueException.FieldViolation;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.Office;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk creation of candidates from a CSV file (UTF-8, with or without byte order mark, a header row naming the
 * columns). First a preview says what is wrong with each row; then the valid rows are imported together in one
 * transaction, with the same rules as creating one candidate by hand ({@link CandidateForm#validate()}, unique
 * e-mail). A duplicate inside the file or against the database is an error of that row, never a silent overwrite.
 */
@Service
@Transactional
public class CandidateImport {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final List<String> COLUMNS = List.of("fullName", "email", "phone", "language", "timeZone",
            "careerStage", "currentCompany", "currentTitle", "tags");
    private final Office office;
    private static final List<String> REQUIRED_COLUMNS = List.of("fullName", "email");
    private static final String TAG_SEPARATOR = ";";

    private final CandidateService candidates;
    private final CandidateAccess access;
    private final AccountService accounts;
    private final EntityManager entityManager;

    CandidateImport(CandidateService candidates, CandidateAccess access, AccountService accounts, EntityManager entityManager,
                    Office office) {
        this.office = office;
        this.candidates = candidates;
        this.access = access;
        this.accounts = accounts;
        this.entityManager = entityManager;
    }

    /** One data row of the file with what was read from it and everything wrong with it (empty: importable). */
    public record Row(int line, CandidateForm form, List<FieldViolation> errors) {

        public Row {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Every row of the file, checked. */
    public record Preview(List<Row> rows) {

        public Preview {
            rows = List.copyOf(rows);
        }

        public List<Row> validRows() {
            return rows.stream().filter(Row::valid).toList();
        }

        public List<Row> invalidRows() {
            return rows.stream().filter(row -> !row.valid()).toList();
        }
    }

    /** How many were created, and which rows were left out and why. */
    public record Result(int imported, List<Row> skipped) {
    }

    /**
     * Reads and checks a file without changing anything. Problems with the file as a whole (not UTF-8, no header,
     * a missing or unknown column, too many rows) fail with field {@code file}; problems of a row stay in that row.
     */
    @Transactional(readOnly = true)
    public Preview preview(InputStream csv) {
        requireStaff();
        List<List<String>> records = Csv.parse(decode(readLimited(csv)));
        if (records.isEmpty() || records.getFirst().stream().allMatch(String::isBlank)) {
            throw new InvalidValueException("file", "csv-empty");
        }
        Map<String, Integer> header = header(records.getFirst());
        List<List<String>> data = records.subList(1, records.size()).stream()
                .filter(cells -> !cells.stream().allMatch(String::isBlank))
                .toList();
        if (data.size() > MAX_ROWS) {
            throw new InvalidValueException("file", "csv-too-many-rows");
        }
        List<Row> rows = new ArrayList<>();
        int line = 1;
        for (List<String> cells : records.subList(1, records.size())) {
            line++;
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(readRow(line, cells, header));
        }
        return new Preview(markDuplicates(rows));
    }

    /**
     * Creates the candidates of the preview's valid rows in one transaction, checking them again (someone may have
     * created one of them since the preview). Rows that are no longer valid are skipped and reported.
     *
     * @param consultantId for an admin, whose caseload the new candidates join (null: nobody's yet); ignored for a
     *                     consultant, whose own caseload they always join
     */
    /** Reasons that depend on the database or the other rows, found again at import time. */
    private static final Set<String> RECHECKED = Set.of("taken", "duplicate-in-file");

    public Result importRows(Preview preview, Long consultantId) {
        Actor actor = requireStaff();
        if (actor.isAdmin() && consultantId != null) {
            accounts.findById(consultantId)
                    .filter(account -> account.getRole() != Role.CANDIDATE && account.isEnabled())
                    .orElseThrow(() -> new NotFoundException("consultant"));
        }
        // The row's own reading errors (an unknown language, a missing column) stay; whether its e-mail is taken is
        // asked again, since someone may have created that candidate since the preview.
        List<Row> rechecked = markDuplicates(preview.rows().stream()
                .map(row -> new Row(row.line(), row.form(), formErrors(row.form(), row.errors().stream()
                        .filter(violation -> !RECHECKED.contains(violation.reason())).toList())))
                .toList());
        int imported = 0;
        List<Row> skipped = new ArrayList<>();
        for (Row row : rechecked) {
            if (row.valid()) {
                candidates.create(row.form(), consultantId);
                imported++;
            } else {
                skipped.add(row);
            }
        }
        return new Result(imported, skipped);
    }

    private Actor requireStaff() {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        return actor;
    }

    private static byte[] readLimited(InputStream csv) {
        try (InputStream in = csv) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidValueException("file", "csv-too-large");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidValueException("file", "csv-not-utf8");
        }
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(column -> known.put(column.toLowerCase(Locale.ROOT), column));
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null || positions.containsKey(column)) {
                throw new InvalidValueException("file", "csv-unknown-column");
            }
            positions.put(column, i);
        }
        if (!positions.keySet().containsAll(REQUIRED_COLUMNS)) {
            throw new InvalidValueException("file", "csv-missing-column");
        }
        return positions;
    }

    private Row readRow(int line, List<String> cells, Map<String, Integer> header) {
        List<FieldViolation> errors = new ArrayList<>();
        if (cells.size() != header.size()) {
            errors.add(new FieldViolation("row", "csv-column-count"));
        }
        Language language = office.defaultLanguage();
        String languageCode = cell(cells, header, "language");
        if (!languageCode.isBlank()) {
            try {
                language = Language.fromCode(languageCode.strip());
            } catch (InvalidValueException e) {
                language = null;
                errors.add(new FieldViolation("language", "invalid"));
            }
        }
        CareerStage stage = null;
        String stageName = cell(cells, header, "careerStage").strip();
        if (!stageName.isEmpty()) {
            try {
                stage = CareerStage.valueOf(stageName.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("careerStage", "invalid"));
            }
        }
        String zone = cell(cells, header, "timeZone");
        String tags = cell(cells, header, "tags");
        CandidateForm form = new CandidateForm(cell(cells, header, "fullName"), cell(cells, header, "email"),
                cell(cells, header, "phone"), language, zone.isBlank() ? office.timeZone().getId() : zone.strip(),
                stage, cell(cells, header, "currentCompany"), cell(cells, header, "currentTitle"),
                tags.isBlank() ? List.of() : Arrays.asList(tags.split(TAG_SEPARATOR)));
        return new Row(line, form, formErrors(form, errors));
    }

    /** The form's own violations, without repeating a field that already has a more precise complaint. */
    private static List<FieldViolation> formErrors(CandidateForm form, List<FieldViolation> already) {
        List<FieldViolation> errors = new ArrayList<>(already);
        Set<String> fields = new HashSet<>();
        already.forEach(violation -> fields.add(violation.field()));
        try {
            form.validate();
        } catch (InvalidValueException e) {
            e.violations().stream().filter(violation -> !fields.contains(violation.field())).forEach(errors::add);
        }
        return errors;
    }

    private static String cell(List<String> cells, Map<String, Integer> header, String column) {
        Integer position = header.get(column);
        return position == null || position >= cells.size() ? "" : cells.get(position);
    }

    /** Marks the second and later rows with the same e-mail, and rows whose e-mail already belongs to a candidate. */
    private List<Row> markDuplicates(List<Row> rows) {
        Map<Row, String> emails = new HashMap<>();
        for (Row row : rows) {
            if (EmailAddress.isValid(row.form().email())) {
                emails.put(row, new EmailAddress(row.form().email()).value());
            }
        }
        Set<String> existing = existingEmails(new HashSet<>(emails.values()));
        Set<String> seen = new HashSet<>();
        List<Row> marked = new ArrayList<>();
        for (Row row : rows) {
            String email = emails.get(row);
            List<FieldViolation> errors = new ArrayList<>(row.errors());
            boolean emailFlagged = errors.stream().anyMatch(v -> v.field().equals("email"));
            if (email != null && !emailFlagged) {
                if (!seen.add(email)) {
                    errors.add(new FieldViolation("email", "duplicate-in-file"));
                } else if (existing.contains(email)) {
                    errors.add(new FieldViolation("email", "taken"));
                }
            }
            marked.add(new Row(row.line(), row.form(), errors));
        }
        return marked;
    }

    private Set<String> existingEmails(Collection<String> emails) {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(emails);
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            found.addAll(entityManager.createQuery("select c.email from Candidate c where c.email in :emails", String.class)
                    .setParameter("emails", chunk)
                    .getResultList());
        }
        return found;
    }

    /** Convenience for callers holding the whole file in memory (the upload component does). */
    @Transactional(readOnly = true)
    public Preview preview(byte[] csv) {
        return preview(new ByteArrayInputStream(csv));
    }

    /**
     * RFC 4180 reading: comma-separated, fields in double quotes may hold commas, line breaks and doubled quotes;
     * CRLF or LF line ends.
     */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> current = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                    fieldStarted = true;
                } else if (c == ',') {
                    current.add(field.toString());
                    field.setLength(0);
                    fieldStarted = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    current.add(field.toString());
                    records.add(current);
                    current = new ArrayList<>();
                    field.setLength(0);
                    fieldStarted = false;
                } else {
                    field.append(c);
                    fieldStarted = true;
                }
                i++;
            }
            if (quoted) {
                throw new InvalidValueException("file", "csv-malformed");
            }
            if (fieldStarted || !field.isEmpty() || !current.isEmpty()) {
                current.add(field.toString());
                records.add(current);
            }
            return records;
        }
    }
}
