package com.careerbridge.crm.ui.candidate;

import java.util.Locale;

import com.careerbridge.crm.candidate.PipelineStatus;
import com.vaadin.flow.component.html.Span;

/** A pipeline status as a small coloured label; the colour comes from consultant.css. */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static Span of(PipelineStatus status) {
        Span badge = new Span();
        badge.setText(badge.getTranslation("pipeline." + status.name()));
        badge.addClassNames("status-badge", "status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
