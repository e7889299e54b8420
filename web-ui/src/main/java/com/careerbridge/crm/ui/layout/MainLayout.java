package com.careerbridge.crm.ui.layout;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.ui.account.AccountSecurityView;
import com.careerbridge.crm.ui.account.ChangePasswordView;
import com.careerbridge.crm.ui.admin.ConsultantsView;
import com.careerbridge.crm.ui.auditlog.AuditLogView;
import com.careerbridge.crm.ui.booking.AvailabilityView;
import com.careerbridge.crm.ui.booking.SessionTypesView;
import com.careerbridge.crm.ui.branding.BrandMark;
import com.careerbridge.crm.ui.branding.ConsultancyView;
import com.careerbridge.crm.ui.candidate.CandidateListView;
import com.careerbridge.crm.ui.dashboard.DashboardView;
import com.careerbridge.crm.ui.guide.GuideLibraryView;
import com.careerbridge.crm.ui.portal.PortalView;
import com.careerbridge.crm.ui.session.SessionCalendarView;
import com.careerbridge.crm.ui.i18n.LanguageSwitch;
import com.careerbridge.crm.ui.mail.SentEmailsView;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.live.LiveFeed;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.ui.common.LiveRefresh;
import com.careerbridge.crm.ui.inbox.InboxView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame around every signed-in view: the consultancy's logo and name above the navigation on the side, language
 * and account at the top.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /**
     * vaadin-tabs puts a focusable scroll box (tabindex -1) between its tablist and its tabs, which breaks the
     * tablist-contains-tabs structure screen readers rely on; without the tabindex the box is neutral, and the tabs
     * stay the tab stops. Applied to tabs present and to come.
     */
    private static final String TABS_STRUCTURE = """
            customElements.whenDefined('vaadin-tabs').then(() => {
              const fix = tabs => Promise.resolve(tabs.updateComplete).then(() => {
                const scroll = tabs.shadowRoot && tabs.shadowRoot.getElementById('scroll');
                if (scroll) scroll.removeAttribute('tabindex');
              });
              const type = customElements.get('vaadin-tabs');
              if (!type.__tablistFixed) {
                type.__tablistFixed = true;
                const connected = type.prototype.connectedCallback;
                type.prototype.connectedCallback = function () { if (connected) connected.call(this); fix(this); };
              }
              document.querySelectorAll('vaadin-tabs').forEach(fix);
            });""";

    /** The screen's one h1: the view's own title, as its page title names it (without the application's name). */
    private final H1 viewTitle = new H1();
    private final ConsultancyBrand consultancy;
    private final Div brand;
    private final Conversations conversations;
    /** The inbox entry's unread count (staff only; hidden at zero). */
    final Span unread = new Span();
    private boolean staff;

    public MainLayout(CurrentUser currentUser, CandidateService candidates, ConsultancyBrand consultancy,
                      Conversations conversations, LiveFeed live) {
        setPrimarySection(Section.DRAWER);
        this.consultancy = consultancy;
        this.conversations = conversations;
        brand = BrandMark.block(consultancy, "brand");
        // The error pages use this layout too, and Vaadin may show one before anyone signed in.
        AuthenticatedUser user = currentUser.get().orElse(null);
        if (user == null) {
            addToDrawer(brand);
            addToNavbar(header(new LanguageSwitch(), null));
            return;
        }
        addToDrawer(brand, navigationFor(user.role()));
        staff = user.role().isStaff();
        if (staff) {
            // a message arriving or read on any instance changes the count without a click
            LiveRefresh.attach(this, live, change -> "messages".equals(change.kind()), change -> refreshUnread());
        }

        MenuBar userMenu = new MenuBar();
        userMenu.addThemeName("tertiary-inline");
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeName("xsmall");
        Span userName = new Span(user.displayName());
        userName.addClassName("user-name");
        userName.setTitle(user.displayName()); // the bar may cut a long name short (accessibility.css)
        HorizontalLayout userLabel = new HorizontalLayout(avatar, userName);
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

    /** The top bar: the menu toggle, the view's title (the screen's h1), the language and, when signed in, the account. */
    private HorizontalLayout header(LanguageSwitch languageSwitch, MenuBar userMenu) {
        viewTitle.addClassName("view-title");
        DrawerToggle drawerToggle = new DrawerToggle();
        drawerToggle.setAriaLabel(getTranslation("nav.menu"));
        HorizontalLayout header = new HorizontalLayout(drawerToggle, viewTitle, languageSwitch);
        if (userMenu != null) {
            header.add(userMenu);
        }
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
        getElement().executeJs(TABS_STRUCTURE);
        return header;
    }

    /** The view is the page's main landmark (app layout's content area has none of its own). */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(titleOf(getContent()));
        // the layout outlives navigation: a brand another admin changed shows on the next page
        BrandMark.refresh(brand, consultancy);
        refreshUnread();
    }

    /** The inbox entry's unread badge. */
    public Span unreadCount() {
        return unread;
    }

    /** The inbox's unread count as it is now. */
    void refreshUnread() {
        if (!staff) {
            return;
        }
        long count = conversations.unreadTotal();
        unread.setText(count > 99 ? "99+" : Long.toString(count));
        unread.getElement().setAttribute("aria-label", getTranslation("inbox.unread", count));
        unread.setVisible(count > 0);
    }

    private String titleOf(Component view) {
        String title = view instanceof HasDynamicTitle dynamic ? dynamic.getPageTitle()
                : view != null && view.getClass().isAnnotationPresent(PageTitle.class)
                ? view.getClass().getAnnotation(PageTitle.class).value() : null;
        if (title == null || title.isBlank()) {
            return getTranslation("app.name");
        }
        String suffix = " · " + getTranslation("app.name");
        return title.endsWith(suffix) ? title.substring(0, title.length() - suffix.length()) : title;
    }

    private SideNav navigationFor(Role role) {
        SideNav nav = new SideNav();
        if (!role.isStaff()) {
            nav.addItem(new SideNavItem(getTranslation("nav.portal"), PortalView.class, VaadinIcon.OPEN_BOOK.create()));
            return nav;
        }
        nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class, VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.candidates"), CandidateListView.class, VaadinIcon.USERS.create()));
        SideNavItem inbox = new SideNavItem(getTranslation("nav.inbox"), InboxView.class, VaadinIcon.INBOX.create());
        unread.addClassName("unread-badge");
        unread.getElement().getThemeList().add("badge primary pill small");
        unread.setVisible(false);
        inbox.setSuffixComponent(unread);
        nav.addItem(inbox);
        nav.addItem(new SideNavItem(getTranslation("nav.guides"), GuideLibraryView.class, VaadinIcon.OPEN_BOOK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.sessions"), SessionCalendarView.class, VaadinIcon.CALENDAR.create()));
        nav.addItem(new SideNavItem(getTranslation(role == Role.ADMIN ? "nav.availability.admin" : "nav.availability"),
                AvailabilityView.class, VaadinIcon.CLOCK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.emails"), SentEmailsView.class, VaadinIcon.ENVELOPE_O.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.applications"),
                com.careerbridge.crm.ui.application.ApplicationsView.class, VaadinIcon.BRIEFCASE.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.outcomes"),
                com.careerbridge.crm.ui.application.OutcomesView.class, VaadinIcon.CHART.create()));
        if (role == Role.ADMIN) {
            nav.addItem(new SideNavItem(getTranslation("nav.consultants"), ConsultantsView.class, VaadinIcon.USER_STAR.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.consultancy"), ConsultancyView.class, VaadinIcon.BUILDING.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.session-types"), SessionTypesView.class, VaadinIcon.TAGS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.audit-log"), AuditLogView.class, VaadinIcon.RECORDS.create()));
        }
        return nav;
    }
}
