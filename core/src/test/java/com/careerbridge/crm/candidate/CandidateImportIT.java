package com.careerbridge.crm.candidate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.InvalidValueException.FieldViolation;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoreIntegrationTest
class CandidateImportIT {

    private static final String BOM = "\uFEFF";

    @Autowired CandidateImport candidateImport;
    @Autowired CandidateService candidates;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService userDetails;

    UserAccount mina;
    UserAccount joon;
    String run;

    @BeforeEach
    void consultants() {
        run = Long.toString(System.nanoTime());
        mina = accounts.create(new EmailAddress("mina" + run + "@example.com"), "Mina", Role.CONSULTANT, Locale.KOREAN,
                "a long enough password");
        joon = accounts.create(new EmailAddress("joon" + run + "@example.com"), "Joon", Role.CONSULTANT, Locale.KOREAN,
                "a long enough password");
        SystemWork.run(() -> candidates.create(new CandidateForm("Existing", "existing" + run + "@example.com", "",
                Language.KO, "Asia/Seoul", CareerStage.INTERN, "", "", List.of()), joon.getId()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void previewsEveryRowThenImportsTheValidOnesIntoTheConsultantsOwnCaseload() {
        signIn(mina);
        String csv = BOM + """
                fullName,email,phone,language,timeZone,careerStage,currentCompany,currentTitle,tags
                김지은,jieun%1$s@example.com,010-1234-5678,ko,Asia/Seoul,EXPERIENCED,"Samsung, Inc.",PM,pm;fintech
                Bad Mail,not-an-email,,en,,NEW_GRADUATE,,,
                Jieun Again,JIEUN%1$s@example.com,,en,,NEW_GRADUATE,,,
                Taken,existing%1$s@example.com,,ko,,INTERN,,,
                Odd Stage,odd%1$s@example.com,,ko,,ASTRONAUT,,,
                "Multi
                Line",multi%1$s@example.com,,en,Europe/Berlin,career_change,,"Head ""of"" Data",
                """.formatted(run);

        CandidateImport.Preview preview = candidateImport.preview(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.rows()).hasSize(6);
        assertThat(preview.validRows()).extracting(CandidateImport.Row::line).containsExactly(2, 7);
        assertThat(errorsOf(preview, 3)).containsExactly(new FieldViolation("email", "invalid"));
        assertThat(errorsOf(preview, 4)).containsExactly(new FieldViolation("email", "duplicate-in-file"));
        assertThat(errorsOf(preview, 5)).containsExactly(new FieldViolation("email", "taken"));
        assertThat(errorsOf(preview, 6)).containsExactly(new FieldViolation("careerStage", "invalid"));
        CandidateForm first = preview.validRows().getFirst().form();
        assertThat(first.currentCompany()).isEqualTo("Samsung, Inc.");
        assertThat(first.tags()).containsExactly("pm", "fintech");
        assertThat(preview.validRows().get(1).form().currentTitle()).isEqualTo("Head \"of\" Data");
        assertThat(preview.validRows().get(1).form().careerStage()).isEqualTo(CareerStage.CAREER_CHANGE);

        CandidateImport.Result result = candidateImport.importRows(preview, joon.getId());

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.skipped()).extracting(CandidateImport.Row::line).containsExactly(3, 4, 5, 6);
        List<CandidateSummary> mine = candidates.list(CandidateFilter.all().withText(run), CandidateSort.byName(), 0, 50);
        assertThat(mine).extracting(CandidateSummary::fullName).containsExactlyInAnyOrder("김지은", "Multi\nLine");
        assertThat(mine).allMatch(summary -> mina.getId().equals(summary.consultantId()));

        signIn(joon);
        assertThat(candidates.list(CandidateFilter.all().withText(run), CandidateSort.byName(), 0, 50))
                .extracting(CandidateSummary::fullName).containsExactly("Existing");
    }

    @Test
    void aRowTakenBetweenPreviewAndImportIsSkippedAndTheRestStillImported() {
        signIn(mina);
        String csv = """
                email,fullName,careerStage
                late%1$s@example.com,Late,INTERN
                fine%1$s@example.com,Fine,INTERN
                """.formatted(run);
        CandidateImport.Preview preview = candidateImport.preview(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.invalidRows()).isEmpty();

        candidates.create(new CandidateForm("Late", "late" + run + "@example.com", "", Language.KO, "Asia/Seoul",
                CareerStage.INTERN, "", "", List.of()), null);
        CandidateImport.Result result = candidateImport.importRows(preview, null);

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.skipped()).singleElement().satisfies(row ->
                assertThat(row.errors()).containsExactly(new FieldViolation("email", "taken")));
        assertThat(candidates.count(CandidateFilter.all().withText(run))).isEqualTo(2);
    }

    @Test
    void refusesFilesThatAreNotUtf8OrLackAColumn() {
        signIn(mina);
        byte[] latin1 = "fullName,email\nJosé,jose@example.com\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> candidateImport.preview(latin1))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).containsExactly(new FieldViolation("file", "csv-not-utf8")));
        assertThatThrownBy(() -> candidateImport.preview("fullName,phone\nA,1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).containsExactly(new FieldViolation("file", "csv-missing-column")));
        assertThatThrownBy(() -> candidateImport.preview("fullName,email,shoeSize\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.violations()).containsExactly(new FieldViolation("file", "csv-unknown-column")));
    }

    private static List<FieldViolation> errorsOf(CandidateImport.Preview preview, int line) {
        return preview.rows().stream().filter(row -> row.line() == line).findFirst().orElseThrow().errors();
    }

    private void signIn(UserAccount account) {
        UserDetails user = userDetails.loadUserByUsername(account.getEmail().value());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
