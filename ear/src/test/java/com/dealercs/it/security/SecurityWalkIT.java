package com.dealercs.it.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dealercs.it.support.Api;
import com.dealercs.it.support.Api.Account;
import com.dealercs.it.support.Api.Reply;
import com.dealercs.it.support.DealerPortalData;
import com.dealercs.it.support.DeployedApplication;
import com.dealercs.it.support.PortalSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every endpoint and every page as each role, as nobody, and as a dealer naming another
 * dealer, from lists taken from the code: the endpoints from {@code /openapi} (which
 * {@code OpenApiIT} proves to be the code's own, with each method's {@code @RolesAllowed} as
 * {@code x-roles}), the pages from the web module's sources. An endpoint without roles, or a page
 * missing from {@link #PAGES}, fails the walk: a new door needs a rule before it ships.
 */
class SecurityWalkIT extends DeployedApplication {

    private static final List<String> ROLES = List.of("ADMIN", "SUPERVISOR", "EXECUTIVE", "DEALER");
    private static final Set<String> HQ = Set.of("SUPERVISOR", "ADMIN");
    private static final Set<String> HQ_AND_EXECUTIVES = Set.of("SUPERVISOR", "EXECUTIVE", "ADMIN");
    private static final Set<String> EVERYONE = Set.copyOf(ROLES);
    /** Pages anyone opens, signed in or not. */
    private static final Set<String> PUBLIC = Set.of();

    /** Every page of the portal and who may open it (web.xml's constraints, as the business wants them). */
    private static final Map<String, Set<String>> PAGES = Map.ofEntries(
            Map.entry("/login.xhtml", PUBLIC),
            Map.entry("/error/403.xhtml", PUBLIC),
            Map.entry("/error/404.xhtml", PUBLIC),
            Map.entry("/error/500.xhtml", PUBLIC),
            Map.entry("/error/expired.xhtml", PUBLIC),
            Map.entry("/account/password.xhtml", EVERYONE),
            Map.entry("/account/tokens.xhtml", EVERYONE),
            Map.entry("/admin/index.xhtml", Set.of("ADMIN")),
            Map.entry("/admin/audit.xhtml", Set.of("ADMIN")),
            Map.entry("/admin/policy.xhtml", Set.of("ADMIN")),
            Map.entry("/admin/scheme.xhtml", Set.of("ADMIN")),
            Map.entry("/admin/users.xhtml", Set.of("ADMIN")),
            Map.entry("/dealer/index.xhtml", Set.of("DEALER")),
            Map.entry("/dealer/inspections.xhtml", Set.of("DEALER")),
            Map.entry("/dealer/scorecard.xhtml", Set.of("DEALER")),
            Map.entry("/executive/index.xhtml", Set.of("EXECUTIVE", "ADMIN")),
            Map.entry("/hq/index.xhtml", HQ),
            Map.entry("/hq/imports.xhtml", HQ),
            Map.entry("/hq/entries.xhtml", HQ),
            Map.entry("/hq/dealer-edit.xhtml", HQ),
            Map.entry("/hq/dealers.xhtml", HQ_AND_EXECUTIVES),
            Map.entry("/hq/dealer.xhtml", HQ_AND_EXECUTIVES),
            Map.entry("/hq/scorecards.xhtml", HQ_AND_EXECUTIVES),
            Map.entry("/hq/reports.xhtml", HQ_AND_EXECUTIVES),
            Map.entry("/hq/weak-points.xhtml", HQ_AND_EXECUTIVES),
            Map.entry("/hq/inspections.xhtml", HQ_AND_EXECUTIVES),
            Map.entry("/hq/inspection.xhtml", HQ_AND_EXECUTIVES));

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Test
    void everyPageOpensForItsRolesOnlyAndSendsNobodyElseFurtherThanTheLoginPage() throws IOException {
        Set<String> pages = pagesOfTheCode();
        Set<String> withoutRule = new TreeSet<>(pages);
        withoutRule.removeAll(PAGES.keySet());
        assertTrue(withoutRule.isEmpty(), "pages without a rule in this test: " + withoutRule);
        assertTrue(pages.containsAll(PAGES.keySet()), "the rules name pages the code no longer has: " + PAGES.keySet());

        List<String> problems = new ArrayList<>();
        PortalSession nobody = new PortalSession();
        for (String page : pages) {
            HttpResponse<String> response = nobody.get(page);
            boolean toLogin = response.statusCode() == 302 && PortalSession.location(response).contains("/login.xhtml");
            if (PAGES.get(page).isEmpty() ? toLogin || response.statusCode() == 302 : !toLogin) {
                problems.add("nobody " + page + ": " + response.statusCode() + " " + PortalSession.location(response));
            }
        }
        for (String role : ROLES) {
            Account account = account(role);
            PortalSession session = new PortalSession();
            if (session.login(account.username(), account.password()).statusCode() != 302) {
                throw new AssertionError(role + " cannot sign in");
            }
            for (String page : pages) {
                Set<String> allowed = PAGES.get(page);
                if (allowed.isEmpty()) {
                    continue;
                }
                HttpResponse<String> response = session.get(page);
                int status = response.statusCode();
                boolean toLogin = status == 302 && PortalSession.location(response).contains("/login.xhtml");
                if (allowed.contains(role) ? status == 403 || status >= 500 || toLogin : status != 403) {
                    problems.add(role + " " + page + ": " + status + " " + PortalSession.location(response)
                            + (allowed.contains(role) ? " (may open it)" : " (may not)"));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyEndpointRefusesNobodyWith401AndEveryRoleItsRuleLeavesOutWith403() {
        JsonNode document = Api.get("/openapi", null, null).json();
        Map<String, Account> accounts = new LinkedHashMap<>();
        ROLES.forEach(role -> accounts.put(role, account(role)));
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Operation operation : operations(document)) {
            if (operation.roles().isEmpty()) {
                problems.add(operation + " names no roles: every endpoint needs a rule");
                continue;
            }
            String path = fill(operation.path(), Map.of());
            Reply anonymous = call(operation, path, null);
            calls++;
            if (anonymous.status() != 401) {
                problems.add("nobody " + operation + ": " + anonymous.status() + " " + shortened(anonymous.body()));
            }
            for (String role : ROLES) {
                if (operation.roles().contains(role)) {
                    continue;
                }
                Reply refused = call(operation, path, accounts.get(role));
                calls++;
                if (refused.status() != 403 || !refused.body().contains("\"error\"")) {
                    problems.add(role + " " + operation + ": " + refused.status() + " " + shortened(refused.body()));
                }
            }
        }
        assertTrue(calls > 100, "the walk made " + calls + " calls");
        assertTrue(problems.isEmpty(), problems.size() + " wrong answers:\n" + String.join("\n", problems));
    }

    /**
     * A dealer user reads what its rule lets it read, naming another dealer, that dealer's
     * inspection and the published year: nothing of the other dealer comes back.
     */
    @Test
    void aDealerNamingAnotherDealerGetsNothingOfIt() {
        DealerPortalData.Years years = DealerPortalData.years();
        Account dealer = DealerPortalData.dealer();
        String other = DealerPortalData.OTHERS.get(0);
        Map<String, String> values = Map.of("year", String.valueOf(years.published()), "dealerCode", other,
                "id", String.valueOf(DealerPortalData.otherInspection()));
        JsonNode document = Api.get("/openapi", null, null).json();
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (Operation operation : operations(document)) {
            if (!operation.method().equals("GET") || !operation.roles().contains("DEALER")) {
                continue;
            }
            String path = fill(operation.path(), values);
            if (operation.queryParameters().contains("dealerCode")) {
                path += "?dealerCode=" + other;
            }
            Reply reply = call(operation, path, dealer);
            calls++;
            boolean namesOther = operation.path().contains("{dealerCode}") || operation.path().contains("{id}");
            if (namesOther ? reply.status() != 403 && reply.status() != 404
                    : reply.status() >= 500 || DealerPortalData.OTHERS.stream().anyMatch(reply.body()::contains)) {
                problems.add(operation + " as " + dealer.dealerCode() + " naming " + other + ": " + reply.status() + " "
                        + shortened(reply.body()));
            }
        }
        assertTrue(calls >= 5, "the dealer's walk made " + calls + " calls");

        PortalSession session = new PortalSession();
        if (session.login(dealer.username(), dealer.password()).statusCode() != 302) {
            throw new AssertionError("the dealer cannot sign in");
        }
        String query = "?code=" + other + "&dealerCode=" + other + "&year=" + years.published() + "&id="
                + DealerPortalData.otherInspection();
        for (Map.Entry<String, Set<String>> page : PAGES.entrySet()) {
            if (!page.getValue().contains("DEALER")) {
                continue;
            }
            HttpResponse<String> response = session.get(page.getKey() + query);
            if (response.statusCode() >= 500 || DealerPortalData.OTHERS.stream().anyMatch(response.body()::contains)) {
                problems.add(page.getKey() + query + ": " + response.statusCode() + ", names another dealer or failed");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** An operation of the description: method, path template, roles, query parameters, request body types. */
    private record Operation(String method, String path, Set<String> roles, Set<String> queryParameters,
                             List<String> bodyTypes, Set<String> answerTypes) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            Set<String> roles = new TreeSet<>();
            operation.path("x-roles").forEach(role -> roles.add(role.asText()));
            Set<String> query = new TreeSet<>();
            operation.path("parameters").forEach(parameter -> {
                if ("query".equals(parameter.path("in").asText())) {
                    query.add(parameter.path("name").asText());
                }
            });
            List<String> types = new ArrayList<>();
            operation.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
            Set<String> answers = new TreeSet<>();
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fieldNames().forEachRemaining(answers::add);
                }
            });
            operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), roles, query, types, answers));
        }));
        assertFalse(operations.isEmpty(), "the description lists operations");
        return operations;
    }

    /**
     * Calls the operation with a body of its documented type: a refusal must come from who calls,
     * not from what is sent (refused callers change nothing, whatever they send).
     */
    private static Reply call(Operation operation, String path, Account caller) {
        Map<String, String> headers = new LinkedHashMap<>();
        // beside the JSON of errors, what the endpoint answers (a PDF): the refusal must not be a 406
        operation.answerTypes().stream().filter(type -> !type.equals("application/json")).findFirst()
                .ifPresent(type -> headers.put("Accept", type + ", application/json"));
        byte[] body = null;
        if (!operation.bodyTypes().isEmpty()) {
            // a concrete type the endpoint documents (an upload's "*/*" names none: a file's type then)
            String type = operation.bodyTypes().contains("application/json") ? "application/json"
                    : operation.bodyTypes().stream().filter(t -> !t.contains("*") && !t.startsWith("multipart/"))
                            .findFirst().orElse("application/octet-stream");
            headers.put("Content-Type", type);
            body = (type.equals("application/json") ? "{}" : "x").getBytes(StandardCharsets.UTF_8);
        } else if (operation.method().equals("POST") || operation.method().equals("PUT")) {
            headers.put("Content-Type", "application/json");
            body = "{}".getBytes(StandardCharsets.UTF_8);
        }
        return Api.send(operation.method(), path, caller == null ? null : caller.username(),
                caller == null ? null : caller.password(), headers, body);
    }

    /** The path with the given values, every other parameter a value no test's data has. */
    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.getOrDefault(name, switch (name) {
                case "year" -> "2199";
                case "id", "photoId" -> "987654321";
                case "dealerCode" -> "NOPE9";
                case "kind" -> "dealers";
                case "username" -> "nosuch-user";
                default -> "NO-SUCH-01";
            });
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** One account per role; the dealer is the portal data's own dealer. */
    private static Account account(String role) {
        return switch (role) {
            case "ADMIN" -> Api.admin();
            case "DEALER" -> DealerPortalData.dealer();
            default -> Api.createAccount(role, null);
        };
    }

    /** The web module's pages, from its sources (templates and WEB-INF are no pages). */
    private static Set<String> pagesOfTheCode() throws IOException {
        Path webapp = Path.of("..", "web", "src", "main", "webapp").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(webapp), "the web module's pages at " + webapp);
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("/WEB-INF/") && !page.startsWith("/resources/"))
                    .forEach(pages::add);
        }
        return pages;
    }

    private static String shortened(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
