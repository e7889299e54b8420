package com.careerbridge.crm.ui.layout;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.ui.dashboard.DashboardView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The top bar keeps its shape with a long name: the name is cut by the style sheet and whole in its title (#20). */
class TopBarIT extends BrowserlessUiTest {

    @Test
    void aLongNameIsCutInTheBarAndWholeInItsTitle() {
        UserAccount consultant = staff("Alexandra-Seoyeon-Montgomery-Kwon", Role.CONSULTANT);
        signIn(consultant);
        navigate(DashboardView.class);

        Span name = $(Span.class).from($(MainLayout.class).single()).withClassName("user-name").single();
        assertThat(name.getText()).isEqualTo(consultant.getDisplayName());
        assertThat(name.getElement().getAttribute("title")).isEqualTo(consultant.getDisplayName());
    }
}
