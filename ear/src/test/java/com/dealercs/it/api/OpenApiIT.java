package com.dealercs.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.dealercs.it.support.DeployedApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's description at {@code /openapi} (Payara's MicroProfile OpenAPI) against the code: every
 * resource method of the deployed EAR, found by reflection over its web module, is described with
 * the roles of its {@code @RolesAllowed} and the answers every call may get; nothing is described
 * that the code does not serve. A new endpoint without its description fails here.
 */
class OpenApiIT extends DeployedApplication {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static Path unpacked;
    private static URLClassLoader webModule;

    /** An endpoint as the code declares it: method and path (templates without their regex), roles. */
    record Endpoint(String method, String path, Set<String> roles, String javaMethod) {
        String key() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void loadTheWebModuleOfTheEar() throws IOException {
        unpacked = Files.createTempDirectory("openapi-it");
        Path ear = Path.of(System.getProperty("cs.ear"));
        unzip(ear, unpacked.resolve("ear"));
        Path war;
        try (Stream<Path> files = Files.list(unpacked.resolve("ear"))) {
            war = files.filter(p -> p.toString().endsWith(".war")).findFirst()
                    .orElseThrow(() -> new AssertionError("No web module in " + ear));
        }
        unzip(war, unpacked.resolve("war"));
        List<URL> classpath = new ArrayList<>();
        classpath.add(unpacked.resolve("war/WEB-INF/classes").toUri().toURL());
        classpath.addAll(jars(unpacked.resolve("war/WEB-INF/lib")));
        classpath.addAll(jars(unpacked.resolve("ear")));
        classpath.addAll(jars(unpacked.resolve("ear/lib")));
        // the server's APIs (Jakarta EE, MicroProfile), as the deployed module sees them
        Path modules = Path.of(System.getProperty("payara.home"), "glassfish", "modules");
        try (Stream<Path> files = Files.list(modules)) {
            for (Path jar : files.filter(p -> p.getFileName().toString().matches("(jakarta|microprofile).*\\.jar"))
                    .sorted().toList()) {
                classpath.add(jar.toUri().toURL());
            }
        }
        webModule = new URLClassLoader(classpath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (webModule != null) {
            webModule.close();
        }
        if (unpacked != null) {
            try (Stream<Path> files = Files.walk(unpacked)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theDescriptionIsPublicJsonAndKeepsTheSecurityHeaders() {
        HttpResponse<String> reply = fetch();

        assertEquals(200, reply.statusCode(), reply.body());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                reply.headers().toString());
        assertEquals("nosniff", reply.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", reply.headers().firstValue("X-Frame-Options").orElse(null));
        JsonNode document = json(reply);
        assertEquals("Dealer CS API", document.path("info").path("title").asText());
        JsonNode basic = document.path("components").path("securitySchemes").path("basic");
        assertEquals("http", basic.path("type").asText(), document.path("components").toString());
        assertEquals("basic", basic.path("scheme").asText());
        assertTrue(document.path("security").toString().contains("\"basic\""), document.path("security").toString());
    }

    @Test
    void everyEndpointOfTheCodeIsDescribedWithItsRolesAndAnswers() throws Exception {
        List<Endpoint> code = endpointsOfTheCode();
        assertTrue(code.size() >= 15, "the API has at least the 15 endpoints it had when this test was written: " + code);
        JsonNode document = json(fetch());
        JsonNode paths = document.path("paths");

        List<String> problems = new ArrayList<>();
        Set<String> described = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (HTTP_METHODS.contains(operation.getKey())) {
                described.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        Set<String> served = new TreeSet<>();
        for (Endpoint endpoint : code) {
            served.add(endpoint.key());
            JsonNode operation = paths.path(endpoint.path()).path(endpoint.method().toLowerCase());
            if (operation.isMissingNode()) {
                problems.add(endpoint.key() + " (" + endpoint.javaMethod() + ") is not described");
                continue;
            }
            problems.addAll(checkOperation(endpoint, operation, document));
        }
        for (String operation : described) {
            if (!served.contains(operation)) {
                problems.add(operation + " is described but no resource method serves it");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyReferenceOfTheDescriptionResolves() {
        JsonNode document = json(fetch());
        List<String> dangling = new ArrayList<>();
        collectReferences(document, document, dangling);
        assertTrue(dangling.isEmpty(), "references to nothing: " + dangling);
    }

    private static void collectReferences(JsonNode node, JsonNode document, List<String> dangling) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && document.at(ref.asText().substring(1)).isMissingNode()) {
                dangling.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectReferences(child, document, dangling));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectReferences(child, document, dangling));
        }
    }

    private static List<String> checkOperation(Endpoint endpoint, JsonNode operation, JsonNode document) {
        List<String> problems = new ArrayList<>();
        String where = endpoint.key() + ": ";
        if (operation.path("summary").asText("").isBlank()) {
            problems.add(where + "no summary");
        }
        JsonNode roles = operation.path("x-roles");
        Set<String> documented = new TreeSet<>();
        roles.forEach(role -> documented.add(role.asText()));
        if (!roles.isArray() || !documented.equals(endpoint.roles())) {
            problems.add(where + "x-roles " + roles + " but @RolesAllowed " + endpoint.roles());
        }
        if (operation.path("tags").size() == 0) {
            problems.add(where + "no tag");
        }
        JsonNode responses = operation.path("responses");
        List<String> codes = new ArrayList<>();
        responses.fieldNames().forEachRemaining(codes::add);
        if (codes.stream().noneMatch(c -> c.startsWith("2"))) {
            problems.add(where + "no success answer among " + codes);
        }
        // every call may meet the authentication mechanism (401, 429) and the role check (403)
        for (String always : List.of("401", "403", "429")) {
            if (!codes.contains(always)) {
                problems.add(where + "answer " + always + " missing among " + codes);
            }
        }
        for (String status : codes) {
            JsonNode response = resolve(responses.path(status), document);
            if (response.path("description").asText("").isBlank()) {
                problems.add(where + status + " has no description");
            }
            if (status.startsWith("4") || status.startsWith("5")) {
                String schema = response.path("content").path("application/json").path("schema").path("$ref").asText("");
                if (!schema.endsWith("/ApiError")) {
                    problems.add(where + status + " does not answer the error shape {error, details}: " + response);
                }
            } else if (!status.equals("204") && response.path("content").isEmpty()) {
                problems.add(where + status + " has no body described");
            }
        }
        return problems;
    }

    /** A response, or the shared one it refers to in components. */
    private static JsonNode resolve(JsonNode response, JsonNode document) {
        String ref = response.path("$ref").asText("");
        if (ref.isEmpty()) {
            return response;
        }
        String prefix = "#/components/responses/";
        assertTrue(ref.startsWith(prefix), ref);
        JsonNode shared = document.path("components").path("responses").path(ref.substring(prefix.length()));
        assertFalse(shared.isMissingNode(), "the shared response " + ref + " is missing");
        return shared;
    }

    /** The resource methods of the web module: every class in it that carries {@code @Path}. */
    @SuppressWarnings("unchecked")
    private static List<Endpoint> endpointsOfTheCode() throws Exception {
        Class<? extends Annotation> pathType = (Class<? extends Annotation>) webModule.loadClass("jakarta.ws.rs.Path");
        Class<? extends Annotation> httpMethodType =
                (Class<? extends Annotation>) webModule.loadClass("jakarta.ws.rs.HttpMethod");
        Class<? extends Annotation> applicationPathType =
                (Class<? extends Annotation>) webModule.loadClass("jakarta.ws.rs.ApplicationPath");
        Class<? extends Annotation> rolesAllowedType =
                (Class<? extends Annotation>) webModule.loadClass("jakarta.annotation.security.RolesAllowed");

        String applicationPath = null;
        List<Class<?>> resources = new ArrayList<>();
        Path classes = unpacked.resolve("war/WEB-INF/classes");
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(classes)) {
            classFiles = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : classFiles) {
            // only classes that name JAX-RS annotations are loaded (the pages' beans need more than the APIs)
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            if (!bytes.contains("jakarta/ws/rs/Path") && !bytes.contains("jakarta/ws/rs/ApplicationPath")) {
                continue;
            }
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = webModule.loadClass(name);
            Annotation application = type.getAnnotation(applicationPathType);
            if (application != null) {
                assertEquals(null, applicationPath, "one JAX-RS application");
                applicationPath = (String) value(application);
            }
            if (type.isAnnotationPresent(pathType)) {
                resources.add(type);
            }
        }
        assertTrue(applicationPath != null, "the web module has a JAX-RS application");

        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resources) {
            String base = join(applicationPath, (String) value(resource.getAnnotation(pathType)));
            for (Method method : resource.getMethods()) {
                if (method.getDeclaringClass() != resource || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                String httpMethod = null;
                for (Annotation annotation : method.getAnnotations()) {
                    Annotation verb = annotation.annotationType().getAnnotation(httpMethodType);
                    if (verb != null) {
                        httpMethod = (String) value(verb);
                    }
                }
                Annotation subPath = method.getAnnotation(pathType);
                if (httpMethod == null) {
                    if (subPath != null) {
                        fail("sub-resource locator " + method + ": extend this test to follow it");
                    }
                    continue;
                }
                String path = subPath == null ? base : join(base, (String) value(subPath));
                Annotation roles = method.getAnnotation(rolesAllowedType);
                if (roles == null) {
                    roles = resource.getAnnotation(rolesAllowedType);
                }
                Set<String> allowed = roles == null ? Set.of() : new TreeSet<>(Arrays.asList((String[]) value(roles)));
                endpoints.add(new Endpoint(httpMethod, withoutRegex(path), allowed,
                        resource.getSimpleName() + "." + method.getName()));
            }
        }
        return endpoints;
    }

    private static Object value(Annotation annotation) throws ReflectiveOperationException {
        return annotation.annotationType().getMethod("value").invoke(annotation);
    }

    private static String join(String base, String path) {
        String joined = "/" + base + "/" + path;
        joined = joined.replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** {@code /years/{year: \d{4}}/policy} as OpenAPI writes it: {@code /years/{year}/policy}. */
    static String withoutRegex(String path) {
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '{') {
                plain.append(c);
                i++;
                continue;
            }
            int depth = 1;
            int j = i + 1;
            StringBuilder name = new StringBuilder();
            boolean inName = true;
            while (depth > 0) {
                char d = path.charAt(j++);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                } else if (d == ':' && depth == 1) {
                    inName = false;
                } else if (inName) {
                    name.append(d);
                }
            }
            plain.append('{').append(name.toString().strip()).append('}');
            i = j;
        }
        return plain.toString();
    }

    private static HttpResponse<String> fetch() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/openapi"))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json").GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(HttpResponse<String> reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (" + reply.statusCode() + "): " + reply.body(), e);
        }
    }

    private static List<URL> jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
        }
        return urls;
    }

    private static void unzip(Path archive, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Entry outside the archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out);
                }
            }
        }
    }
}
