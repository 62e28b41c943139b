package com.dealercs.interfaces.rest;

import com.dealercs.application.InspectionPhotoService;
import com.dealercs.application.InspectionPhotoService.PhotoContent;
import com.dealercs.application.InspectionView.PhotoView;
import com.dealercs.application.TooLargeException;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
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
 * The photos kept as evidence of an inspection's checkpoints (docs/interfaces.md §2): added to and
 * removed from a draft by HQ staff, read under the inspection's own reading rules.
 *
 * <p>A resource of its own beside the inspections' resource, with the same root path: JAX-RS picks
 * ONE root resource class by the longest literal prefix of its path, so a class at
 * {@code /inspections/{id}} would take {@code GET /inspections/7} and {@code …/results} away from
 * the class at {@code /inspections} and answer them 404. Jersey (Payara's JAX-RS) merges root
 * resources of the same path into one, so each keeps its own sub-paths; InspectionPhotoIT calls both.
 */
@Path("/inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
@Tag(name = RestApplication.INSPECTIONS)
public class InspectionPhotoResource {

    private static final String JPEG = "image/jpeg";
    private static final String PNG = "image/png";

    @Inject
    InspectionPhotoService photos;

    @POST
    @Path("/{id: \\d+}/checkpoints/{checkpointCode}/photos")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Add a photo to a checkpoint of a draft",
            description = "HQ staff and administrators, while the inspection is a DRAFT of an OPEN year. The body is "
                    + "the image (image/jpeg, image/png or application/octet-stream: the content decides, not the "
                    + "type or a name), at most 10 MB; at most 5 photos per checkpoint. EXIF and other metadata are "
                    + "removed before it is kept, a thumbnail is made, and the SHA-256 of what is kept is returned.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\"]", parseValue = true)
    @RequestBody(required = true, content = {
            @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Kept",
            headers = @Header(name = "Location", description = "the photo", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PhotoView")))
    @APIResponse(responseCode = "400", description = "Not a whole JPEG or PNG image, or the checkpoint is not on the "
            + "inspection's checklist",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The inspection is not a draft of an OPEN year, or the "
            + "checkpoint has 5 photos already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    @APIResponse(responseCode = "413", description = "The photo is larger than 10 MB",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiError")))
    public Response add(@PathParam("id") long id, @PathParam("checkpointCode") String checkpointCode,
                        @HeaderParam("Content-Length") Long length, InputStream body, @Context UriInfo uri)
            throws IOException {
        long most = InspectionPhotoService.MAX_BYTES;
        // one byte more than allowed is enough for the service to know it is too large; a body far
        // larger is refused at once, unread (the client may then see the connection close)
        if (length != null && length > 2 * most) {
            throw new TooLargeException("photo.tooLarge", most / (1024 * 1024));
        }
        byte[] content = body.readNBytes((int) most + 1);
        body.transferTo(java.io.OutputStream.nullOutputStream());
        PhotoView added = photos.add(id, checkpointCode, content);
        return Response.created(uri.getBaseUriBuilder().path("inspections").path(Long.toString(id)).path("photos")
                .path(Long.toString(added.id())).build()).entity(added).build();
    }

    @GET
    @Path("/{id: \\d+}/photos/{photoId: \\d+}")
    @Produces({JPEG, PNG, MediaType.APPLICATION_JSON})
    @Operation(summary = "A photo of an inspection",
            description = "Whoever may read the inspection: HQ staff, executives, administrators; a dealer user only "
                    + "for its own APPROVED inspections (403 otherwise). The image as kept, without its metadata; "
                    + "ETag is its SHA-256, and If-None-Match with it answers 304 Not Modified.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\",\"DEALER\"]",
            parseValue = true)
    @APIResponse(responseCode = "200", description = "The image (ETag: its SHA-256; Cache-Control: private)",
            content = {@Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public Response photo(@PathParam("id") long id, @PathParam("photoId") long photoId, @Context Request request) {
        PhotoContent photo = photos.content(id, photoId, false);
        return image(photo, new EntityTag(photo.sha256()), request);
    }

    @GET
    @Path("/{id: \\d+}/photos/{photoId: \\d+}/thumbnail")
    @Produces({JPEG, PNG, MediaType.APPLICATION_JSON})
    @Operation(summary = "A photo's thumbnail",
            description = "As the photo: 240 pixels on its long side (smaller photos as they are), of the photo's type.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\",\"DEALER\"]",
            parseValue = true)
    @APIResponse(responseCode = "200", description = "The thumbnail (ETag: the photo's SHA-256 with -thumbnail)",
            content = {@Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public Response thumbnail(@PathParam("id") long id, @PathParam("photoId") long photoId, @Context Request request) {
        PhotoContent thumbnail = photos.content(id, photoId, true);
        return image(thumbnail, new EntityTag(thumbnail.sha256() + "-thumbnail"), request);
    }

    @DELETE
    @Path("/{id: \\d+}/photos/{photoId: \\d+}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Remove a photo of a draft",
            description = "HQ staff and administrators, while the inspection is a DRAFT of an OPEN year.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\"]", parseValue = true)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public Response remove(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        photos.remove(id, photoId);
        return Response.noContent().build();
    }

    /**
     * The bytes as their type says, never sniffed as anything else; kept by the browser for the
     * signed-in user only, and checked again by its checksum (a photo never changes under its id).
     */
    private static Response image(PhotoContent content, EntityTag tag, Request request) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoTransform(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(content.bytes(), content.contentType());
        return answer.tag(tag).cacheControl(cache).header("X-Content-Type-Options", "nosniff").build();
    }
}
