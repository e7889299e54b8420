package com.careerbridge.crm.app.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Language;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every URL the application serves — Vaadin routes from the route registry, Spring MVC handler mappings (API,
 * API docs, actuator), static resources — and checks who may open it. Each route must be classified below; a route
 * nobody classified fails the test, so a new view or endpoint cannot slip in unreviewed.
 * <ul>
 *   <li>{@code PUBLIC}: anyone (the allow-list);</li>
 *   <li>{@code SIGNED_IN}: anonymous callers get 401 (API, as a problem document) or the login page (UI);</li>
 *   <li>{@code STAFF}: additionally, a signed-in candidate is refused (API: 403/404 over HTTP; UI: the view's
 *       {@code @RolesAllowed} excludes CANDIDATE, which Vaadin's navigation access control enforces);</li>
 *   <li>{@code CLOSED}: operations endpoints nobody reaches over HTTP (401/403).</li>
 * </ul>
 */
@WebSecurityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteCrawlIT {

    enum Access { PUBLIC, SIGNED_IN, STAFF, CLOSED }

    /** Vaadin routes by template. */
    static final Map<String, Access> UI_ROUTES = Map.ofEntries(
            Map.entry("login", Access.PUBLIC),
            Map.entry("unsubscribe", Access.PUBLIC),
            Map.entry("forgot-password", Access.PUBLIC),
            Map.entry("reset-password", Access.PUBLIC),
            Map.entry("set-password", Access.PUBLIC),
            // the second sign-in step: only for a session that passed the password step
            Map.entry("login/two-factor", Access.SIGNED_IN),
            Map.entry("login/two-factor/setup", Access.SIGNED_IN),
            Map.entry("account/security", Access.SIGNED_IN),
            Map.entry("", Access.SIGNED_IN),
            Map.entry("account/password", Access.SIGNED_IN),
            Map.entry("portal", Access.SIGNED_IN),
            Map.entry("portal/guides/:assignmentId", Access.SIGNED_IN),
            // the candidate books, moves and cancels sessions (#15); the view allows CANDIDATE only
            Map.entry("portal/book", Access.SIGNED_IN),
            // the candidate's conversation and documents (#16); the views allow CANDIDATE only
            Map.entry("portal/messages", Access.SIGNED_IN),
            Map.entry("portal/documents", Access.SIGNED_IN),
            Map.entry("candidates", Access.STAFF),
            Map.entry("outcomes", Access.STAFF),
            Map.entry("applications", Access.STAFF),
            Map.entry("candidates/:id", Access.STAFF),
            Map.entry("inbox", Access.STAFF),
            Map.entry("guides", Access.STAFF),
            Map.entry("guides/:guideId", Access.STAFF),
            Map.entry("guides/:guideId/draft", Access.STAFF),
            Map.entry("sessions", Access.STAFF),
            Map.entry("emails", Access.STAFF),
            Map.entry("admin/consultants", Access.STAFF),
            Map.entry("admin/consultancy", Access.STAFF),
            Map.entry("admin/session-types", Access.STAFF),
            Map.entry("availability", Access.STAFF),
            Map.entry("admin/audit", Access.STAFF));

    /** Spring MVC handlers as "METHOD pattern". */
    static final Map<String, Access> HANDLERS = Map.ofEntries(
            Map.entry("POST /api/v1/auth/token", Access.PUBLIC),
            Map.entry("POST /api/v1/auth/refresh", Access.PUBLIC),
            Map.entry("POST /api/v1/auth/logout", Access.PUBLIC),
            Map.entry("POST /api/v1/auth/invitation/accept", Access.PUBLIC),
            Map.entry("POST /api/v1/auth/password-reset", Access.PUBLIC),
            Map.entry("POST /api/v1/auth/password-reset/confirm", Access.PUBLIC),
            Map.entry("PUT /api/v1/me/password", Access.SIGNED_IN),
            Map.entry("GET /api/v1/me/export", Access.SIGNED_IN),
            Map.entry("GET /api/v1/candidates/{candidateId}/export", Access.STAFF),
            Map.entry("DELETE /api/v1/candidates/{candidateId}/personal-data", Access.STAFF),
            Map.entry("POST /api/v1/unsubscribe", Access.PUBLIC),
            Map.entry("GET /api/v1/calendar/{secret}.ics", Access.PUBLIC),
            // the consultancy's name and logo: the app's sign-in screen and mail clients load them (#20)
            Map.entry("GET /api/v1/brand", Access.PUBLIC),
            Map.entry("GET /api/v1/brand/logo", Access.PUBLIC),
            Map.entry("GET /api/v1/me", Access.SIGNED_IN),
            Map.entry("PATCH /api/v1/me/preferences", Access.SIGNED_IN),
            Map.entry("GET /api/v1/me/profile", Access.SIGNED_IN),
            Map.entry("PUT /api/v1/me/profile/progress-emails", Access.SIGNED_IN),
            Map.entry("GET /api/v1/me/guides", Access.SIGNED_IN),
            Map.entry("GET /api/v1/me/guides/{assignmentId}", Access.SIGNED_IN),
            Map.entry("PUT /api/v1/me/guides/{assignmentId}/items/{itemKey}", Access.SIGNED_IN),
            Map.entry("GET /api/v1/me/sessions", Access.SIGNED_IN),
            Map.entry("PUT /api/v1/me/sessions/{sessionId}/action-items/{actionItemId}", Access.SIGNED_IN),
            Map.entry("GET /api/v1/me/readiness", Access.SIGNED_IN),
            // self-service booking (#15): the candidate's side, refused to staff in core
            Map.entry("GET /api/v1/me/session-types", Access.SIGNED_IN),
            Map.entry("GET /api/v1/me/slots", Access.SIGNED_IN),
            Map.entry("GET /api/v1/me/bookings", Access.SIGNED_IN),
            Map.entry("POST /api/v1/me/bookings", Access.SIGNED_IN),
            Map.entry("POST /api/v1/me/sessions/{sessionId}/reschedule", Access.SIGNED_IN),
            Map.entry("POST /api/v1/me/sessions/{sessionId}/cancel", Access.SIGNED_IN),
            // and staff's: session types, a consultant's availability and slots
            Map.entry("GET /api/v1/session-types", Access.STAFF),
            Map.entry("GET /api/v1/consultants/{consultantId}/availability", Access.STAFF),
            Map.entry("PUT /api/v1/consultants/{consultantId}/availability", Access.STAFF),
            Map.entry("GET /api/v1/consultants/{consultantId}/slots", Access.STAFF),
            // messages (#16): the candidate's own conversation (refused to staff in core), staff's inbox and
            // conversations by candidate
            Map.entry("GET /api/v1/me/messages", Access.SIGNED_IN),
            Map.entry("POST /api/v1/me/messages", Access.SIGNED_IN),
            Map.entry("POST /api/v1/me/messages/read", Access.SIGNED_IN),
            Map.entry("GET /api/v1/inbox", Access.STAFF),
            Map.entry("GET /api/v1/inbox/unread", Access.STAFF),
            Map.entry("GET /api/v1/candidates/{candidateId}/messages", Access.STAFF),
            Map.entry("POST /api/v1/candidates/{candidateId}/messages", Access.STAFF),
            Map.entry("POST /api/v1/candidates/{candidateId}/messages/read", Access.STAFF),
            // documents (#16): the candidate's own, a candidate's for staff, and a document's parts for both
            Map.entry("GET /api/v1/me/documents", Access.SIGNED_IN),
            Map.entry("POST /api/v1/me/documents", Access.SIGNED_IN),
            Map.entry("GET /api/v1/candidates/{candidateId}/documents", Access.STAFF),
            Map.entry("POST /api/v1/candidates/{candidateId}/documents", Access.STAFF),
            Map.entry("GET /api/v1/documents/{documentId}", Access.SIGNED_IN),
            Map.entry("POST /api/v1/documents/{documentId}/versions", Access.SIGNED_IN),
            Map.entry("GET /api/v1/documents/versions/{versionId}/content", Access.SIGNED_IN),
            Map.entry("GET /api/v1/documents/versions/{versionId}/preview", Access.SIGNED_IN),
            Map.entry("GET /api/v1/documents/versions/{versionId}/comments", Access.SIGNED_IN),
            Map.entry("POST /api/v1/documents/versions/{versionId}/comments", Access.SIGNED_IN),
            Map.entry("POST /api/v1/me/calendar-feed", Access.SIGNED_IN),
            // live change notices (#16): any role, each hears only of the candidates they may see (LiveFeed)
            Map.entry("GET /api/v1/events", Access.SIGNED_IN),
            Map.entry("DELETE /api/v1/me/calendar-feed", Access.SIGNED_IN),
            Map.entry("GET /api/v1/candidates", Access.STAFF),
            Map.entry("GET /api/v1/candidates/{candidateId}", Access.STAFF),
            Map.entry("POST /api/v1/candidates/{candidateId}/assignments", Access.STAFF),
            Map.entry("PUT /api/v1/candidates/{candidateId}/assignments/{assignmentId}/items/{itemKey}/verification",
                    Access.STAFF),
            Map.entry("POST /api/v1/candidates/{candidateId}/invitation", Access.STAFF),
            Map.entry("GET /api/v1/sessions", Access.STAFF),
            Map.entry("GET /api/v1/sessions/{sessionId}", Access.STAFF),
            Map.entry("PUT /api/v1/sessions/{sessionId}/outcome", Access.STAFF),
            // the consultant's mobile API (#18)
            Map.entry("GET /api/v1/dashboard", Access.STAFF),
            Map.entry("POST /api/v1/candidates", Access.STAFF),
            Map.entry("GET /api/v1/candidates/{candidateId}/profile", Access.STAFF),
            Map.entry("PUT /api/v1/candidates/{candidateId}/profile", Access.STAFF),
            Map.entry("POST /api/v1/candidates/{candidateId}/pipeline-moves", Access.STAFF),
            Map.entry("PUT /api/v1/candidates/{candidateId}/progress-emails", Access.STAFF),
            Map.entry("GET /api/v1/candidates/{candidateId}/staff-notes", Access.STAFF),
            Map.entry("PUT /api/v1/candidates/{candidateId}/staff-notes", Access.STAFF),
            Map.entry("GET /api/v1/candidates/{candidateId}/timeline", Access.STAFF),
            Map.entry("GET /api/v1/candidates/{candidateId}/emails", Access.STAFF),
            Map.entry("GET /api/v1/candidates/{candidateId}/digest-preview", Access.STAFF),
            Map.entry("POST /api/v1/candidates/{candidateId}/digest-sends", Access.STAFF),
            Map.entry("GET /api/v1/candidates/{candidateId}/sessions", Access.STAFF),
            Map.entry("POST /api/v1/candidates/{candidateId}/sessions", Access.STAFF),
            Map.entry("PUT /api/v1/sessions/{sessionId}/plan", Access.STAFF),
            Map.entry("POST /api/v1/sessions/{sessionId}/cancellation", Access.STAFF),
            Map.entry("POST /api/v1/sessions/{sessionId}/no-show", Access.STAFF),
            Map.entry("POST /api/v1/candidates/{candidateId}/target-roles", Access.STAFF),
            Map.entry("GET /api/v1/me/applications", Access.SIGNED_IN),
            Map.entry("POST /api/v1/me/applications", Access.SIGNED_IN),
            Map.entry("GET /api/v1/candidates/{candidateId}/applications", Access.STAFF),
            Map.entry("POST /api/v1/candidates/{candidateId}/applications", Access.STAFF),
            Map.entry("GET /api/v1/applications/{applicationId}", Access.SIGNED_IN),
            Map.entry("PUT /api/v1/applications/{applicationId}", Access.SIGNED_IN),
            Map.entry("POST /api/v1/applications/{applicationId}/stage-moves", Access.SIGNED_IN),
            Map.entry("GET /api/v1/caseload/applications", Access.STAFF),
            Map.entry("GET /api/v1/outcomes", Access.STAFF),
            Map.entry("GET /api/v1/applications/{applicationId}/interviews", Access.SIGNED_IN),
            Map.entry("POST /api/v1/applications/{applicationId}/interviews", Access.SIGNED_IN),
            Map.entry("GET /api/v1/interviews/{interviewId}", Access.SIGNED_IN),
            Map.entry("PUT /api/v1/interviews/{interviewId}", Access.SIGNED_IN),
            Map.entry("DELETE /api/v1/interviews/{interviewId}", Access.SIGNED_IN),
            Map.entry("POST /api/v1/interviews/{interviewId}/questions", Access.SIGNED_IN),
            Map.entry("DELETE /api/v1/interview-questions/{questionId}", Access.SIGNED_IN),
            Map.entry("GET /api/v1/target-roles/{targetRoleId}", Access.STAFF),
            Map.entry("PUT /api/v1/target-roles/{targetRoleId}", Access.STAFF),
            Map.entry("DELETE /api/v1/target-roles/{targetRoleId}", Access.STAFF),
            Map.entry("GET /api/v1/guides", Access.STAFF),
            Map.entry("GET /api/v1/guides/{guideId}", Access.STAFF),
            Map.entry("GET /api/v1/guides/{guideId}/versions/{versionNumber}", Access.STAFF),
            Map.entry("GET /api/v1/candidates/{candidateId}/assignments/{assignmentId}", Access.STAFF),
            Map.entry("DELETE /api/v1/candidates/{candidateId}/assignments/{assignmentId}", Access.STAFF),
            Map.entry("POST /api/v1/candidates/{candidateId}/assignments/{assignmentId}/upgrade", Access.STAFF),
            Map.entry("PUT /api/v1/candidates/{candidateId}/assignments/{assignmentId}/due-date", Access.STAFF),
            // only the JSON form of the OpenAPI document is published
            Map.entry("GET /api/v1/openapi.json.yaml", Access.SIGNED_IN),
            Map.entry("GET /actuator", Access.CLOSED),
            Map.entry("GET /actuator/info", Access.CLOSED),
            Map.entry("GET /actuator/health", Access.PUBLIC),
            Map.entry("GET /actuator/health/{*path}", Access.PUBLIC),
            Map.entry("GET /actuator/health/**", Access.PUBLIC),
            // Spring Boot's error page (the error dispatch itself is not a route anyone calls)
            Map.entry("GET /error", Access.SIGNED_IN));

    /** Handlers whose path starts like this are the API's developer documentation (OpenAPI, Swagger UI): public. */
    static final List<String> PUBLIC_HANDLER_PREFIXES = List.of("GET /api/v1/openapi.json", "GET /api/v1/docs");

    /**
     * URL patterns of Spring's static resource handlers and of Vaadin's forwarding of page requests to its servlet
     * (whose routes are checked above), and the top folders of static files: public.
     */
    static final Set<String> URL_PATTERNS = Set.of("/webjars/**", "/**", "/*", "/");
    static final String DOCS_RESOURCES = "/api/v1/docs/";
    static final Set<String> STATIC_FOLDERS = Set.of("styles", "images", "webjars", "icons", "favicon.ico",
            "manifest.webmanifest", "lumo", "aura", "VAADIN");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ServletContext servletContext;
    @Autowired
    AccountService accounts;
    @Autowired
    CandidateService candidates;
    @Autowired
    ActingAs actingAs;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Candidate candidate;
    private String candidateToken;
    private HttpBrowser candidateBrowser;

    @BeforeAll
    void aCandidateWithALogin() throws Exception {
        String password = "crawl-password-123";
        UserAccount consultant = SystemWork.call(() -> accounts.create(
                new EmailAddress("crawl-consultant-" + System.nanoTime() + "@example.com"), "Crawl Consultant",
                Role.CONSULTANT, Locale.ENGLISH, password));
        candidate = actingAs.call(consultant.getId(), () -> {
            Candidate created = candidates.create(new CandidateForm("Crawl Candidate",
                    "crawl-candidate-" + System.nanoTime() + "@example.com", "", Language.EN, "Asia/Seoul",
                    CareerStage.EXPERIENCED, "", "", List.of()), null);
            candidates.createLogin(created.getId(), "temporary-password-1");
            return candidates.get(created.getId());
        });
        accounts.changePassword(candidate.getUserId(), "temporary-password-1", password);
        String email = candidate.getEmail().value();
        HttpResponse<String> token = send("POST", "/api/v1/auth/token",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        candidateToken = token.body().replaceAll(".*\"accessToken\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        candidateBrowser = new HttpBrowser(port, "198.51.100.200");
        assertThat(candidateBrowser.signIn(email, password).headers().firstValue("Location").orElse(""))
                .doesNotContain("/login");
    }

    @Test
    void everyVaadinRouteIsClassifiedAndGuarded() {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new TreeMap<>();
        List<RouteData> routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext))
                .getRegisteredRoutes();
        assertThat(routes).as("the route registry").isNotEmpty();
        for (RouteData route : routes) {
            List<String> templates = new ArrayList<>(List.of(route.getTemplate()));
            route.getRouteAliases().forEach(alias -> templates.add(alias.getTemplate()));
            for (String template : templates) {
                seen.put(template, route.getNavigationTarget().getSimpleName());
                Access access = UI_ROUTES.get(template);
                if (access == null) {
                    problems.add("unclassified Vaadin route '" + template + "' (" + route.getNavigationTarget().getName()
                            + "): add it to RouteCrawlIT.UI_ROUTES");
                    continue;
                }
                checkUiRoute(template, route.getNavigationTarget(), access, problems);
            }
        }
        assertThat(problems).as("Vaadin routes seen: " + seen).isEmpty();
    }

    private void checkUiRoute(String template, Class<?> view, Access access, List<String> problems) {
        String path = "/" + fillUiTemplate(template);
        HttpResponse<String> anonymous = new HttpBrowser(port, null).get(path);
        String location = anonymous.headers().firstValue("Location").orElse("");
        boolean sentToLogin = anonymous.statusCode() == 302 && location.endsWith("/login");
        if (access == Access.PUBLIC && (sentToLogin || anonymous.statusCode() != 200)) {
            problems.add("public view " + path + " answered " + anonymous.statusCode() + " " + location);
        }
        if (access != Access.PUBLIC && !sentToLogin) {
            problems.add("anonymous " + path + " answered " + anonymous.statusCode() + " " + location
                    + " instead of a redirect to the login view");
        }
        if (access == Access.STAFF && !refusesCandidates(view)) {
            problems.add("the staff view " + path + " (" + view.getSimpleName() + ") does not exclude candidates");
        }
    }

    // Vaadin's NavigationAccessControl enforces these annotations on every navigation (CandidateAccessIT in web-ui
    // shows it); here every staff view must name its roles without CANDIDATE.
    private static boolean refusesCandidates(Class<?> view) {
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles != null && !List.of(roles.value()).contains("CANDIDATE")
                && view.getAnnotation(PermitAll.class) == null && view.getAnnotation(AnonymousAllowed.class) == null;
    }

    @Test
    void everyHandlerMappingIsClassifiedAndGuarded() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        String key = method.name() + " " + pattern;
                        seen.add(key);
                        checkHandler(key, method.name(), pattern, problems);
                    }
                }
            }
        }
        for (AbstractUrlHandlerMapping mapping : context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
            for (String pattern : mapping.getHandlerMap().keySet()) {
                seen.add("URL " + pattern);
                if (!URL_PATTERNS.contains(pattern) && !pattern.startsWith(DOCS_RESOURCES)
                        && !pattern.startsWith("/webjars/")) {
                    problems.add("unclassified URL handler mapping '" + pattern + "': add it to RouteCrawlIT");
                }
            }
        }
        assertThat(seen).as("handler mappings").contains("GET /api/v1/me", "GET /actuator/health");
        assertThat(problems).as("handlers seen: " + seen).isEmpty();
    }

    private void checkHandler(String key, String method, String pattern, List<String> problems) throws Exception {
        Access access = HANDLERS.get(key);
        if (access == null && PUBLIC_HANDLER_PREFIXES.stream().anyMatch(key::startsWith)) {
            access = Access.PUBLIC;
        }
        if (access == null) {
            problems.add("unclassified handler '" + key + "': add it to RouteCrawlIT.HANDLERS");
            return;
        }
        String path = fillHandlerPattern(pattern);
        String body = Set.of("POST", "PUT", "PATCH").contains(method) ? "{}" : null;
        HttpResponse<String> anonymous = send(method, path, body, null);
        int status = anonymous.statusCode();
        if (status >= 500) {
            problems.add("anonymous " + method + " " + path + " answered " + status);
        }
        boolean api = path.startsWith("/api/");
        switch (access) {
            case PUBLIC -> {
                if (status == 401 || status == 403) {
                    problems.add("public " + method + " " + path + " refused anonymous callers: " + status);
                }
            }
            case SIGNED_IN, STAFF, CLOSED -> {
                boolean uiChain = !api && !path.startsWith("/actuator");
                if (uiChain) {
                    if (status != 302 || !anonymous.headers().firstValue("Location").orElse("").endsWith("/login")) {
                        problems.add("anonymous " + method + " " + path + " answered " + status + " instead of the login");
                    }
                } else if (status != 401 && !(access == Access.CLOSED && status == 403)) {
                    problems.add("anonymous " + method + " " + path + " answered " + status + " instead of 401");
                } else if (api && !anonymous.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json")) {
                    problems.add("the 401 of " + method + " " + path + " is not a problem document");
                }
            }
        }
        if (access == Access.STAFF) {
            HttpResponse<String> asCandidate = send(method, path, body, candidateToken);
            if (asCandidate.statusCode() != 403 && asCandidate.statusCode() != 404) {
                problems.add("a candidate's " + method + " " + path + " answered " + asCandidate.statusCode());
            }
        }
    }

    @Test
    void staticResourcesArePublicAndOnlyWhereExpected() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, String> sampleByFolder = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/resources/**/*.*")) {
            String url = resource.getURL().toString();
            String path = url.substring(url.lastIndexOf("META-INF/resources/") + "META-INF/resources/".length());
            String folder = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            if (!STATIC_FOLDERS.contains(folder)) {
                problems.add("unclassified static resource /" + path + ": add its folder to RouteCrawlIT.STATIC_FOLDERS");
            } else if (path.endsWith(".css") || path.endsWith(".js") || path.endsWith(".png") || path.endsWith(".svg")
                    || path.endsWith(".webmanifest") || path.endsWith(".ico")) {
                sampleByFolder.putIfAbsent(folder, path);
            }
        }
        for (String path : sampleByFolder.values()) {
            HttpResponse<String> anonymous = send("GET", "/" + path, null, null);
            if (anonymous.statusCode() != 200) {
                problems.add("static /" + path + " answered " + anonymous.statusCode());
            }
        }
        assertThat(sampleByFolder).as("static files sampled").containsKey("styles");
        assertThat(problems).isEmpty();
    }

    private String fillUiTemplate(String template) {
        Matcher matcher = Pattern.compile(":([A-Za-z]+)[?*]?(\\([^)]*\\))?").matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, sample(matcher.group(1)));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private String fillHandlerPattern(String pattern) {
        Matcher matcher = Pattern.compile("\\{\\*?([A-Za-z]+)(:[^}]*)?}").matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, sample(matcher.group(1)));
        }
        matcher.appendTail(filled);
        return filled.toString().replace("/**", "/x");
    }

    // Real ids where a refusal must not be explained away by a missing record: the candidate's own record.
    private String sample(String name) {
        return switch (name) {
            case "candidateId", "id" -> String.valueOf(candidate.getId());
            case "path" -> "liveness";
            case "secret", "itemKey" -> "sample";
            default -> "1";
        };
    }

    private HttpResponse<String> send(String method, String path, String body, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
