package com.careerbridge.crm.ui.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;

/**
 * A session's place as the candidate reads it (#20): the web addresses in it (a video call, a map) can be clicked and
 * open in a new tab; everything else stays text. Only http and https become links — a {@code javascript:} or
 * {@code data:} address typed into the field stays inert text — and the new tab gets no handle on this page
 * ({@code rel="noopener noreferrer"}).
 */
public final class MeetingLinks {

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

    private MeetingLinks() {
    }

    public static Span of(String location) {
        Span place = new Span();
        place.addClassName("meeting-place");
        if (location == null) {
            return place;
        }
        Matcher matcher = WEB_ADDRESS.matcher(location);
        int at = 0;
        while (matcher.find()) {
            String address = trimTrailingPunctuation(matcher.group());
            if (!isWebAddress(address)) {
                continue;
            }
            if (matcher.start() > at) {
                place.add(new Text(location.substring(at, matcher.start())));
            }
            Anchor link = new Anchor(address, address, AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.addClassName("meeting-link");
            place.add(link);
            at = matcher.start() + address.length();
        }
        if (at < location.length()) {
            place.add(new Text(location.substring(at)));
        }
        return place;
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    // "Join at https://meet.example/abc." — the full stop ends the sentence, not the address.
    private static String trimTrailingPunctuation(String address) {
        String trimmed = address;
        while (!trimmed.isEmpty() && ".,;:!?)]}'".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
