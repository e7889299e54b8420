package com.careerbridge.crm.ui.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.careerbridge.crm.readiness.ReadinessSnapshot;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.ui.candidate.CandidatePageParts.Part;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.careerbridge.crm.workspace.CandidateWorkspace;
import com.careerbridge.crm.workspace.CandidateWorkspace.RoleReadiness;
import com.careerbridge.crm.workspace.CandidateWorkspace.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/** The candidate page's "Target roles" tab: each role with its readiness, and the readiness trend of all of them. */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class TargetRolesTab extends VerticalLayout {

    final ReadinessChart chart = new ReadinessChart();
    private final CandidateWorkspace workspace;
    private final TargetRoleService targetRoles;
    private final Clock clock;
    private CandidatePageParts.Refresh refresh = parts -> { };
    private long candidateId;

    TargetRolesTab(CandidateWorkspace workspace, TargetRoleService targetRoles, Clock clock) {
        this.workspace = workspace;
        this.targetRoles = targetRoles;
        this.clock = clock;
    }

    void bind(CandidatePageParts.Refresh refresh) {
        this.refresh = refresh;
    }

    void refresh() {
        show(candidateId, workspace.roles(candidateId));
    }

    void show(long candidateId, Roles roles) {
        this.candidateId = candidateId;
        removeAll();
        Button add = new Button(getTranslation("candidate.roles.add"), VaadinIcon.PLUS.create(), click -> openDialog(null, roles));
        add(add);
        if (roles.roles().isEmpty()) {
            add(CandidatePageParts.emptyText(this, "candidate.roles.empty"));
            return;
        }
        for (RoleReadiness role : roles.roles()) {
            add(roleCard(role, roles));
        }
        add(new H3(getTranslation("candidate.roles.trend")), chart);
        drawTrend(roles);
    }

    private Language language() {
        return Language.of(getLocale());
    }

    private void openDialog(TargetRole existing, Roles roles) {
        new TargetRoleDialog(targetRoles, candidateId, existing, roles, () -> {
            refresh();
            refresh.parts(Part.TIMELINE);
        }).open();
    }

    private Component roleCard(RoleReadiness entry, Roles all) {
        TargetRole role = entry.role();
        Div card = new Div();
        card.addClassNames("card", "target-role-card");
        Span name = new Span(entry.title(language()));
        name.addClassName("card-title");
        Span meta = new Span(getTranslation("candidate.roles.meta", role.getPriority(),
                getTranslation("target-role-status." + role.getStatus().name())));
        meta.addClassName("muted");
        ProgressBar bar = new ProgressBar(0, 100, role.getReadiness());
        bar.getElement().setAttribute("aria-label", getTranslation("field.readiness"));
        Span score = new Span(getTranslation("candidates.percent", role.getReadiness()));
        score.addClassName("readiness-score");
        HorizontalLayout barRow = new HorizontalLayout(bar, score);
        barRow.setWidthFull();
        barRow.setAlignItems(FlexComponent.Alignment.CENTER);
        barRow.expand(bar);
        Button edit = new Button(getTranslation("action.edit"), click -> openDialog(role, all));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(getTranslation("action.remove"), click -> CandidatePageParts.confirmRemoval(this,
                getTranslation("candidate.roles.remove-confirm", entry.title(language())), () ->
                        UiErrors.attempt(this, Map.of(), () -> {
                            targetRoles.remove(role.getId(), role.getVersion());
                            return role;
                        }).ifPresent(done -> refresh())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout head = new HorizontalLayout(name, meta, new Span(), edit, remove);
        head.setWidthFull();
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.expand(head.getComponentAt(2));
        head.setWrap(true);
        card.add(head, barRow);
        if (!role.getTargetCompanies().isEmpty()) {
            Span companies = new Span(getTranslation("candidate.roles.companies", String.join(", ", role.getTargetCompanies())));
            companies.addClassName("muted");
            card.add(companies);
        }
        return card;
    }

    /** One label per day that had a change; each role's line keeps its last score until the next change. */
    private void drawTrend(Roles roles) {
        TreeSet<LocalDate> days = new TreeSet<>();
        roles.history().values().forEach(list -> list.forEach(s -> days.add(LocalDate.ofInstant(s.getComputedAt(), ViewerTime.zone()))));
        days.add(LocalDate.now(clock.withZone(ViewerTime.zone())));
        List<LocalDate> axis = new ArrayList<>(days);
        List<ReadinessChart.Series> series = new ArrayList<>();
        for (RoleReadiness role : roles.roles()) {
            List<ReadinessSnapshot> snapshots = roles.historyOf(role.role());
            List<Integer> scores = new ArrayList<>();
            Integer last = null;
            int next = 0;
            for (LocalDate day : axis) {
                while (next < snapshots.size()
                        && !LocalDate.ofInstant(snapshots.get(next).getComputedAt(), ViewerTime.zone()).isAfter(day)) {
                    last = snapshots.get(next).getScore();
                    next++;
                }
                scores.add(last);
            }
            series.add(new ReadinessChart.Series(role.title(language()), scores));
        }
        chart.setData(axis.stream().map(day -> Formats.shortDate(day, getLocale())).toList(), series,
                getTranslation("candidate.roles.trend"));
    }
}
