package com.dealercs.application;

import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.identity.PasswordPolicy;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.identity.UserAccount;
import com.dealercs.domain.model.identity.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Validates and stores a new account. Shared by the administrator's use case and the start-up
 * bootstrap, which has no caller to check, so it does no authorisation of its own: it must run
 * inside a caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountRegistration {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hashing;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    public UserAccountView register(NewUserAccount request, String actor) {
        return register(request, actor, true);
    }

    /**
     * As {@link #register(NewUserAccount, String)}; {@code checkUsername} false only for the
     * administrator bootstrapped from the environment ({@code CS_ADMIN_PASSWORD}), whose password
     * installations (and the tests) chose before the username rule existed, e.g. {@code a-long-admin-password}.
     */
    public UserAccountView register(NewUserAccount request, String actor, boolean checkUsername) {
        List<Problem> problems = new ArrayList<>();
        String username = UserAccount.normalizeUsername(request.username());
        if (username.isEmpty()) {
            problems.add(Problem.of("username", "user.username.required"));
        } else if (!UserAccount.USERNAME.matcher(username).matches()) {
            problems.add(Problem.of("username", "user.username.invalid"));
        }
        PasswordPolicy.violation(request.password(), checkUsername ? username : null)
                .ifPresent(key -> problems.add(Problem.of("password", key, PasswordPolicy.MIN_LENGTH)));
        Optional<Role> role = parseRole(request.role());
        if (role.isEmpty()) {
            problems.add(Problem.of("role", "user.role.invalid", request.role() == null ? "" : request.role()));
        }
        String dealerCode = blankToNull(request.dealerCode());
        if (role.isPresent() && role.get() == Role.DEALER) {
            if (dealerCode == null) {
                problems.add(Problem.of("dealerCode", "user.dealerCode.required"));
            } else if (!UserAccount.DEALER_CODE.matcher(dealerCode).matches()) {
                problems.add(Problem.of("dealerCode", "user.dealerCode.invalid", dealerCode));
            }
        } else if (role.isPresent() && dealerCode != null) {
            problems.add(Problem.of("dealerCode", "user.dealerCode.notAllowed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (accounts.exists(username)) {
            throw new ConflictException("user.username.taken", username);
        }
        UserAccount account = new UserAccount(username, hashing.hash(request.password()), role.get(),
                dealerCode, clock.instant(), actor);
        accounts.store(account);
        audit.record(actor, AuditTrail.ACCOUNT_CREATED, AuditTrail.user(username), null, describe(account), null);
        return view(account);
    }

    static UserAccountView view(UserAccount account) {
        return new UserAccountView(account.getUsername(), account.getRole(), account.getDealerCode(),
                account.isEnabled(), account.getCreatedAt(), account.getCreatedBy(), account.isMustChangePassword());
    }

    /** What the audit trail keeps of an account: role and dealer, never a password. */
    static String describe(UserAccount account) {
        return "role=" + account.getRole().name()
                + (account.getDealerCode() == null ? "" : ", dealerCode=" + account.getDealerCode());
    }

    static Optional<Role> parseRole(String role) {
        if (role == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
