package com.careerbridge.crm.ui.candidate;

import java.util.List;
import java.util.stream.IntStream;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate list keeps search, filters and sort in its address, and shows them again on the way back (#20). */
class CandidateListAddressIT extends BrowserlessUiTest {

    Candidate alpha;
    Candidate bravo;
    Candidate charlie;

    @BeforeEach
    void caseload() {
        signIn(staff("Sora", Role.CONSULTANT));
        alpha = candidate("Alpha");
        bravo = candidate("Bravo");
        charlie = candidate("Charlie");
        candidateService.changeStatus(bravo.getId(), bravo.getVersion(), PipelineStatus.ACTIVE);
        candidateService.changeStatus(charlie.getId(), charlie.getVersion(), PipelineStatus.ACTIVE);
    }

    @Test
    void anAddressWithSearchFilterAndSortShowsThatList() {
        UI.getCurrent().navigate(CandidateListView.class, QueryParameters.fromString(
                "q=" + run + "&status=ACTIVE&status=NOT_A_STATUS&sort=NAME&dir=desc&stage=nonsense"));
        CandidateListView view = (CandidateListView) getCurrentView();

        assertThat(view.search.getValue()).isEqualTo(run);
        assertThat(view.statuses.getValue()).containsExactly(PipelineStatus.ACTIVE);
        assertThat(names(view)).containsExactly(charlie.getFullName(), bravo.getFullName());
    }

    @Test
    void changesAreWrittenIntoTheAddressAndTheWayBackFromACandidateShowsTheSameList() {
        CandidateListView view = navigate(CandidateListView.class);
        test(view.search).setValue(run);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        test(view.statuses).selectItem("Active");
        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("name"), SortDirection.DESCENDING)));

        var expected = new com.vaadin.flow.router.Location("candidates?q=" + run + "&status=ACTIVE&sort=NAME&dir=desc");
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("replaceState")
                        || js.getInvocation().getExpression().contains("replace: true"))
                .map(js -> new com.vaadin.flow.router.Location(String.valueOf(js.getInvocation().getParameters().get(1))))
                .map(CandidateListAddressIT::pathAndParameters).toList())
                .as("the history entry is replaced, not added").last().isEqualTo(pathAndParameters(expected));

        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(CandidateView.class);

        // "← All candidates" and the menu link to the plain address
        UI.getCurrent().navigate(CandidateListView.class);
        CandidateListView back = (CandidateListView) getCurrentView();
        assertThat(back.statuses.getValue()).containsExactly(PipelineStatus.ACTIVE);
        assertThat(back.search.getValue()).isEqualTo(run);
        assertThat(names(back)).containsExactly(charlie.getFullName(), bravo.getFullName());
        assertThat(pathAndParameters(UI.getCurrent().getInternals().getActiveViewLocation()))
                .isEqualTo(pathAndParameters(expected));
    }

    private static java.util.Map<String, Object> pathAndParameters(com.vaadin.flow.router.Location location) {
        return java.util.Map.of("path", location.getPath(), "parameters", location.getQueryParameters().getParameters());
    }

    private List<String> names(CandidateListView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).fullName()).toList();
    }
}
