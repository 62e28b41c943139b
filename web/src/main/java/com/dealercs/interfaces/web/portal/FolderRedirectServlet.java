package com.dealercs.interfaces.web.portal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A portal's folder named without its slash ({@code /hq}) goes to the folder ({@code /hq/}). The
 * container would redirect there itself, but before any filter runs, so without the security
 * headers every other answer carries; mapped here, the redirect passes through them.
 */
@WebServlet({"/hq", "/dealer", "/admin", "/executive"})
public class FolderRedirectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // a path only (never the Host header's name), the query kept
        String query = request.getQueryString();
        response.sendRedirect(request.getContextPath() + request.getServletPath() + "/"
                + (query == null ? "" : "?" + query));
    }
}
