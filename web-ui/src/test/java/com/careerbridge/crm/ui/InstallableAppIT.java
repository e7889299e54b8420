package com.careerbridge.crm.ui;

import java.util.concurrent.atomic.AtomicBoolean;

import com.careerbridge.webtest.BrowserlessUiTest;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifest and its icons pass the web UI's security chain for a browser that has not signed in (a phone asks for
 * them on the sign-in page, before anyone signed in); a page still does not. Serving the files is the application's
 * (RouteCrawlIT fetches them over HTTP).
 */
class InstallableAppIT extends BrowserlessUiTest {

    @Autowired @Qualifier("springSecurityFilterChain") Filter security;

    @Test
    void theManifestAndItsIconsPassTheSecurityChainWithoutASignIn() throws Exception {
        SecurityContextHolder.clearContext();
        for (String path : new String[] {"/manifest.webmanifest", "/icons/icon.svg", "/icons/icon-192.png",
                "/icons/icon-512.png", "/favicon.ico"}) {
            assertThat(passes(path)).as(path).isTrue();
        }
        assertThat(passes("/candidates")).as("a page asks for the sign-in").isFalse();
    }

    private boolean passes(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        AtomicBoolean reached = new AtomicBoolean();
        security.doFilter(request, new MockHttpServletResponse(), (req, res) -> reached.set(true));
        return reached.get();
    }
}
