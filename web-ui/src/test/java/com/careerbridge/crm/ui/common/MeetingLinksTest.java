package com.careerbridge.crm.ui.common;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's session place with its web addresses as links, and nothing else as one (#20). */
class MeetingLinksTest {

    @Test
    void aWebAddressInThePlaceIsALinkThatOpensInANewTabWithoutAHandleOnThePage() {
        Span place = MeetingLinks.of("Zoom: https://meet.example/j/123?pwd=x. Room 4");

        List<Anchor> links = anchors(place);
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.getHref()).isEqualTo("https://meet.example/j/123?pwd=x");
            assertThat(link.getText()).isEqualTo("https://meet.example/j/123?pwd=x");
            assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
            assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
        });
        assertThat(place.getElement().getTextRecursively()).isEqualTo("Zoom: https://meet.example/j/123?pwd=x. Room 4");
    }

    @Test
    void onlyHttpAndHttpsBecomeLinks() {
        assertThat(anchors(MeetingLinks.of("javascript:alert(1)"))).isEmpty();
        assertThat(anchors(MeetingLinks.of("data:text/html,<b>x</b>"))).isEmpty();
        assertThat(anchors(MeetingLinks.of("ftp://files.example/a"))).isEmpty();
        assertThat(anchors(MeetingLinks.of("Gangnam office, 3rd floor"))).isEmpty();
        assertThat(MeetingLinks.of("Gangnam office, 3rd floor").getElement().getTextRecursively())
                .isEqualTo("Gangnam office, 3rd floor");
        assertThat(anchors(MeetingLinks.of("http://"))).isEmpty();
        assertThat(anchors(MeetingLinks.of("HTTP://MEET.EXAMPLE/A"))).hasSize(1);
    }

    private static List<Anchor> anchors(Component place) {
        return place.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast).toList();
    }
}
