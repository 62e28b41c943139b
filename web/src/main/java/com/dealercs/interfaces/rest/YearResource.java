package com.dealercs.interfaces.rest;

import com.dealercs.application.YearPolicyService;
import com.dealercs.application.YearPolicyView;
import com.dealercs.application.YearStateView;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The evaluation years: HQ lists them (newest first); an administrator creates one, OPEN with the
 * default policy and scheme (interfaces.md §2: "or when an administrator creates it").
 */
@Path("/years")
@RequestScoped
@Tag(name = RestApplication.YEARS)
@Produces(MediaType.APPLICATION_JSON)
public class YearResource {

    /**
     * The body of a creation: {@code {"year": 2027}}; with {@code "schemeFromPreviousYear": true}
     * the year starts with a copy of the previous year's scheme instead of the default one.
     */
    public record NewYear(Integer year, Boolean schemeFromPreviousYear) {
    }

    @Inject
    YearPolicyService policies;

    @GET
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The evaluation years, newest first",
            description = "HQ staff, executives and administrators.")
    @Extension(name = RestApplication.ROLES, value = "[\"SUPERVISOR\",\"EXECUTIVE\",\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The years and their states",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "YearStateViewList")))
    public List<YearStateView> years() {
        return policies.years();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create a year",
            description = "Administrators: the year is OPEN with the default policy and scheme (with "
                    + "schemeFromPreviousYear, a copy of the previous year's scheme); 409 if it exists, or if the "
                    + "previous year to copy does not.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\"]", parseValue = true)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewYear")))
    @APIResponse(responseCode = "201", description = "Created: the new year's policy",
            headers = @Header(name = "Location", description = "the year's policy", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "YearPolicyView")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public Response create(NewYear request, @Context UriInfo uri) {
        YearPolicyView created = request == null ? policies.create(null)
                : policies.create(request.year(), Boolean.TRUE.equals(request.schemeFromPreviousYear()));
        return Response.created(uri.getBaseUriBuilder().path("years/{year}/policy").build(created.year()))
                .entity(created).build();
    }
}
