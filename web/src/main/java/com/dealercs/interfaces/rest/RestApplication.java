package com.dealercs.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The integration API; authentication is HTTP Basic over the portal's accounts. Payara describes it
 * at {@code /openapi} from the annotations of the resources (docs/interfaces.md §2): each operation
 * names the roles that may call it in {@code x-roles}, and refers to the shared error answers below.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Dealer CS API", version = "v1",
                description = "Imports, entered inspections, calculation, scorecards, years and their policy, the "
                        + "audit trail and user accounts of Dealer CS. HTTP Basic over the portal's accounts; JSON in UTF-8; every error "
                        + "is {\"error\", \"details\"}. Messages follow Accept-Language (zh or en). Formats and "
                        + "rules in the project's docs/interfaces.md."),
        // either: Basic or an API token
        security = {@SecurityRequirement(name = RestApplication.BASIC), @SecurityRequirement(name = RestApplication.BEARER)},
        tags = {
                @Tag(name = RestApplication.IMPORTS, description = "Files in: the year's data (docs/interfaces.md §1)"),
                @Tag(name = RestApplication.SCORES, description = "The calculation and the scorecards it stores"),
                @Tag(name = RestApplication.YEARS, description = "Evaluation years: life cycle and policy"),
                @Tag(name = RestApplication.INSPECTIONS, description = "Inspections entered on the portal or over the "
                        + "API, and the photos kept as their evidence"),
                @Tag(name = RestApplication.ADMINISTRATION, description = "Accounts, audit trail, system")},
        components = @Components(responses = {
                @APIResponse(name = RestApplication.BAD_REQUEST, responseCode = "400",
                        description = "Wrong input; details name each problem (a field, or the file)",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(ref = "ApiError"))),
                @APIResponse(name = RestApplication.UNAUTHORIZED, responseCode = "401",
                        description = "No credentials, or wrong ones (no WWW-Authenticate challenge: send Basic pre-emptively)",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(ref = "ApiError"))),
                @APIResponse(name = RestApplication.FORBIDDEN, responseCode = "403",
                        description = "The caller's role (or dealer) may not do this",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(ref = "ApiError"))),
                @APIResponse(name = RestApplication.NOT_FOUND, responseCode = "404",
                        description = "No such year, dealer, import or account",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(ref = "ApiError"))),
                @APIResponse(name = RestApplication.CONFLICT, responseCode = "409",
                        description = "The year's state does not allow it (e.g. approved or published), or it exists",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(ref = "ApiError"))),
                @APIResponse(name = RestApplication.TOO_MANY_FAILED_SIGN_INS, responseCode = "429",
                        description = "Too many wrong passwords for this username from this address (or from this address):"
                                + " delayed, even the right password, for a time that doubles per failure up to 15 minutes",
                        headers = @Header(name = "Retry-After", description = "seconds until the delay ends",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(ref = "ApiError")))}))
@SecurityScheme(securitySchemeName = RestApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token of the caller's own (POST /api/v1/tokens): acts with its owner's role and dealer")
@SecurityScheme(securitySchemeName = RestApplication.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The portal's accounts; a dealer user sees its own dealer only")
public class RestApplication extends Application {

    // names shared by the resources' OpenAPI annotations
    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String IMPORTS = "imports";
    static final String SCORES = "scores";
    static final String YEARS = "years";
    static final String INSPECTIONS = "inspections";
    static final String ADMINISTRATION = "administration";
    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";
    static final String TOO_MANY_FAILED_SIGN_INS = "TooManyFailedSignIns";
    /** The extension that lists the roles an operation admits (JSON array of role names). */
    static final String ROLES = "x-roles";
}
