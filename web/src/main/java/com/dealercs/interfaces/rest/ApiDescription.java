package com.dealercs.interfaces.rest;

import com.dealercs.application.AuditView;
import com.dealercs.application.CalculationSummary;
import com.dealercs.application.CheckpointFailureView;
import com.dealercs.application.InspectionRequests;
import com.dealercs.application.InspectionSummary;
import com.dealercs.application.InspectionToDo;
import com.dealercs.application.InspectionView;
import com.dealercs.application.AccountUpdate;
import com.dealercs.application.NewUserAccount;
import com.dealercs.application.PasswordChange;
import com.dealercs.application.PasswordReset;
import com.dealercs.application.TemporaryPassword;
import com.dealercs.application.SchemeChange;
import com.dealercs.application.SchemeView;
import com.dealercs.application.ScorecardView;
import com.dealercs.application.SystemInfo;
import com.dealercs.application.UserAccountView;
import com.dealercs.application.WeakPointsView;
import com.dealercs.application.YearPolicyChange;
import com.dealercs.application.YearPolicyView;
import com.dealercs.application.YearStateView;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the description Payara builds from the resources' annotations (mp.openapi.filter in
 * META-INF/microprofile-config.properties):
 * <ul>
 * <li>the JSON shapes come from the records the API writes and reads, by reflection, so they cannot
 * drift from the code; annotations name them ({@code @Schema(ref = "CalculationSummary")}), and
 * {@code XList} names an array of {@code X} ({@code @Schema(ref = "AuditViewList")});</li>
 * <li>every operation gets the answers of the authentication mechanism and the role check (401,
 * 403, 429), which every call may meet;</li>
 * <li>paths lose the regular expressions of their templates ({@code {year: \d{4}}} is {@code {year}}),
 * and what Payara 6 adds by mistake goes: repeated tags, the operation's extensions copied into
 * its responses, and the zero limits it writes into annotated schemas.</li>
 * </ul>
 */
public class ApiDescription implements OASFilter {

