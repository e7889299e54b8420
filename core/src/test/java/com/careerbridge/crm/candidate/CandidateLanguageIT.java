package com.careerbridge.crm.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A candidate's language is one setting, whoever changes it and through whichever front end. */
@CoreIntegrationTest
class CandidateLanguageIT {

    @Autowired Fixtures fixtures;
    @Autowired CandidateService candidates;
    @Autowired AccountService accounts;

    @Test
    void the_consultant_changing_it_changes_the_candidates_login_too() {
        UserAccount consultant = fixtures.consultant("Language A");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Language A1");

        fixtures.as(consultant, () -> candidates.changeLanguage(candidate.getId(), Language.EN));

        assertThat(fixtures.as(consultant, () -> candidates.get(candidate.getId())).getPreferredLanguage())
                .isEqualTo(Language.EN);
        assertThat(accountOf(candidate).getLocale().getLanguage()).isEqualTo("en");
    }

    @Test
    void the_candidate_changing_their_own_changes_record_and_login_in_one_go() {
        UserAccount consultant = fixtures.consultant("Language B");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Language B1");
        fixtures.as(consultant, () -> candidates.changeLanguage(candidate.getId(), Language.EN));

        fixtures.as(candidate.getUserId(), () -> candidates.changeOwnLanguage("ko", null));

        assertThat(fixtures.as(consultant, () -> candidates.get(candidate.getId())).getPreferredLanguage())
                .isEqualTo(Language.KO);
        assertThat(accountOf(candidate).getLocale()).isEqualTo(Locale.KOREAN);
    }

    @Test
    void staff_changing_their_own_language_touch_no_candidate() {
        UserAccount consultant = fixtures.consultant("Language C");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Language C1");
        Language before = fixtures.as(consultant, () -> candidates.get(candidate.getId())).getPreferredLanguage();

        UserAccount changed = fixtures.as(consultant, () -> candidates.changeOwnLanguage("en", consultant.getVersion()));

        assertThat(changed.getLocale().getLanguage()).isEqualTo("en");
        assertThat(fixtures.as(consultant, () -> candidates.get(candidate.getId())).getPreferredLanguage()).isEqualTo(before);
    }

    private UserAccount accountOf(Candidate candidate) {
        return accounts.findById(candidate.getUserId()).orElseThrow();
    }
}
