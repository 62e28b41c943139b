package com.dealercs.interfaces.rest;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.ConflictException;
import com.dealercs.application.ForbiddenException;
import com.dealercs.application.InvalidInputException;
import com.dealercs.application.Messages;
import com.dealercs.application.NotFoundException;
import com.dealercs.application.SignInAudit;
import com.dealercs.application.TooLargeException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every failure into the API's JSON error with a fitting status. Unexpected failures are
 * logged with a reference and answered without internals.
 */
@Provider
public class ErrorMappers implements ExceptionMapper<Throwable> {

    private static final Pattern PROPERTY = Pattern.compile("property '([^']{1,64})'");
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Response response = answer(thrown);
        if (response.getStatus() == 403) {
            recordDenial();
        }
        return response;
    }

    /** A signed-in caller refused by a role check (RoleCheck, an EJB's {@code @RolesAllowed}, a service's own check). */
    private void recordDenial() {
        if (request == null || request.getUserPrincipal() == null) {
            return;
        }
        try {
            CDI.current().select(SignInAudit.class).get().accessDenied(request.getUserPrincipal().getName(),
                    request.getMethod() + " " + request.getRequestURI());
        } catch (RuntimeException e) {
            // the refusal is answered even when it cannot be recorded
            LOG.log(Level.WARNING, "Could not record a denied access", e);
        }
    }

    private Response answer(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        Locale locale = ApiLocale.of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (failure instanceof ApplicationFailure refusal) {
            return json(statusOf(refusal), ApiError.of(refusal.message(locale), refusal.problems(), locale));
        }
        if (failure instanceof EJBAccessException) {
            return json(403, ApiError.of(locale, "api.forbidden"));
        }
        BoundedNumbers.BadNumber badNumber = causeOf(failure, BoundedNumbers.BadNumber.class);
        if (badNumber != null) {
            // JSON-B names the property in its own message: "Unable to deserialize property 'x' because of: ..."
            String field = null;
            for (Throwable cause = failure; cause != null && field == null; cause = cause.getCause()) {
                Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
                field = property.find() ? property.group(1) : null;
            }
            String text = Messages.format(locale, "api.badNumber", field == null ? "?" : field, badNumber.value(),
                    BoundedNumbers.MAX_DIGITS);
            return json(400, new ApiError(Messages.format(locale, "api.badJson"), List.of(new ApiError.Detail(field, text))));
        }
        if (failure instanceof JsonbException || failure instanceof ProcessingException) {
            return json(400, ApiError.of(locale, "api.badJson"));
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                return unexpected(failure, locale);
            }
            return json(status, ApiError.of(locale, keyOf(status)));
        }
        return unexpected(failure, locale);
    }

    private Response unexpected(Throwable failure, Locale locale) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected API failure, reference " + reference, failure);
        return json(500, ApiError.of(locale, "api.unexpected", reference));
    }

    private static int statusOf(ApplicationFailure refusal) {
        if (refusal instanceof InvalidInputException) {
            return 400;
        }
        if (refusal instanceof ConflictException) {
            return 409;
        }
        if (refusal instanceof NotFoundException) {
            return 404;
        }
        if (refusal instanceof ForbiddenException) {
            return 403;
        }
        if (refusal instanceof TooLargeException) {
            return 413;
        }
        return 400;
    }

    private static String keyOf(int status) {
        return switch (status) {
            case 401 -> "api.unauthorized.missingCredentials";
            case 403 -> "api.forbidden";
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 406 -> "api.notAcceptable";
            case 413 -> "api.tooLarge";
            case 415 -> "api.unsupportedMediaType";
            default -> "api.badRequest";
        };
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable failure = thrown;
        while (failure instanceof EJBException && failure.getCause() != null
                && !(failure instanceof EJBAccessException)) {
            failure = failure.getCause();
        }
        return failure;
    }

    /** An error of the API as a response: the status, the JSON body in UTF-8. */
    static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error).build();
    }
}
