package com.careerbridge.crm.ui.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.roleguide.ChecklistKind;
import com.careerbridge.crm.roleguide.GuideContent;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.roleguide.RoleGuideVersion;
import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * Writes a guide's draft: every text in both languages side by side, lists whose entries can be added, removed and
 * reordered, a checklist with kinds. Saving keeps the draft; publishing freezes it as the next version.
 */
@Route("guides/:guideId/draft")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class GuideEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoleGuideService guides;
    private final LocalizedInput title;
    private final LocalizedInput definition;
    private final EntryList<LocalizedText> duties;
    private final EntryList<GuideContent.LookAlike> lookAlikes;
    private final EntryList<LocalizedText> skills;
    private final EntryList<LocalizedText> jdKeywords;
    private final EntryList<LocalizedText> interviewQuestions;
    private final EntryList<GuideContent.ChecklistItem> checklist;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final H2 heading = new H2();
    private List<GuideSummary> library = List.of();
    private RoleGuideVersion draft;

    public GuideEditorView(RoleGuideService guides) {
        this.guides = guides;
        addClassName("guide-editor-view");
        title = new LocalizedInput(getTranslation("guide.field.title"), false, GuideContent.TITLE_MAX);
        definition = new LocalizedInput(getTranslation("guide.field.definition"), true, GuideContent.TEXT_MAX);
        duties = textList("guide.section.duties");
        lookAlikes = new EntryList<>(getTranslation("guide.section.look-alikes"), getTranslation("guide.entry.add"), LookAlikeRow::new);
        skills = textList("guide.section.skills");
        jdKeywords = textList("guide.section.keywords");
        interviewQuestions = textList("guide.section.questions");
        checklist = new EntryList<>(getTranslation("guide.section.checklist"), getTranslation("guide.entry.add"), ChecklistRow::new);
        fields.put("title", title);
        fields.put("definition", definition);
        fields.put("duties", duties);
        fields.put("lookAlikes", lookAlikes);
        fields.put("skills", skills);
        fields.put("jdKeywords", jdKeywords);
        fields.put("interviewQuestions", interviewQuestions);
        fields.put("checklist", checklist);
    }

    private EntryList<LocalizedText> textList(String headingKey) {
        String heading = getTranslation(headingKey);
        return new EntryList<>(heading, getTranslation("guide.entry.add"), () -> new TextRow(heading));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long guideId = Long.parseLong(event.getRouteParameters().get("guideId").orElse(""));
            library = guides.library();
            draft = guides.draft(guideId);
            build();
        } catch (NumberFormatException | DomainException e) {
            event.forwardTo(GuideLibraryView.class);
            UiErrors.error(getTranslation("not-found.guide"));
        }
    }

    private void build() {
        removeAll();
        heading.setText(getTranslation("guide.editing", draft.title(Language.of(getLocale())), draft.getNumber()));
        GuideContent content = draft.getContent();
        title.setValue(content.title());
        definition.setValue(content.definition());
        duties.setValues(content.duties());
        lookAlikes.setValues(content.lookAlikes());
        skills.setValues(content.skills());
        jdKeywords.setValues(content.jdKeywords());
        interviewQuestions.setValues(content.interviewQuestions());
        checklist.setValues(content.checklist());

        Button save = new Button(getTranslation("guide.save-draft"), VaadinIcon.DISC.create(), click -> save());
        Button preview = new Button(getTranslation("guide.preview"), VaadinIcon.EYE.create(), click -> preview());
        Button publish = new Button(getTranslation("guide.publish"), VaadinIcon.CHECK.create(), click -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("guide.discard"), VaadinIcon.TRASH.create(), click -> confirmDiscard());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button back = new Button(getTranslation("guide.back-to-guide"), VaadinIcon.ARROW_LEFT.create(), click -> toGuide());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout actions = new FlexLayout(back, save, preview, publish, discard);
        actions.addClassName("editor-actions");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        Paragraph hint = new Paragraph(getTranslation("guide.editor-hint"));
        hint.addClassName("editor-hint");
        Div form = new Div(title, definition, duties, lookAlikes, skills, jdKeywords, interviewQuestions, checklist);
        form.addClassName("guide-form");
        add(heading, hint, actions, form);
    }

    /** The content as currently entered. */
    public GuideContent content() {
        GuideContent content = new GuideContent(title.getValue(), definition.getValue(), duties.getValues(),
                lookAlikes.getValues(), skills.getValues(), jdKeywords.getValues(), interviewQuestions.getValues(),
                checklist.getValues());
        // New items get their stable key here, once, so that a later save or publish keeps the same key for them.
        for (EntryList.Row<GuideContent.ChecklistItem> row : checklist.rows()) {
            if (row instanceof ChecklistRow item && (item.key == null || item.key.isBlank())) {
                item.key = content.nextChecklistKey();
                content = content.withChecklist(checklist.getValues());
            }
        }
        return content;
    }

    /** Saves the draft; true when it worked. */
    public boolean save() {
        return UiErrors.attempt(this, fields, () -> guides.saveDraft(draft.getId(), draft.getVersion(), content()))
                .map(saved -> {
                    draft = saved;
                    UiErrors.success(getTranslation("guide.saved"));
                    return true;
                }).orElse(false);
    }

    private void publish() {
        // One command: a refused publish must not leave the edited content behind as the stored draft.
        UiErrors.attempt(this, fields, () -> guides.publish(draft.getId(), draft.getVersion(), content()))
                .ifPresent(published -> {
                    UiErrors.success(getTranslation("guide.published", published.getNumber()));
                    toGuide();
                });
    }

    private void preview() {
        Dialog dialog = new Dialog();
        dialog.addClassName("guide-preview-dialog");
        dialog.setHeaderTitle(getTranslation("guide.preview"));
        LanguageToggle toggle = new LanguageToggle(Language.of(getLocale()));
        Div body = new Div();
        Runnable render = () -> {
            body.removeAll();
            body.add(new GuideArticle(content(), toggle.getValue(), slug -> null, null));
        };
        toggle.addValueChangeListener(event -> render.run());
        render.run();
        dialog.add(toggle, body);
        dialog.getFooter().add(new Button(getTranslation("dialog.close"), click -> dialog.close()));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.open();
    }

    private void confirmDiscard() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("guide.discard"));
        dialog.add(new Paragraph(getTranslation("guide.discard-confirm")));
        Button confirm = new Button(getTranslation("guide.discard"), click -> {
            dialog.close();
            long guideId = draft.getGuideId();
            UiErrors.attempt(this, Map.of(), () -> {
                guides.discardDraft(draft.getId(), draft.getVersion());
                return Boolean.TRUE;
            }).ifPresent(done -> {
                boolean guideStillExists = guides.library().stream().anyMatch(summary -> summary.guideId() == guideId);
                getUI().ifPresent(ui -> {
                    if (guideStillExists) {
                        ui.navigate(GuideDetailView.class, new RouteParameters("guideId", String.valueOf(guideId)));
                    } else {
                        ui.navigate(GuideLibraryView.class);
                    }
                });
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void toGuide() {
        getUI().ifPresent(ui -> ui.navigate(GuideDetailView.class,
                new RouteParameters("guideId", String.valueOf(draft.getGuideId()))));
    }

    public LocalizedInput titleInput() {
        return title;
    }

    public LocalizedInput definitionInput() {
        return definition;
    }

    public EntryList<GuideContent.ChecklistItem> checklistEditor() {
        return checklist;
    }

    public EntryList<LocalizedText> dutiesEditor() {
        return duties;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guide.edit-draft") + " · " + getTranslation("app.name");
    }

    /** An entry that is one text in both languages. */
    final class TextRow implements EntryList.Row<LocalizedText> {
        private final LocalizedInput input = new LocalizedInput("", true, GuideContent.TEXT_MAX);

        TextRow(String heading) {
            input.withHiddenLabel(heading);
        }

        @Override
        public Component component() {
            return input;
        }

        @Override
        public LocalizedText value() {
            return input.getValue();
        }

        @Override
        public void setValue(LocalizedText value) {
            input.setValue(value);
        }
    }

    /** A look-alike role: another guide from the library or a role by name, and the difference. */
    final class LookAlikeRow implements EntryList.Row<GuideContent.LookAlike> {
        private final ComboBox<GuideSummary> guide = new ComboBox<>(getTranslation("guide.field.look-alike-guide"));
        private final LocalizedInput roleName = new LocalizedInput(getTranslation("guide.field.look-alike-name"), false, GuideContent.TITLE_MAX);
        private final LocalizedInput difference = new LocalizedInput(getTranslation("guide.field.look-alike-difference"), true, GuideContent.TEXT_MAX);
        private final Div layout = new Div(guide, roleName, difference);

        LookAlikeRow() {
            Language ui = Language.of(getLocale());
            guide.setItems(library.stream().filter(summary -> draft == null || summary.guideId() != draft.getGuideId()).toList());
            guide.setItemLabelGenerator(summary -> summary.title(ui));
            guide.setClearButtonVisible(true);
            guide.setHelperText(getTranslation("guide.field.look-alike-help"));
            guide.addValueChangeListener(event -> roleName.setVisible(event.getValue() == null));
            layout.addClassName("look-alike-row");
        }

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public GuideContent.LookAlike value() {
            GuideSummary linked = guide.getValue();
            return new GuideContent.LookAlike(linked == null ? null : linked.slug(),
                    linked == null ? roleName.getValue() : null, difference.getValue());
        }

        @Override
        public void setValue(GuideContent.LookAlike value) {
            library.stream().filter(summary -> summary.slug().equals(value.guide())).findFirst().ifPresent(guide::setValue);
            roleName.setValue(value.roleName());
            roleName.setVisible(guide.getValue() == null);
            difference.setValue(value.difference());
        }
    }

    /** A checklist item: its kind and text; the key stays as it was so progress follows the item to new versions. */
    final class ChecklistRow implements EntryList.Row<GuideContent.ChecklistItem> {
        private final Select<ChecklistKind> kind = new Select<>();
        private final LocalizedInput text = new LocalizedInput("", false, GuideContent.TEXT_MAX);
        private final Div layout = new Div(kind, text);
        private String key;

        ChecklistRow() {
            Language ui = Language.of(getLocale());
            kind.setItems(ChecklistKind.values());
            kind.setItemLabelGenerator(value -> getTranslation("guide.kind." + value.name()));
            kind.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(value -> {
                Div item = new Div(GuideArticle.kindIcon(value, ui), new com.vaadin.flow.component.html.Span(
                        getTranslation("guide.kind." + value.name())));
                item.addClassName("kind-option");
                return item;
            }));
            kind.setAriaLabel(getTranslation("guide.field.kind"));
            text.withHiddenLabel(getTranslation("guide.section.checklist"));
            kind.setValue(ChecklistKind.READ);
            layout.addClassName("checklist-row");
        }

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public GuideContent.ChecklistItem value() {
            return new GuideContent.ChecklistItem(key, kind.getValue(), text.getValue());
        }

        @Override
        public void setValue(GuideContent.ChecklistItem value) {
            key = value.key();
            kind.setValue(value.kind());
            text.setValue(value.text());
        }

        public Select<ChecklistKind> kindSelect() {
            return kind;
        }

        public LocalizedInput textInput() {
            return text;
        }
    }
}
