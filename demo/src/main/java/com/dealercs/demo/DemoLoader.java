package com.dealercs.demo;

import com.dealercs.domain.model.imports.ImportKind;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads the demo network into a running Dealer CS, the way a newcomer's HQ would: over the public
 * API ({@code /api/v1}) only, signed in as the administrator. It creates one account per role
 * (password {@value #DEMO_PASSWORD}), imports the two generated years of {@link DemoDataGenerator}
 * file by file through {@code POST /imports/{kind}}, has the two demo supervisors enter a few
 * inspections of the current year's last quarter (one approved, two waiting for the other's
 * approval, one draft), calculates both years, and approves and
 * publishes the previous one, so the demo dealer sees a published year while the current one
 * stays open. A server that already has data (a year, or any import) is left alone: its data is
 * not the demo's to change. Run by {@code bin/run --demo}; nothing of it is deployed.
 *
 * <p>{@code java -cp dealer-cs-demo.jar:lib/* com.dealercs.demo.DemoLoader http://localhost:8080}
 * with the administrator's password in {@code CS_ADMIN_PASSWORD}. Exit status 0 when the demo is
 * there (loaded now or before), 1 with a line starting {@value #NOT_LOADED} when not.
 */
public final class DemoLoader {

    /** The one documented password of the demo accounts (and of admin under bin/run --demo). */
    public static final String DEMO_PASSWORD = "cs-demo-password";
    public static final String ADMIN_USERNAME = "admin";
    /** The start of the line that says the demo could not be loaded (bin/lib/demo-check.sh looks for it). */
    public static final String NOT_LOADED = "demo data NOT loaded:";

    /** username, role, dealer code */
    record Account(String username, String role, String dealerCode) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("supervisor", "SUPERVISOR", null),
            new Account("supervisor2", "SUPERVISOR", null),
            new Account("executive", "EXECUTIVE", null),
            new Account("dealer", "DEALER", "D0001"),
            // a second dealer, to see that each dealer sees its own scorecard and no other's
            new Account("dealer2", "DEALER", "D0002"));

    private static final Duration PER_FILE = Duration.ofMinutes(10);
    private static final Duration SERVER_UP = Duration.ofMinutes(2);

    /** Why the demo stops: said once, plainly. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final Api api;
    private final DemoDataGenerator generator;

    DemoLoader(String baseUrl, String adminPassword, int currentYear) {
        this.api = new Api(baseUrl, ADMIN_USERNAME, adminPassword);
        this.generator = new DemoDataGenerator(currentYear);
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: DemoLoader <server address, e.g. http://localhost:8080> [current year]"
                    + " (the administrator's password in CS_ADMIN_PASSWORD)");
            System.exit(2);
        }
        String password = System.getenv("CS_ADMIN_PASSWORD");
        if (password == null || password.isEmpty()) {
            say(NOT_LOADED + " CS_ADMIN_PASSWORD is not set; the loader signs in as admin with it");
            System.exit(1);
        }
        int year = args.length > 1 ? Integer.parseInt(args[1]) : Year.now().getValue();
        try {
            new DemoLoader(args[0], password, year).load();
        } catch (Refused e) {
            say(NOT_LOADED + " " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            say(NOT_LOADED + " interrupted");
            System.exit(1);
        }
    }

    void load() throws InterruptedException {
        signIn();
        createAccounts();
        String data = existingData();
        if (data != null) {
            say("the server already has data (" + data + "); nothing loaded. For the demo, start on an empty"
                    + " database (e.g. another CS_DATA_DIR)");
            return;
        }
        say("importing the generated years " + generator.years() + " through the import API");
        for (Map.Entry<Integer, Map<ImportKind, String>> year : generator.generateAll().entrySet()) {
            for (Map.Entry<ImportKind, String> file : year.getValue().entrySet()) {
                importFile(year.getKey(), file.getKey(), file.getValue());
            }
        }
        enterInspections();
        for (int year : generator.years()) {
            JsonObject run = api.call("POST", "/years/" + year + "/calculation", null, null, 200).asJsonObject();
            say(year + " calculated: " + run.getInt("rated") + " of " + run.getInt("dealers") + " dealers rated");
        }
        int previous = generator.previousYear();
        api.call("POST", "/years/" + previous + "/approval", null, null, 200);
        api.call("POST", "/years/" + previous + "/publication", null, null, 200);
        say(previous + " approved and published; " + generator.currentYear() + " stays open");
        say("demo data loaded: sign in as supervisor, executive or dealer (D0001) with the password " + DEMO_PASSWORD);
    }

    /**
     * Inspections the supervisors entered themselves, in the quarter after the imported ones, so
     * that the work lists have something at every step: D0001's CS-MAP approved (the demo dealer
     * sees it), one inspection each waiting for the other supervisor's approval, and a draft.
     */
    private void enterInspections() throws InterruptedException {
        int year = generator.currentYear();
        int quarter = Math.min(4, generator.lastQuarter(year) + 1);
        LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
        List<String> dealers = generator.activeDealerCodes();
        Api supervisor = new Api(api.base, "supervisor", DEMO_PASSWORD);
        Api colleague = new Api(api.base, "supervisor2", DEMO_PASSWORD);
        long approved = enter(supervisor, "D0001", year, quarter, "CS_MAP", start.plusDays(9), "王敏", 1.0);
        submit(supervisor, approved);
        colleague.call("POST", "/inspections/" + approved + "/approval", null, null, 200);
        submit(colleague, enter(colleague, dealers.get(2), year, quarter, "SSI_MAP", start.plusDays(14), "刘洋", 1.0));
        submit(supervisor, enter(supervisor, dealers.get(1), year, quarter, "CS_MAP", start.plusDays(16), "王敏", 1.0));
        enter(supervisor, dealers.get(3), year, quarter, "SSI_MAP", start.plusDays(20), "王敏", 0.5);
        say("inspections entered in " + year + " Q" + quarter + ": one approved (D0001), two waiting for approval, one draft");
    }

    /** A new inspection with results for the first {@code share} of its checkpoints: mostly PASS, some FAIL, a few N/A. */
    private static long enter(Api as, String dealerCode, int year, int quarter, String map, LocalDate date,
                              String inspector, double share) throws InterruptedException {
        String body = Json.createObjectBuilder().add("dealerCode", dealerCode).add("year", year).add("quarter", quarter)
                .add("map", map).add("inspectionDate", date.toString()).add("inspector", inspector).build().toString();
        JsonObject inspection = as.call("POST", "/inspections", body, "application/json", 201).asJsonObject();
        long id = inspection.getJsonNumber("id").longValue();
        List<String> codes = inspection.getJsonArray("items").stream()
                .flatMap(item -> item.asJsonObject().getJsonArray("checkpoints").stream())
                .map(checkpoint -> checkpoint.asJsonObject().getString("code")).toList();
        var results = Json.createArrayBuilder();
        int marked = (int) Math.round(codes.size() * share);
        for (int i = 0; i < marked; i++) {
            var result = Json.createObjectBuilder().add("checkpointCode", codes.get(i));
            if (i % 7 == 3) {
                result.add("result", "FAIL").add("comment", "现场未做到，已当场提醒整改");
            } else if (i % 11 == 5) {
                result.add("result", "NA").addNull("comment");
            } else {
                result.add("result", "PASS").addNull("comment");
            }
            results.add(result);
        }
        String change = Json.createObjectBuilder().add("version", inspection.getJsonNumber("version").longValue())
                .add("results", results).build().toString();
        as.call("PUT", "/inspections/" + id + "/results", change, "application/json", 200);
        return id;
    }

    private static void submit(Api as, long id) throws InterruptedException {
        as.call("POST", "/inspections/" + id + "/submission", null, null, 200);
    }

    /** What says the network is not empty: a year, or else any import at all (dealers have no year); null if none. */
    private String existingData() throws InterruptedException {
        JsonArray years = api.call("GET", "/years", null, null, 200).asJsonArray();
        if (!years.isEmpty()) {
            return "the years " + years.stream().map(y -> y.asJsonObject().get("year").toString())
                    .collect(Collectors.joining(", "));
        }
        JsonArray imports = api.call("GET", "/imports?limit=1", null, null, 200).asJsonArray();
        if (!imports.isEmpty()) {
            return "import " + imports.getJsonObject(0).get("id") + " of " + imports.getJsonObject(0).getString("kind", "?");
        }
        return null;
    }

    /** Waits for the API, then proves the password, so that a wrong one is said before anything is done. */
    private void signIn() throws InterruptedException {
        Instant until = Instant.now().plus(SERVER_UP);
        Api.Answer me;
        while (true) {
            try {
                me = api.exchange("GET", "/users/me", null, null);
                if (me.status() != 404 && me.status() != 503) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (Instant.now().isAfter(until)) {
                throw new Refused("the server at " + api.base + " did not answer within " + SERVER_UP.toMinutes() + " minutes");
            }
            Thread.sleep(1_000);
        }
        if (me.status() == 401) {
            throw new Refused("the server refused admin's password. This database's administrator was created with"
                    + " another password (CS_ADMIN_PASSWORD of its first start): start again with that password,"
                    + " e.g. CS_ADMIN_PASSWORD='…' bin/run --demo");
        }
        if (me.status() == 429) {
            throw new Refused("the administrator is locked after too many wrong passwords; wait 15 minutes, or restart the server");
        }
        Api.expect(me, "GET /users/me", 200);
        say("signed in to " + api.base + " as " + ADMIN_USERNAME);
    }

    private void createAccounts() throws InterruptedException {
        for (Account account : ACCOUNTS) {
            var body = Json.createObjectBuilder().add("username", account.username())
                    .add("password", DEMO_PASSWORD).add("role", account.role());
            if (account.dealerCode() != null) {
                body.add("dealerCode", account.dealerCode());
            }
            Api.Answer answer = api.send("POST", "/users", body.build().toString(), "application/json");
            if (answer.status() == 409) {
                say("account " + account.username() + " exists already (its password is left as it is)");
            } else {
                Api.expect(answer, "POST /users (" + account.username() + ")", 201);
                say("account " + account.username() + " created (" + account.role()
                        + (account.dealerCode() == null ? "" : ", dealer " + account.dealerCode())
                        + "), password " + DEMO_PASSWORD);
            }
        }
    }

    private void importFile(int year, ImportKind kind, String csv) throws InterruptedException {
        String fileName = "demo-" + year + "-" + DemoDataGenerator.fileName(kind);
        String path = "/imports/" + kind.pathName() + "?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
        long id = api.call("POST", path, csv, "text/csv; charset=UTF-8", 202).asJsonObject()
                .getJsonNumber("id").longValue();
        Instant until = Instant.now().plus(PER_FILE);
        JsonObject result;
        do {
            Thread.sleep(300);
            result = api.call("GET", "/imports/" + id, null, null, 200).asJsonObject();
            if (Instant.now().isAfter(until)) {
                throw new Refused("import " + id + " of " + fileName + " did not finish within " + PER_FILE.toMinutes() + " minutes");
            }
        } while ("STARTED".equals(result.getString("status")));
        if (!"COMPLETED".equals(result.getString("status"))) {
            throw new Refused("import " + id + " of " + fileName + " ended " + result.getString("status") + ": "
                    + (result.isNull("message") ? "" : result.getString("message")) + firstErrors(result));
        }
        say(year + " " + kind.pathName() + ": " + result.getInt("written") + " rows imported"
                + (result.getInt("rejected") == 0 ? "" : ", " + result.getInt("rejected") + " rejected" + firstErrors(result))
                + " (import " + id + ")");
    }

    private static String firstErrors(JsonObject result) {
        JsonArray errors = result.getJsonArray("errors");
        if (errors == null || errors.isEmpty()) {
            return "";
        }
        return errors.stream().limit(3).map(JsonValue::asJsonObject)
                .map(e -> "line " + e.getInt("line") + ": " + e.getString("message", ""))
                .collect(Collectors.joining("; ", " [", errors.size() > 3 ? "; …]" : "]"));
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** The API with HTTP Basic as one user; every error answer is the API's JSON {"error": …}. */
    static final class Api {

        record Answer(int status, String body) {
        }

        final String base;
        private final String authorization;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        Api(String baseUrl, String username, String password) {
            this.base = baseUrl.replaceAll("/+$", "");
            this.authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        /** One call, whatever it answers; a failure to connect is thrown as it is. */
        Answer exchange(String method, String path, String body, String contentType) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                    .timeout(Duration.ofMinutes(10))
                    .header("Authorization", authorization)
                    .header("Accept", "application/json")
                    .header("Accept-Language", "en");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", contentType)
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        }

        /** One call, whatever it answers; the server gone is the end of the demo. */
        Answer send(String method, String path, String body, String contentType) throws InterruptedException {
            try {
                return exchange(method, path, body, contentType);
            } catch (IOException e) {
                throw new Refused(method + " " + path + " failed: " + e);
            }
        }

        /** The JSON answer of a call that must answer {@code expected}. */
        JsonStructure call(String method, String path, String body, String contentType, int expected)
                throws InterruptedException {
            Answer answer = send(method, path, body, contentType);
            expect(answer, method + " " + path, expected);
            try (var reader = Json.createReader(new StringReader(answer.body()))) {
                return reader.read();
            }
        }

        static void expect(Answer answer, String what, int expected) {
            if (answer.status() != expected) {
                throw new Refused(what + " answered " + answer.status() + " (expected " + expected + ")"
                        + errorOf(answer.body()));
            }
        }

        private static String errorOf(String body) {
            try (var reader = Json.createReader(new StringReader(body))) {
                JsonObject error = reader.readObject();
                String details = error.containsKey("details") && !error.isNull("details")
                        ? " " + error.getJsonArray("details").toString() : "";
                return ": " + error.getString("error", body) + details;
            } catch (RuntimeException notJson) {
                return body.isBlank() ? "" : ": " + body.substring(0, Math.min(body.length(), 200));
            }
        }
    }
}
