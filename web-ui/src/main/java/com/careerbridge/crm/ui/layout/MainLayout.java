package com.careerbridge.crm.ui.layout;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.ui.account.AccountSecurityView;
import com.careerbridge.crm.ui.account.ChangePasswordView;
import com.careerbridge.crm.ui.admin.ConsultantsView;
import com.careerbridge.crm.ui.auditlog.AuditLogView;
import com.careerbridge.crm.ui.candidate.CandidateListView;
import com.careerbridge.crm.ui.dashboard.DashboardView;
import com.careerbridge.crm.ui.guide.GuideLibraryView;
import com.careerbridge.crm.ui.portal.PortalView;
import com.careerbridge.crm.ui.session.SessionCalendarView;
import com.careerbridge.crm.ui.i18n.LanguageSwitch;
import com.careerbridge.crm.ui.mail.SentEmailsView;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.careerbridge.crm.candidate.CandidateService;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The frame around every signed-in view: navigation on the side, language and account at the top. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, CandidateService candidates) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        // The error pages use this layout too, and Vaadin may show one before anyone signed in.
        AuthenticatedUser user = currentUser.get().orElse(null);
        if (user == null) {
            addToDrawer(brand);
            addToNavbar(header(new LanguageSwitch(), null));
            return;
        }
        addToDrawer(brand, navigationFor(user.role()));

        MenuBar userMenu = new MenuBar();
        userMenu.addThemeName("tertiary-inline");
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeName("xsmall");
        HorizontalLayout userLabel = new HorizontalLayout(avatar, new Span(user.displayName()));
        userLabel.setAlignItems(FlexComponent.Alignment.CENTER);
        var userItem = userMenu.addItem(userLabel);
        userItem.getSubMenu().addItem(getTranslation("account.change-password"),
                click -> getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        userItem.getSubMenu().addItem(getTranslation("account.security"),
                click -> getUI().ifPresent(ui -> ui.navigate(AccountSecurityView.class)));
        userItem.getSubMenu().addItem(getTranslation("account.sign-out"), click -> currentUser.logout());

        addToNavbar(header(new LanguageSwitch(
                // Kept on the account (and a candidate's record), so that the next sign-in starts in this language.
                locale -> candidates.changeOwnLanguage(locale.getLanguage(), null)), userMenu));
    }

    private static HorizontalLayout header(LanguageSwitch languageSwitch, MenuBar userMenu) {
        Span gap = new Span();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), gap, languageSwitch);
        if (userMenu != null) {
            header.add(userMenu);
        }
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(gap);
        return header;
    }

    private SideNav navigationFor(Role role) {
        SideNav nav = new SideNav();
        if (!role.isStaff()) {
            nav.addItem(new SideNavItem(getTranslation("nav.portal"), PortalView.class, VaadinIcon.OPEN_BOOK.create()));
            return nav;
        }
        nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class, VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.candidates"), CandidateListView.class, VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.guides"), GuideLibraryView.class, VaadinIcon.OPEN_BOOK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.sessions"), SessionCalendarView.class, VaadinIcon.CALENDAR.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.emails"), SentEmailsView.class, VaadinIcon.ENVELOPE_O.create()));
        if (role == Role.ADMIN) {
            nav.addItem(new SideNavItem(getTranslation("nav.consultants"), ConsultantsView.class, VaadinIcon.USER_STAR.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.audit-log"), AuditLogView.class, VaadinIcon.RECORDS.create()));
        }
        return nav;
    }
}
