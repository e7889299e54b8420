package com.careerbridge.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which feature owns each table, and which other features may read it. Features talk through services and events;
 * a query that reads another feature's table is a coupling no import shows, so each one is listed here with its
 * reason, and a new one fails this test until someone decides it is a read model worth having.
 *
 * <p>The scan reads core's main sources: SQL and JPQL in string literals and text blocks ({@code from}, {@code join},
 * {@code update}, {@code into} and comma joins, by table or entity name) and {@code @Table} mappings.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/com/careerbridge/crm");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Each table's owning feature (core package). */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("user_account", "account"), Map.entry("api_token", "account"),
            Map.entry("api_token_family", "account"), Map.entry("login_failure", "account"),
            Map.entry("two_factor", "account"), Map.entry("two_factor_recovery_code", "account"),
            Map.entry("password_reset", "account"), Map.entry("system_setting", "account"),
            Map.entry("invitation", "account"),
            Map.entry("password_reset_request", "passwordreset"),
            Map.entry("candidate", "candidate"), Map.entry("candidate_status_change", "candidate"),
            Map.entry("target_role", "targetrole"),
            Map.entry("role_guide", "roleguide"), Map.entry("role_guide_version", "roleguide"),
            Map.entry("assignment", "assignment"), Map.entry("assignment_item", "assignment"),
            Map.entry("coaching_session", "session"), Map.entry("session_action_item", "session"),
            Map.entry("readiness_snapshot", "readiness"),
            Map.entry("activity", "timeline"),
            Map.entry("security_audit", "auditlog"),
            Map.entry("mail_outbox", "notification"), Map.entry("mail_secret", "notification"),
            Map.entry("calendar_feed", "calendar"),
            Map.entry("sync_tombstone", "sync"),
            Map.entry("job_application", "application"), Map.entry("job_application_stage", "application"),
            Map.entry("job_interview", "application"), Map.entry("job_interview_question", "application"),
            Map.entry("application_outcome_day", "application"),
            Map.entry("application_outcome_consultant_day", "application"),
            Map.entry("consultancy_brand", "branding"), Map.entry("session_type", "booking"),
            Map.entry("consultant_availability", "booking"),
            Map.entry("message", "messaging"), Map.entry("message_read", "messaging"),
            Map.entry("conversation", "messaging"), Map.entry("message_notice", "messaging"),
            Map.entry("document", "documents"), Map.entry("document_version", "documents"),
            Map.entry("document_comment", "documents"));

    /** Reads of another feature's table that are allowed, feature → tables, each with its reason in a comment. */
    static final Map<String, Set<String>> ALLOWED_READS = Map.ofEntries(
            // An inbox is one statement over the conversation summaries, named and filtered by who may see the
            // candidate; a conversation page names its writers in the same statement; the notice planner finds the
            // consenting candidates and the consultants owed a notice in one statement (#16).
            Map.entry("messaging", Set.of("candidate", "user_account")),
            // /me/guides in three statements: the assignment list projects guide titles and version numbers; an
            // assignment is read with its candidate in one statement, the access check then costs none (#18); an
            // assigned guide is read whole in one statement — its candidate's ownership and language, its items, the
            // version's content and heading, the guides its look-alikes name (AssignmentReads, #19).
            Map.entry("assignment", Set.of("candidate", "role_guide", "role_guide_version")),
            // The weekly digest (and its preview) is written from one statement per batch of candidates: guides and
            // their checklists, sessions with action items and the consultant's name, target roles with titles and the
            // readiness at the previous digest (#18: the preview within four statements, flat in the number of rows).
            // It also tells the candidate which job applications moved and which interviews come (#17).
            Map.entry("digest", Set.of("assignment", "assignment_item", "coaching_session", "job_application",
                    "job_interview", "readiness_snapshot", "role_guide", "role_guide_version", "session_action_item",
                    "target_role", "user_account")),
            // The outcomes report counts a consultant's caseload's applications per role guide, titled, in one statement,
            // and per consultant, named; the caseload's applications needing attention name their candidates.
            Map.entry("application", Set.of("candidate", "role_guide", "role_guide_version", "user_account")),
            // A candidate's offered session types and the slots of one are read with the candidate, found by their
            // login, in the same statement: their consultant and language cost no statement of their own (#19).
            Map.entry("booking", Set.of("candidate")),
            // A document version is read with its candidate's ownership, so the access check costs no statement (#19).
            Map.entry("documents", Set.of("candidate")),
            // A feed secret resolves to the candidate's language and zone in one statement, with nobody signed in.
            Map.entry("calendar", Set.of("candidate")),
            // The candidate list filters by target role and sorts by readiness (targetrole depends on candidate, so
            // a service call would be a cycle), and shows the consultant's name (one statement per page).
            Map.entry("candidate", Set.of("target_role", "user_account")),
            // The dashboard is a read model over the caseload: one statement per card instead of a service per table.
            Map.entry("dashboard", Set.of("activity", "assignment", "assignment_item", "candidate", "coaching_session",
                    "job_application", "job_interview", "readiness_snapshot", "role_guide_version",
                    "session_action_item", "target_role", "user_account")),
            // The data export names each snapshot's target role; a candidate's readiness (/me/readiness) reads the
            // roles, their guides' titles (the target role feature's rule: the newest published version's) and the
            // histories in one statement (#19: three statements per request with the token check).
            Map.entry("readiness", Set.of("role_guide", "role_guide_version", "target_role")),
            // A candidate's next session is read with the candidate (the access check costs no statement, #18).
            Map.entry("session", Set.of("candidate")),
            // A candidate's target roles come with their guides' titles in one statement (the overview's budget, #18);
            // one role by id with its title and its candidate, so the access check costs no statement (#19).
            Map.entry("targetrole", Set.of("candidate", "role_guide", "role_guide_version")),
            // A timeline page names who did what in the same statement (#19: three statements with the token check).
            Map.entry("timeline", Set.of("user_account")),
            // Tombstones are addressed to a consultant's caseload at read time.
            Map.entry("sync", Set.of("candidate")));

    private static Map<String, Set<String>> references;

    @BeforeAll
    static void scan() throws IOException {
        Map<String, String> entityTables = entityTables();
        references = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = SOURCES.relativize(file).getName(0).toString();
                if (feature.endsWith(".java")) {
                    continue;
                }
                String source = Files.readString(file);
                Set<String> tables = references.computeIfAbsent(feature, f -> new TreeSet<>());
                tables.addAll(tablesIn(source, entityTables));
            }
        }
    }

    @Test
    void every_table_has_an_owner_that_is_a_feature() throws IOException {
        assertThat(OWNER.keySet()).containsExactlyInAnyOrderElementsOf(migratedTables());
        assertThat(OWNER.values()).allSatisfy(feature -> assertThat(SOURCES.resolve(feature)).isDirectory());
    }

    @Test
    void no_feature_reads_another_features_table_unless_it_is_a_listed_read_model() {
        List<String> unlisted = new ArrayList<>();
        references.forEach((feature, tables) -> tables.forEach(table -> {
            if (!feature.equals(OWNER.get(table)) && !ALLOWED_READS.getOrDefault(feature, Set.of()).contains(table)) {
                unlisted.add(feature + " reads " + table + " (owned by " + OWNER.get(table) + ")");
            }
        }));
        assertThat(unlisted).as("cross-feature reads not listed in ALLOWED_READS").isEmpty();
    }

    @Test
    void every_listed_read_still_happens() {
        List<String> stale = new ArrayList<>();
        ALLOWED_READS.forEach((feature, tables) -> tables.forEach(table -> {
            if (!references.getOrDefault(feature, Set.of()).contains(table)) {
                stale.add(feature + " → " + table);
            }
        }));
        assertThat(stale).as("ALLOWED_READS entries no query needs any more").isEmpty();
    }

    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(\\s*name\\s*=\\s*\"([a-z_]+)\"");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)\\b(?:from|join|update|into)\\s+([A-Za-z_][A-Za-z0-9_]*)|,\\s*([A-Za-z_][A-Za-z0-9_]*)\\s+[a-z]\\w*\\s*(?=,|where\\b|join\\b|on\\b|\\))");

    static Set<String> tablesIn(String source, Map<String, String> entityTables) {
        Set<String> tables = new TreeSet<>();
        Matcher annotation = TABLE_ANNOTATION.matcher(source);
        while (annotation.find()) {
            tables.add(annotation.group(1));
        }
        Matcher string = STRING.matcher(source);
        while (string.find()) {
            String text = string.group(1) != null ? string.group(1) : string.group(2);
            Matcher reference = REFERENCE.matcher(text);
            while (reference.find()) {
                String name = reference.group(1) != null ? reference.group(1) : reference.group(2);
                String table = OWNER.containsKey(name.toLowerCase(Locale.ROOT)) && name.equals(name.toLowerCase(Locale.ROOT))
                        ? name : entityTables.get(name);
                if (table != null) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** Entity name (the class's simple name, as JPQL uses it) → its table. */
    private static Map<String, String> entityTables() throws IOException {
        Map<String, String> tables = new HashMap<>();
        Pattern entity = Pattern.compile("@Entity\\b[\\s\\S]*?@Table\\(\\s*name\\s*=\\s*\"([a-z_]+)\"[\\s\\S]*?\\bclass\\s+(\\w+)");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                try {
                    Matcher matcher = entity.matcher(Files.readString(file));
                    if (matcher.find()) {
                        tables.put(matcher.group(2), matcher.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return tables;
    }

    private static Set<String> migratedTables() throws IOException {
        Set<String> tables = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher matcher = create.matcher(Files.readString(file));
                while (matcher.find()) {
                    tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }
}
