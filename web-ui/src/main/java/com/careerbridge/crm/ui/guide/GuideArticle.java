package com.careerbridge.crm.ui.guide;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.careerbridge.crm.roleguide.ChecklistKind;
import com.careerbridge.crm.roleguide.GuideContent;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A guide as a candidate reads it, in one language. Headings come from the bundle of the guide's language, not the
 * UI's, so a consultant previewing the English version reads exactly what an English-reading candidate reads.
 * The checklist is left to the caller when it has to be interactive (the portal).
 */
public class GuideArticle extends Div {

    private final Language language;
    private final Locale locale;
    private final Function<String, LocalizedText> guideTitle;

    /**
     * @param lookAlikeLink turns a look-alike's guide slug into the address of that guide, or null when the reader
     *                      cannot open it (then the role name is shown as text)
     * @param checklist     the checklist section's body, or null for a read-only list with kind icons
     */
    public GuideArticle(GuideContent content, Language language, Function<String, String> lookAlikeLink,
                        Component checklist) {
        this(content, language, lookAlikeLink, slug -> null, checklist);
    }

    /**
     * @param guideTitle the title of a look-alike guide by slug, when the caller knows it (else a name is made from
     *                   the slug)
     */
    public GuideArticle(GuideContent content, Language language, Function<String, String> lookAlikeLink,
                        Function<String, LocalizedText> guideTitle, Component checklist) {
        this.language = language;
        this.guideTitle = guideTitle;
        this.locale = language.locale();
        addClassName("guide-article");
        getElement().setAttribute("lang", language.code());

        H2 title = new H2(content.title().in(language));
        title.addClassName("guide-title");
        Paragraph definition = new Paragraph(content.definition().in(language));
        definition.addClassName("guide-definition");
        add(title, definition);

        section("guide.section.duties", bullets(content.duties()), !content.duties().isEmpty());
        section("guide.section.look-alikes", lookAlikes(content, lookAlikeLink), !content.lookAlikes().isEmpty());
        section("guide.section.skills", bullets(content.skills()), !content.skills().isEmpty());
        section("guide.section.keywords", keywords(content.jdKeywords()), !content.jdKeywords().isEmpty());
        section("guide.section.questions", questions(content.interviewQuestions()), !content.interviewQuestions().isEmpty());
        section("guide.section.checklist", checklist == null ? staticChecklist(content.checklist(), language) : checklist,
                checklist != null || !content.checklist().isEmpty());
    }

    public Language language() {
        return language;
    }

    private void section(String headingKey, Component body, boolean shown) {
        if (!shown) {
            return;
        }
        Div section = new Div(new H3(getTranslation(locale, headingKey)), body);
        section.addClassName("guide-section");
        add(section);
    }

    private Component bullets(List<LocalizedText> texts) {
        UnorderedList list = new UnorderedList();
        texts.forEach(text -> list.add(new ListItem(text.in(language))));
        return list;
    }

    private Component questions(List<LocalizedText> texts) {
        OrderedList list = new OrderedList();
        list.addClassName("guide-questions");
        texts.forEach(text -> list.add(new ListItem(text.in(language))));
        return list;
    }

    private Component keywords(List<LocalizedText> texts) {
        Div badges = new Div();
        badges.addClassName("guide-keywords");
        for (LocalizedText text : texts) {
            Span badge = new Span(text.in(language));
            badge.getElement().getThemeList().add("badge contrast pill");
            badges.add(badge);
        }
        return badges;
    }

    private Component lookAlikes(GuideContent content, Function<String, String> link) {
        Div list = new Div();
        list.addClassName("guide-look-alikes");
        for (GuideContent.LookAlike lookAlike : content.lookAlikes()) {
            boolean linked = lookAlike.guide() != null && !lookAlike.guide().isBlank();
            LocalizedText linkedTitle = linked ? guideTitle.apply(lookAlike.guide()) : null;
            String name = lookAlike.roleName() != null && !lookAlike.roleName().isEmpty()
                    ? lookAlike.roleName().in(language)
                    : linkedTitle != null ? linkedTitle.in(language) : prettySlug(lookAlike.guide());
            String href = linked && link != null ? link.apply(lookAlike.guide()) : null;
            Component role = href != null ? new Anchor(href, name) : new Span(name);
            role.getElement().getClassList().add("look-alike-role");
            Paragraph difference = new Paragraph(lookAlike.difference() == null ? "" : lookAlike.difference().in(language));
            difference.addClassName("look-alike-difference");
            Div card = new Div(role, difference);
            card.addClassName("look-alike");
            list.add(card);
        }
        return list;
    }

    private static String prettySlug(String slug) {
        if (slug == null || slug.isBlank()) {
            return "";
        }
        String spaced = slug.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A read-only checklist: each item with the icon of its kind. */
    public static Component staticChecklist(List<GuideContent.ChecklistItem> items, Language language) {
        UnorderedList list = new UnorderedList();
        list.addClassName("guide-checklist");
        for (GuideContent.ChecklistItem item : items) {
            ListItem row = new ListItem(kindIcon(item.kind(), language), new Span(item.text().in(language)));
            row.addClassName("checklist-item");
            list.add(row);
        }
        return list;
    }

    /** The icon of a checklist kind, with its name as tooltip for screen readers and the curious. */
    public static Icon kindIcon(ChecklistKind kind, Language language) {
        VaadinIcon icon = switch (kind == null ? ChecklistKind.READ : kind) {
            case READ -> VaadinIcon.BOOK;
            case PRACTISE -> VaadinIcon.COMMENTS_O;
            case DOCUMENT -> VaadinIcon.FILE_TEXT_O;
            case MOCK_INTERVIEW -> VaadinIcon.MICROPHONE;
        };
        Icon created = icon.create();
        created.addClassName("checklist-kind");
        created.addClassName("kind-" + (kind == null ? "read" : kind.name().toLowerCase(Locale.ROOT)));
        String label = created.getTranslation(language.locale(), "guide.kind." + (kind == null ? ChecklistKind.READ : kind).name());
        created.getElement().setAttribute("title", label);
        // An image with a name (aria-label alone is not allowed on an element without a role).
        created.getElement().setAttribute("role", "img");
        created.getElement().setAttribute("aria-label", label);
        return created;
    }
}
