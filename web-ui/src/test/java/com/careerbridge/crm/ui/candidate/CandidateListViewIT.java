package com.careerbridge.crm.ui.candidate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateSort;
import com.careerbridge.crm.candidate.CandidateSummary;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateListViewIT extends BrowserlessUiTest {

    UserAccount mina;
    Candidate alpha;
    Candidate bravo;
    Candidate charlie;
    Candidate othersCandidate;

    @BeforeEach
    void caseloads() {
        UserAccount joon = staff("Joon", Role.CONSULTANT);
        signIn(joon);
        othersCandidate = candidate("Alpha Other");
        mina = staff("Mina", Role.CONSULTANT);
        signIn(mina);
        alpha = candidate("Alpha");
        bravo = candidate("Bravo");
        candidateService.changeStatus(bravo.getId(), bravo.getVersion(), PipelineStatus.ACTIVE);
        charlie = candidateService.create(new CandidateForm("Charlie " + run, "charlie." + run + "@example.com", "",
                Language.KO, "Asia/Seoul", CareerStage.INTERN, "", "", List.of()), null);
    }

    @Test
    void listsOnlyTheOwnCaseloadAndFiltersByTextStatusAndStage() {
        CandidateListView view = navigate(CandidateListView.class);
        var grid = test(view.grid);

        assertThat(names(view)).containsExactly(alpha.getFullName(), bravo.getFullName(), charlie.getFullName());

        test(view.search).setValue("alpha " + run);
        assertThat(names(view)).containsExactly(alpha.getFullName());
        assertThat(view.count.getText()).isEqualTo("1 candidate");

        test(view.search).clear();
        test(view.statuses).selectItem("Active");
        assertThat(names(view)).containsExactly(bravo.getFullName());

        view.statuses.clear();
        test(view.careerStage).selectItem("Intern");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).id()).isEqualTo(charlie.getId());
    }

    @Test
    void sortsInTheDatabaseByTheChosenColumn() {
        CandidateListView view = navigate(CandidateListView.class);

        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("name"), SortDirection.DESCENDING)));
        assertThat(names(view)).containsExactly(charlie.getFullName(), bravo.getFullName(), alpha.getFullName());

        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("status"), SortDirection.ASCENDING)));
        assertThat(test(view.grid).getRow(0).pipelineStatus()).isEqualTo(PipelineStatus.ACTIVE);
    }

    @Test
    void aDashboardLinkPreselectsTheStatus() {
        com.vaadin.flow.component.UI.getCurrent().navigate(CandidateListView.class,
                com.vaadin.flow.router.QueryParameters.of(CandidateListView.STATUS_PARAMETER, "ACTIVE"));
        CandidateListView view = (CandidateListView) getCurrentView();

        assertThat(view.statuses.getValue()).containsExactly(PipelineStatus.ACTIVE);
        assertThat(names(view)).containsExactly(bravo.getFullName());
    }

    @Test
    void clickingARowOpensTheCandidate() {
        CandidateListView view = navigate(CandidateListView.class);
        test(view.grid).clickRow(1);

        assertThat(getCurrentView()).isInstanceOf(CandidateView.class);
        assertThat(((CandidateView) getCurrentView()).candidate().getId()).isEqualTo(bravo.getId());
    }

    @Test
    void exportsTheFilteredListAsSpreadsheetSafeCsv() throws Exception {
        candidateService.create(new CandidateForm("=HYPERLINK(\"http://evil\") " + run, "formula." + run + "@example.com",
                "", Language.KO, "Asia/Seoul", CareerStage.INTERN, "", "", List.of()), null);
        candidateService.create(new CandidateForm("김, 지은 " + run, "jieun." + run + "@example.com",
                "", Language.KO, "Asia/Seoul", CareerStage.INTERN, "", "", List.of()), null);
        CandidateListView view = navigate(CandidateListView.class);
        test(view.careerStage).selectItem("Intern");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = CandidateCsvExport.write(candidateService, view.currentFilter(), CandidateSort.byName(), out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertThat(written).isEqualTo(3);
        assertThat(lines.getFirst()).isEqualTo("fullName,email,pipelineStatus,careerStage,consultant,readiness,updatedAt");
        assertThat(lines).hasSize(4);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\") " + run + "\",formula." + run + "@example.com,LEAD,INTERN,Mina " + run);
        assertThat(csv).contains("\"김, 지은 " + run + "\",jieun." + run + "@example.com");
        assertThat(csv).doesNotContain(alpha.getEmail().value()).doesNotContain(othersCandidate.getEmail().value());
        assertThat(csv).contains("\r\n");
    }

    @Test
    void theExportIsOneTabStop() {
        CandidateListView view = navigate(CandidateListView.class);

        assertThat(view.export.getChildren())
                .as("the button inside the download link only gives it its look; the link is the stop")
                .allSatisfy(child -> assertThat(child.getElement().getAttribute("tabindex")).isEqualTo("-1"));
    }

    /** The rows as the grid shows them, through its own paging and sort. */
    private List<String> names(CandidateListView view) {
        var grid = test(view.grid);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).fullName()).toList();
    }

    @SuppressWarnings("unused")
    private static Set<Long> ids(List<CandidateSummary> rows) {
        return Set.copyOf(rows.stream().map(CandidateSummary::id).toList());
    }
}
