package com.dealercs.interfaces.rest;

import com.dealercs.application.ImportService;
import com.dealercs.application.ImportView;
import com.dealercs.application.Problem;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/imports/{kind}} with the file as the body, {@code GET /api/v1/imports/{id}}
 * for its progress and result (interfaces.md §2), and {@code GET /api/v1/imports} for the history.
 */
@Path("/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Tag(name = RestApplication.IMPORTS)
public class ImportResource {

    @Inject
    ImportService imports;

    @Context
    HttpHeaders headers;

    /** The status of an import as the API shows it. */
    public record ImportJson(long id, String kind, String status, int read, int written, int rejected,
                             List<LineError> errors, String message, String fileName, String startedBy,
                             Instant startedAt, Instant finishedAt) {
    }

    public record LineError(int line, String column, String message) {
    }

    @POST
    @Path("/{kind}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a file of one kind",
            description = "HQ staff and administrators. kind: dealers, volumes, inspections, soc, jdp, csc, training, "
                    + "crisis, adjustments. The body is the file, CSV (UTF-8 or GB18030/GBK) or XLSX, at most 100 MB; "
                    + "the format is read from the content. A file that is not of the kind is refused at once (400); "
                    + "otherwise the import runs in the background: follow the Location.")
    @Extension(name = RestApplication.ROLES, value = "[\"SUPERVISOR\",\"ADMIN\"]", parseValue = true)
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Started",
            headers = @Header(name = "Location", description = "the import's status",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(properties = {
                    @SchemaProperty(name = "id", type = SchemaType.INTEGER),
                    @SchemaProperty(name = "status", type = SchemaType.STRING, enumeration = "STARTED")})))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "413", description = "The file is larger than 100 MB",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    public Response start(@PathParam("kind") String kind, @QueryParam("fileName") String fileName,
                          @HeaderParam("Content-Length") Long length, InputStream body, @Context UriInfo uri)
            throws IOException {
        if (length != null && length > ImportService.MAX_BYTES) {
            return tooLarge();
        }
        byte[] content = body.readNBytes((int) ImportService.MAX_BYTES + 1);
        if (content.length > ImportService.MAX_BYTES) {
            return tooLarge();
        }
        ImportView started = imports.start(kind, content, fileName);
        return Response.accepted(Map.of("id", started.id(), "status", started.status()))
                .location(uri.getBaseUriBuilder().path("imports").path(Long.toString(started.id())).build())
                .build();
    }

    @GET
    @Path("/{id: \\d+}")
    @Operation(summary = "An import's progress and result",
            description = "HQ staff and administrators. status STARTED, COMPLETED or FAILED; errors lists each "
                    + "rejected line; message says why a FAILED file was refused whole.")
    @Extension(name = RestApplication.ROLES, value = "[\"SUPERVISOR\",\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportJson")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public ImportJson status(@PathParam("id") long id) {
        return json(imports.find(id));
    }

    @GET
    @Operation(summary = "The latest imports, newest first", description = "HQ staff and administrators; limit "
            + "(default 50) bounds the list.")
    @Extension(name = RestApplication.ROLES, value = "[\"SUPERVISOR\",\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The imports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportJsonList")))
    public List<ImportJson> history(@QueryParam("limit") Integer limit) {
        return imports.history(limit == null ? 50 : limit).stream().map(this::json).toList();
    }

    private ImportJson json(ImportView view) {
        Locale locale = ApiLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problem failure = view.failure();
        return new ImportJson(view.id(), view.kind(), view.status(), view.read(), view.written(), view.rejected(),
                view.errors().stream().map(e -> new LineError(e.line(), e.problem().field(),
                        e.problem().message(locale))).toList(),
                failure == null ? null : failure.message(locale), view.fileName(), view.startedBy(),
                view.startedAt(), view.finishedAt());
    }

    private Response tooLarge() {
        Locale locale = ApiLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.status(413).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ApiError.of(locale, "import.file.tooLarge", ImportService.MAX_BYTES / (1024 * 1024))).build();
    }
}
