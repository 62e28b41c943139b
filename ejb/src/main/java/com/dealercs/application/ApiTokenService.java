package com.dealercs.application;

import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.identity.ApiToken;
import com.dealercs.domain.model.identity.ApiTokenRepository;
import com.dealercs.domain.model.identity.ApiTokenSecret;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * API tokens (interfaces.md "API tokens"): every signed-in user creates tokens for itself, lists
 * and revokes its own; an administrator lists and revokes everyone's. Another user's token is
 * answered as unknown (404), so token ids cannot be probed.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
public class ApiTokenService {

    public static final String ACTIVE = "ACTIVE";
    public static final String EXPIRED = "EXPIRED";
    public static final String REVOKED = "REVOKED";

    /** Strict: 2026-02-30 is refused, not moved to March. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Creates a token for the caller; the answer holds its secret, shown this once. */
    public CreatedApiToken create(NewApiToken request) {
        NewApiToken given = request == null ? new NewApiToken(null, null) : request;
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>();
        ApiToken.nameViolation(given.name())
                .ifPresent(key -> problems.add(Problem.of("name", key, ApiToken.NAME_MAX)));
        LocalDate expiresOn = null;
        if (given.expiresOn() == null || given.expiresOn().isBlank()) {
            problems.add(Problem.of("expiresOn", "token.expiresOn.required"));
        } else {
            try {
                expiresOn = LocalDate.parse(given.expiresOn().strip(), DATE);
            } catch (DateTimeParseException e) {
                problems.add(Problem.of("expiresOn", "token.expiresOn.invalid", given.expiresOn()));
            }
        }
        if (expiresOn != null) {
            LocalDate today = ApiToken.today(now);
            LocalDate expiry = expiresOn;
            ApiToken.expiryViolation(expiry, today).ifPresent(key -> problems.add(Problem.of("expiresOn", key,
                    today.toString(), today.plusYears(ApiToken.MAX_YEARS).toString())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String caller = caller();
        String secret = ApiTokenSecret.generate();
        ApiToken token = new ApiToken(caller, given.name(), ApiTokenSecret.hash(secret), expiresOn, now, caller);
        tokens.store(token);
        audit.record(caller, AuditTrail.TOKEN_CREATED, AuditTrail.user(caller), null, describe(token), null);
        return new CreatedApiToken(token.getId(), token.getName(), token.getExpiresOn(), secret);
    }

    /** The caller's tokens; an administrator's list holds everyone's. Newest first. */
    public List<ApiTokenView> list() {
        List<ApiToken> found = session.isCallerInRole(Role.ADMIN_NAME) ? tokens.findAll() : tokens.findByOwner(caller());
        Instant now = clock.instant();
        return found.stream().map(token -> view(token, now)).toList();
    }

    /** Revokes one of the caller's tokens (an administrator: anyone's); it stops working at once. */
    public ApiTokenView revoke(long id) {
        ApiToken token = visible(id);
        if (token.isRevoked()) {
            throw new ConflictException("token.revokedAlready", id);
        }
        Instant now = clock.instant();
        String caller = caller();
        token.revoke(now, caller);
        audit.record(caller, AuditTrail.TOKEN_REVOKED, AuditTrail.user(token.getOwnerUsername()), describe(token),
                null, null);
        return view(token, now);
    }

    private ApiToken visible(long id) {
        return tokens.findById(id)
                .filter(token -> session.isCallerInRole(Role.ADMIN_NAME) || token.getOwnerUsername().equals(caller()))
                .orElseThrow(() -> new NotFoundException("token.notFound", id));
    }

    static ApiTokenView view(ApiToken token, Instant now) {
        String status = token.isRevoked() ? REVOKED : token.worksAt(now) ? ACTIVE : EXPIRED;
        return new ApiTokenView(token.getId(), token.getOwnerUsername(), token.getName(), token.getExpiresOn(),
                token.getCreatedAt(), token.getCreatedBy(), token.getRevokedAt(), token.getRevokedBy(), status);
    }

    /** What the audit trail keeps of a token: its id, name and expiry, never the secret nor its hash. */
    private static String describe(ApiToken token) {
        return "token " + token.getId() + " \"" + token.getName() + "\", expires " + token.getExpiresOn();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
