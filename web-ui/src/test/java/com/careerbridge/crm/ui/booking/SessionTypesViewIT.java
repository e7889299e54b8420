package com.careerbridge.crm.ui.booking;

import java.util.ArrayList;
import java.util.List;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.booking.SessionType;
import com.careerbridge.crm.booking.SessionTypeForm;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.ui.dashboard.DashboardView;
import com.careerbridge.crm.ui.layout.AccessDeniedView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTypesViewIT extends BrowserlessUiTest {

    @Autowired SessionTypes types;

    @Test
    void anAdminCreatesATypeAndSeesItInTheList() {
        signIn(staff("Admin", Role.ADMIN));
        navigate(DashboardView.class);
        SideNavItem item = $(SideNavItem.class).withCondition(nav -> "Session types".equals(nav.getLabel())).single();
        assertThat(item.getPath()).isEqualTo("admin/session-types");
        SessionTypesView view = navigate(SessionTypesView.class);

        test(view.add).click();
        SessionTypeDialog dialog = $(SessionTypeDialog.class).single();
        assertThat(dialog.duration.getValue()).as("the defaults").isEqualTo(60);
        assertThat(dialog.cutoffHours.getValue()).isEqualTo(24);
        test(dialog.nameKo).setValue("모의 면접 " + run);
        test(dialog.nameEn).setValue("Mock interview " + run);
        test(dialog.duration).setValue(45);
        test(dialog.mode).selectItem("In person");
        test(dialog.bufferAfter).setValue(15);
        test(dialog.cutoffHours).setValue(48);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("The session type has been saved.");
        List<String> row = row(view, "Mock interview " + run);
        assertThat(row).containsExactly("Mock interview " + run, "45 min", "In person", "Yes", "48 h", "Offered");
        SessionType saved = types.all().stream().filter(t -> t.getName().en().equals("Mock interview " + run))
                .findFirst().orElseThrow();
        assertThat(saved.getBufferAfterMinutes()).isEqualTo(15);
        assertThat(saved.getChangeCutoffMinutes()).isEqualTo(48 * 60);
    }

    @Test
    void aMissingNameAndAnImpossibleDurationAreRefusedAtTheirFields() {
        signIn(staff("Admin", Role.ADMIN));
        SessionTypesView view = navigate(SessionTypesView.class);
        int before = types.all().size();

        SessionTypeDialog dialog = view.openCreate();
        roundTrip();
        test(dialog.nameKo).setValue("상담 " + run);
        dialog.duration.setValue(2); // below the field's own minimum, as a crafted request could send it
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.nameEn.isInvalid()).isTrue();
        assertThat(dialog.nameEn.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(dialog.duration.isInvalid()).isTrue();
        assertThat(dialog.duration.getErrorMessage()).isEqualTo("This value is out of range.");
        assertThat(dialog.nameKo.isInvalid()).isFalse();
        assertThat(types.all()).hasSize(before);
    }

    @Test
    void anEditAfterAnotherAdminSavedKeepsWhatWasTypedAndSaysSo() {
        signIn(staff("Admin", Role.ADMIN));
        SessionType type = types.create(form("CV review " + run));
        SessionTypesView view = navigate(SessionTypesView.class);

        SessionTypeDialog dialog = view.openEdit(type);
        roundTrip();
        types.update(type.getId(), type.getVersion(), form("CV review (other admin) " + run));
        test(dialog.nameEn).setValue("CV check " + run);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.conflict.isVisible()).isTrue();
        assertThat(dialog.conflict.getText()).startsWith("Someone else saved this in the meantime.");
        assertThat(dialog.nameEn.getValue()).isEqualTo("CV check " + run);
        assertThat(types.get(type.getId()).getName().en()).isEqualTo("CV review (other admin) " + run);
    }

    @Test
    void anArchivedTypeStaysListedAndCanBeRestored() {
        signIn(staff("Admin", Role.ADMIN));
        SessionType type = types.create(form("Salary talk " + run));
        SessionTypesView view = navigate(SessionTypesView.class);

        view.archive(type);
        assertThat(row(view, "Salary talk " + run)).last().isEqualTo("Archived");
        assertThat(types.get(type.getId()).isArchived()).isTrue();

        view.archive(types.get(type.getId()));
        assertThat(row(view, "Salary talk " + run)).last().isEqualTo("Offered");
    }

    @Test
    void aConsultantHasNoSessionTypesPageAndCannotOpenIt() {
        signIn(staff("Mina", Role.CONSULTANT));
        navigate(DashboardView.class);

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Session types")
                .contains("My availability");
        assertThat(navigate("admin/session-types", AccessDeniedView.class)).isNotNull();
    }

    static SessionTypeForm form(String englishName) {
        return new SessionTypeForm(LocalizedText.of("세션 " + englishName, englishName), 60, SessionMode.ONLINE, null,
                0, 0, true, 1440, null);
    }

    /** The texts of the row with this name, without the actions column. */
    private List<String> row(SessionTypesView view, String name) {
        var grid = test(view.grid);
        for (int r = 0; r < grid.size(); r++) {
            if (grid.getCellText(r, 0).equals(name)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 6; c++) {
                    cells.add(grid.getCellText(r, c));
                }
                return cells;
            }
        }
        throw new AssertionError(name + " is not in the grid");
    }
}