    /** The records the API writes or reads that live outside this module's resources. */
    private static final List<Class<?>> SHAPES = List.of(ApiError.class, CalculationSummary.class, AuditView.class,
            SystemInfo.class, UserAccountView.class, NewUserAccount.class,
            AccountUpdate.class, PasswordChange.class, PasswordReset.class, TemporaryPassword.class, YearStateView.class, YearPolicyView.class,
            YearPolicyChange.class, ImportResource.ImportJson.class, ScorecardView.class,
            YearResource.NewYear.class, YearLifecycleResource.Reopening.class,
            // weak points
            WeakPointsView.class, CheckpointFailureView.class,
            // entered inspections
            InspectionView.class, InspectionSummary.class, InspectionToDo.class, InspectionRequests.NewInspection.class,
            InspectionRequests.ResultsChange.class, InspectionRequests.Reason.class,
            // a year's scheme
            SchemeView.class, SchemeChange.class,
            // inspection photos
            com.dealercs.application.InspectionView.PhotoView.class,
            // the dealer's portal: what to fix first, its position in the network
            com.dealercs.application.FixFirstItem.class, com.dealercs.application.NetworkPosition.class);

    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*([\\w.-]+)\\s*:[^/]*}");
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String LIST = "List";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = new TreeMap<>();
        for (Class<?> shape : SHAPES) {
            schemaOf(shape, schemas);
        }
        if (api.getPaths() != null) {
            api.setPaths(cleanPaths(api.getPaths(), schemas));
        }
        if (api.getComponents().getResponses() != null) {
            api.getComponents().getResponses().values().forEach(response -> cleanResponse(response, schemas));
        }
        schemas.forEach(api.getComponents()::addSchema);
        if (api.getTags() != null) {
            Map<String, Tag> unique = new LinkedHashMap<>();
            for (Tag tag : api.getTags()) {
                Tag seen = unique.get(tag.getName());
                if (seen == null || (seen.getDescription() == null && tag.getDescription() != null)) {
                    unique.put(tag.getName(), tag);
                }
            }
            api.setTags(new ArrayList<>(unique.values()));
        }
    }

    private Paths cleanPaths(Paths paths, Map<String, Schema> schemas) {
        Paths cleaned = OASFactory.createPaths();
        paths.getPathItems().forEach((path, item) -> {
            for (Operation operation : item.getOperations().values()) {
                cleanOperation(operation, schemas);
            }
            cleaned.addPathItem(TEMPLATE_REGEX.matcher(path).replaceAll("{$1}"), item);
        });
        return cleaned;
    }

    private void cleanOperation(Operation operation, Map<String, Schema> schemas) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            response.setExtensions(null);
            cleanResponse(response, schemas);
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Content body = operation.getRequestBody().getContent();
            // @Consumes(*/*) adds a body of any type beside the ones the annotations describe
            if (body.getMediaTypes().size() > 1) {
                body.removeMediaType("*/*");
            }
            cleanContent(body, schemas);
        }
        // the authentication mechanism and RoleCheck stand before every operation
        shared(operation, "401", RestApplication.UNAUTHORIZED);
        shared(operation, "403", RestApplication.FORBIDDEN);
        shared(operation, "429", RestApplication.TOO_MANY_FAILED_SIGN_INS);
    }

    private static void shared(Operation operation, String status, String name) {
        if (!operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
        }
    }

    private static void cleanResponse(APIResponse response, Map<String, Schema> schemas) {
        cleanContent(response.getContent(), schemas);
        if (response.getHeaders() != null) {
            response.getHeaders().values().forEach(header -> header.setSchema(clean(header.getSchema(), schemas)));
        }
    }

    private static void cleanContent(Content content, Map<String, Schema> schemas) {
        if (content == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            media.setSchema(clean(media.getSchema(), schemas));
        }
    }

    /** A schema as the annotation meant it, without the zero limits Payara adds; {@code XList} is registered. */
    private static Schema clean(Schema schema, Map<String, Schema> schemas) {
        if (schema == null) {
            return null;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            String element = name.substring(0, Math.max(0, name.length() - LIST.length()));
            if (name.endsWith(LIST) && schemas.containsKey(element) && !schemas.containsKey(name)) {
                schemas.put(name, OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(SCHEMAS + element)));
            }
            return OASFactory.createSchema().ref(schema.getRef());
        }
        Schema cleaned = OASFactory.createSchema().type(schema.getType()).format(schema.getFormat())
                .description(schema.getDescription()).enumeration(schema.getEnumeration());
        if (schema.getProperties() != null) {
            if (cleaned.getType() == null) {
                cleaned.type(Schema.SchemaType.OBJECT);
            }
            schema.getProperties().forEach((name, property) -> cleaned.addProperty(name, clean(property, schemas)));
        }
        if (schema.getItems() != null) {
            cleaned.items(clean(schema.getItems(), schemas));
        }
        return cleaned;
    }

    /** The schema of a value of this type; records are registered in {@code schemas} by simple name. */
    private static Schema schemaOf(Type type, Map<String, Schema> schemas) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(schemaOf(arguments[0], schemas));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(schemaOf(arguments[1], schemas));
            }
            return schemaOf(raw, schemas);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        }
        if (c == int.class || c == Integer.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (c == long.class || c == Long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (c == BigDecimal.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
        }
        if (c == Instant.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
        }
        if (c == LocalDate.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
        }
        if (c.isEnum()) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING)
                    .enumeration(new ArrayList<>(Arrays.stream(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList()));
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!schemas.containsKey(name)) {
                Schema record = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
                schemas.put(name, record);
                for (RecordComponent component : c.getRecordComponents()) {
                    record.addProperty(component.getName(), schemaOf(component.getGenericType(), schemas));
                }
            }
            return OASFactory.createSchema().ref(SCHEMAS + name);
        }
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }
}
