package com.careerbridge.crm.datarights;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.privacy.CandidateDataExported;
import com.careerbridge.crm.privacy.ExportScope;
import com.careerbridge.crm.shared.CsvRows;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.PrivacyWorld;
import com.careerbridge.testsupport.PrivacyWorld.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export: all of one candidate's data, nobody else's, staff-only notes only in the administrator's copy. */
@CoreIntegrationTest
@RecordApplicationEvents
class CandidateDataExportIT {

    @Autowired Fixtures fixtures;
    @Autowired PrivacyWorld world;
    @Autowired CandidateDataExport export;
    @Autowired ApplicationEvents events;

    UserAccount admin;
    UserAccount consultant;
    Person person;
    Person other;

    @BeforeEach
    void world() {
        admin = fixtures.admin();
        consultant = fixtures.consultant("Export consultant");
        person = world.person(consultant, 0);
        other = world.person(consultant, 1);
        events.clear();
    }

    @Test
    void theAdministratorsCopyHasEverythingAboutThePersonAndNothingAboutAnyoneElse() throws IOException {
        Map<String, String> files = fixtures.as(admin, () -> exportOf(export.authorize(person.id())));

        assertThat(files).containsKeys("candidate.json", "pipelineHistory.csv", "targetRoles.csv", "readinessHistory.csv",
                "assignments.csv", "checklistItems.csv", "sessions.csv", "actionItems.csv", "activity.csv", "emails.csv",
                "apiSignIns.csv", "invitations.csv", "calendarFeed.csv");
        JsonNode json = JsonMapper.builder().build().readTree(files.get("candidate.json"));
        assertThat(json.get("scope").asString()).isEqualTo("COMPLETE");
        assertThat(json.get("profile").get("full_name").asString()).isEqualTo(person.name());
        assertThat(json.get("profile").get("email").asString()).isEqualTo(person.email());
        assertThat(json.get("profile").get("staff_notes").asString()).isEqualTo(person.staffNote());
        assertThat(json.get("login").get("email").asString()).isEqualTo(person.email());
        assertThat(json.get("login").has("password_hash")).isFalse();
        assertThat(json.get("sessions")).hasSize(3);
        assertThat(json.get("readinessHistory")).isNotEmpty();
        assertThat(json.get("emails")).isNotEmpty();
        assertThat(json.get("activity")).isNotEmpty();
        // the conversation, both ways (#16)
        assertThat(files).containsKeys("messages.csv", "messageReadMarks.csv");
        assertThat(json.get("messages")).hasSize(2);
        String all = String.join("\n", files.values());
        assertThat(all).contains(person.privateNote(), person.sharedSummary(), person.name() + " sends CV to",
                "This is " + person.name() + ", my new number is");

        assertThat(all).doesNotContain(other.name()).doesNotContain(other.email()).doesNotContain(other.phone())
                .doesNotContain(other.staffNote()).doesNotContain(other.privateNote());
        assertThat(events.stream(CandidateDataExported.class))
                .containsExactly(new CandidateDataExported(person.id(), admin.getId()));
    }

    @Test
    void theCandidatesOwnCopyLeavesOutStaffOnlyNotes() throws IOException {
        Map<String, String> files = fixtures.as(person.userId(), () -> exportOf(export.authorizeOwn()));

        JsonNode json = JsonMapper.builder().build().readTree(files.get("candidate.json"));
        assertThat(json.get("scope").asString()).isEqualTo(ExportScope.OWN.name());
        String all = String.join("\n", files.values());
        assertThat(all).contains(person.name(), person.email(), person.sharedSummary())
                .doesNotContain(person.staffNote()).doesNotContain(person.privateNote())
                .doesNotContain("staff_notes").doesNotContain("private_notes");
        assertThat(all).doesNotContain(other.name()).doesNotContain(other.email());
        // by id, for themselves: the same own copy
        assertThat(fixtures.as(person.userId(), () -> export.authorize(person.id())).scope()).isEqualTo(ExportScope.OWN);
        assertThat(events.stream(CandidateDataExported.class))
                .containsExactly(new CandidateDataExported(person.id(), person.userId()));
    }

    @Test
    void consultantsAndOtherCandidatesAreRefusedAndNothingIsRecorded() {
        assertThatThrownBy(() -> fixtures.as(consultant, () -> export.authorize(person.id())))
                .isInstanceOf(ForbiddenException.class);
        UserAccount stranger = fixtures.consultant("Stranger");
        assertThatThrownBy(() -> fixtures.as(stranger, () -> export.authorize(person.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(other.userId(), () -> export.authorize(person.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(consultant, () -> export.authorizeOwn()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(events.stream(CandidateDataExported.class)).isEmpty();
    }

    @Test
    void csvFilesOpenInExcelWithKoreanAndDefuseFormulas() throws IOException {
        Map<String, String> files = fixtures.as(admin, () -> exportOf(export.authorize(person.id())));

        String pipeline = files.get("pipelineHistory.csv");
        assertThat(pipeline).startsWith("\uFEFFfrom_status,to_status,changed_by,changed_at\r\n");
        assertThat(CsvRows.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvRows.cell("+82 10")).isEqualTo("'+82 10");
        assertThat(files.get("targetRoles.csv")).contains(person.name().split(" ")[1] + " Corp");
    }

    private Map<String, String> exportOf(ExportTicket ticket) {
        try {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            export.write(ticket, zip);
            Map<String, String> files = new LinkedHashMap<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()), StandardCharsets.UTF_8)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return files;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
