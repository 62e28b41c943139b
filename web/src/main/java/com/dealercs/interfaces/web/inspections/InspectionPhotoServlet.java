package com.dealercs.interfaces.web.inspections;

import com.dealercs.application.ForbiddenException;
import com.dealercs.application.InspectionPhotoService;
import com.dealercs.application.InspectionPhotoService.PhotoContent;
import com.dealercs.application.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A photo of an inspection for the portal's pages, in the signed-in session:
 * {@code /inspection-photos/{inspectionId}/{photoId}} (the image) and {@code …/thumbnail}.
 * {@link InspectionPhotoService} applies the inspection's reading rules (a dealer user: its own
 * approved inspections only); the API serves the same photos with its own authentication.
 */
@WebServlet("/inspection-photos/*")
public class InspectionPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/inspection-photos/";

    @Inject
    InspectionPhotoService photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        long inspectionId;
        long photoId;
        boolean thumbnail = parts.length == 3 && "thumbnail".equals(parts[2]);
        try {
            if (parts.length != 2 && !thumbnail) {
                throw new NumberFormatException();
            }
            inspectionId = Long.parseLong(parts[0]);
            photoId = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PhotoContent content;
        try {
            content = photos.content(inspectionId, photoId, thumbnail);
        } catch (ForbiddenException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(content.contentType());
        response.setContentLength(content.bytes().length);
        response.setHeader("Cache-Control", "private, no-store");
        if (content.sha256() != null) {
            response.setHeader("ETag", "\"" + content.sha256() + "\"");
        }
        response.getOutputStream().write(content.bytes());
    }
}
