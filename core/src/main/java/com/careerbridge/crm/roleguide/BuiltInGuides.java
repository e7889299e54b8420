package com.careerbridge.crm.roleguide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The consultancy's own guides to the sales-side roles (Sales, Sales Management, Account Manager, Sales Analyst, Sales
 * Training), shipped as JSON under {@code roleguides/builtin/} and published as version 1 on first start. Afterwards
 * they are ordinary guides: staff edit them as drafts and publish new versions; a guide already present is never
 * touched again.
 */
@Component
@Order(10)
public class BuiltInGuides implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInGuides.class);
    private static final String LOCATION = "classpath*:roleguides/builtin/*.json";

    private final RoleGuideService service;
    private final TransactionTemplate transaction;

    BuiltInGuides(RoleGuideService service, TransactionTemplate transaction) {
        this.service = service;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        install();
    }

    /** Publishes every shipped guide that the database does not have yet; returns how many were added. */
    public int install() {
        List<BuiltInGuide> shipped = read();
        Integer added = SystemWork.call(() -> transaction.execute(status -> {
            int count = 0;
            for (BuiltInGuide guide : shipped) {
                if (!service.slugExists(guide.slug())) {
                    service.createBuiltIn(guide.slug(), guide.content());
                    count++;
                }
            }
            return count;
        }));
        if (added != null && added > 0) {
            log.info("Installed {} built-in role guides", added);
        }
        return added == null ? 0 : added;
    }

    record BuiltInGuide(String slug, GuideContent content) {
    }

    static List<BuiltInGuide> read() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<BuiltInGuide> guides = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    guides.add(parse(GuideContentConverter.JSON.readTree(in)));
                }
            }
            return guides;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in role guides", e);
        }
    }

    private static BuiltInGuide parse(JsonNode json) {
        List<GuideContent.ChecklistItem> checklist = new ArrayList<>();
        int n = 1;
        for (JsonNode item : json.path("checklist")) {
            checklist.add(new GuideContent.ChecklistItem("c" + n++, ChecklistKind.valueOf(item.path("kind").asString()),
                    text(item.path("text"))));
        }
        List<GuideContent.LookAlike> lookAlikes = new ArrayList<>();
        for (JsonNode lookAlike : json.path("lookAlikes")) {
            String guide = lookAlike.hasNonNull("guide") ? lookAlike.get("guide").asString() : null;
            LocalizedText roleName = lookAlike.hasNonNull("roleName") ? text(lookAlike.get("roleName")) : null;
            lookAlikes.add(new GuideContent.LookAlike(guide, roleName, text(lookAlike.path("difference"))));
        }
        GuideContent content = new GuideContent(text(json.path("title")), text(json.path("definition")),
                texts(json.path("duties")), lookAlikes, texts(json.path("skills")), texts(json.path("jdKeywords")),
                texts(json.path("interviewQuestions")), checklist);
        return new BuiltInGuide(json.path("key").asString(), content);
    }

    private static List<LocalizedText> texts(JsonNode array) {
        List<LocalizedText> texts = new ArrayList<>();
        array.forEach(node -> texts.add(text(node)));
        return texts;
    }

    private static LocalizedText text(JsonNode node) {
        return LocalizedText.of(node.path("ko").asString(""), node.path("en").asString(""));
    }
}
