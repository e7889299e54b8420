package com.careerbridge.crm.ui.candidate;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A consultant who types another consultant's candidate into the address bar learns nothing about them. */
class CandidateAccessIT extends BrowserlessUiTest {

    @Test
    void anotherConsultantsCandidateLooksLikeAMissingOne() {
        UserAccount joon = staff("Joon", Role.CONSULTANT);
        signIn(joon);
        Candidate joonsCandidate = candidate("Private");
        UserAccount mina = staff("Mina", Role.CONSULTANT);
        signIn(mina);

        CandidateView view = navigate("candidates/" + joonsCandidate.getId(), CandidateView.class);

        assertThat(view.candidate()).isNull();
        assertThat(view.notFound.isAttached()).isTrue();
        assertThat($(H2.class).withText("Candidate not found").exists()).isTrue();
        assertThat($view(H2.class).withText(joonsCandidate.getFullName()).exists()).isFalse();

        CandidateView missing = navigate("candidates/999999999", CandidateView.class);
        assertThat(missing.notFound.isAttached()).isTrue();
        CandidateView nonsense = navigate("candidates/abc", CandidateView.class);
        assertThat(nonsense.notFound.isAttached()).isTrue();
    }

    @Test
    void anAdminMayOpenAnyCandidate() {
        UserAccount joon = staff("Joon", Role.CONSULTANT);
        signIn(joon);
        Candidate joonsCandidate = candidate("Visible");
        signIn(staff("Admin", Role.ADMIN));

        CandidateView view = navigate("candidates/" + joonsCandidate.getId(), CandidateView.class);

        assertThat(view.candidate().getId()).isEqualTo(joonsCandidate.getId());
        assertThat($view(H2.class).withText(joonsCandidate.getFullName()).exists()).isTrue();
    }
}
