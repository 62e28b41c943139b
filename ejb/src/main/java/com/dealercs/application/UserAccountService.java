package com.dealercs.application;

import com.dealercs.domain.model.audit.AuditTrail;
import com.dealercs.domain.model.identity.AccountChanged;
import com.dealercs.domain.model.identity.PasswordPolicy;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.identity.UserAccount;
import com.dealercs.domain.model.identity.UserAccountRepository;
import com.dealercs.domain.model.network.DealerRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Accounts: created, searched, changed, disabled, enabled and reset by administrators; every
 * signed-in user reads its own and changes its own password. Every change is in the audit trail
 * (never a password) and fires {@link AccountChanged} so what is kept per account is forgotten.
 */
@Stateless
public class UserAccountService {

    /** A made-up password: letters and digits that cannot be mistaken for one another when read out. */
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int TEMPORARY_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountRegistration registration;

    @Inject
    UserAccountRepository accounts;

    @Inject
    DealerRepository dealers;

    @Inject
    PasswordHasher hashing;

    @Inject
    AuditTrail audit;

    @Inject
    Event<AccountChanged> changed;

    @Resource
    SessionContext session;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed(Role.ADMIN_NAME)
    public UserAccountView create(NewUserAccount request) {
        UserAccountView created = registration.register(request, caller());
        changed.fire(new AccountChanged(created.username()));
        return created;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserAccountView> list() {
        return accounts.findAll().stream().map(AccountRegistration::view).toList();
    }

    /**
     * Accounts by username: {@code text} found in the username or the dealer code (ignoring case),
     * of a role (its name), enabled or not; each criterion optional ({@code null} or blank).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserAccountView> search(String text, String role, Boolean enabled) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Optional<Role> wanted = Optional.empty();
        if (role != null && !role.isBlank()) {
            wanted = AccountRegistration.parseRole(role);
            if (wanted.isEmpty()) {
                throw new InvalidInputException(Problem.of("role", "user.role.invalid", role));
            }
        }
        Optional<Role> ofRole = wanted;
        return accounts.findAll().stream()
                .filter(a -> needle.isEmpty() || a.getUsername().contains(needle)
                        || (a.getDealerCode() != null && a.getDealerCode().toLowerCase(Locale.ROOT).contains(needle)))
                .filter(a -> ofRole.isEmpty() || a.getRole() == ofRole.get())
                .filter(a -> enabled == null || a.isEnabled() == enabled)
                .sorted(Comparator.comparing(UserAccount::getUsername))
                .map(AccountRegistration::view)
                .toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserAccountView account(String username) {
        return AccountRegistration.view(find(username));
    }

    /**
     * Changes role, dealer and enabled state. A dealer user needs an existing dealer; the last
     * enabled administrator can neither be disabled nor given another role (409).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public UserAccountView update(String username, AccountUpdate update) {
        UserAccount account = find(username);
        AccountUpdate given = update == null ? new AccountUpdate(null, null, null) : update;
        List<Problem> problems = new ArrayList<>();
        Role role = account.getRole();
        if (given.role() != null) {
            Optional<Role> parsed = AccountRegistration.parseRole(given.role());
            if (parsed.isEmpty()) {
                problems.add(Problem.of("role", "user.role.invalid", given.role()));
            } else {
                role = parsed.get();
            }
        }
        String dealerCode = AccountRegistration.blankToNull(given.dealerCode());
        if (dealerCode != null) {
            dealerCode = dealerCode.toUpperCase(Locale.ROOT);
        }
        if (role == Role.DEALER) {
            if (dealerCode == null) {
                dealerCode = account.getDealerCode(); // a dealer user keeps its dealer unless given another
            }
            if (dealerCode == null) {
                problems.add(Problem.of("dealerCode", "user.dealerCode.required"));
            } else if (!UserAccount.DEALER_CODE.matcher(dealerCode).matches()) {
                problems.add(Problem.of("dealerCode", "user.dealerCode.invalid", dealerCode));
            } else if (!dealerCode.equals(account.getDealerCode()) && dealers.find(dealerCode).isEmpty()) {
                problems.add(Problem.of("dealerCode", "user.dealerCode.unknown", dealerCode));
            }
        } else if (dealerCode != null) {
            problems.add(Problem.of("dealerCode", "user.dealerCode.notAllowed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean enabled = given.enabled() == null ? account.isEnabled() : given.enabled();
        boolean roleChanged = role != account.getRole() || !Objects.equals(dealerCode, account.getDealerCode());
        boolean enabledChanged = enabled != account.isEnabled();
        if (!roleChanged && !enabledChanged) {
            return AccountRegistration.view(account);
        }
        if (account.isEnabledAdministrator() && (role != Role.ADMIN || !enabled)) {
            keepAnAdministrator(account);
        }
        String actor = caller();
        String subject = AuditTrail.user(account.getUsername());
        if (roleChanged) {
            String before = AccountRegistration.describe(account);
            account.changeRole(role, role == Role.DEALER ? dealerCode : null);
            audit.record(actor, AuditTrail.ACCOUNT_CHANGED, subject, before, AccountRegistration.describe(account), null);
        }
        if (enabledChanged) {
            if (enabled) {
                account.enable();
                audit.record(actor, AuditTrail.ACCOUNT_ENABLED, subject, null, null, null);
            } else {
                account.disable();
                audit.record(actor, AuditTrail.ACCOUNT_DISABLED, subject, null, null, null);
            }
        }
        changed.fire(new AccountChanged(account.getUsername()));
        return AccountRegistration.view(account);
    }

    /**
     * Sets a password the user must change at the next sign-in: the one the administrator typed
     * (checked like any other), or one made here and answered once.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public TemporaryPassword resetPassword(String username, PasswordReset reset) {
        UserAccount account = find(username);
        String typed = reset == null ? null : reset.password();
        String password;
        if (typed == null || typed.isEmpty()) {
            password = temporaryPassword(account.getUsername());
        } else {
            PasswordPolicy.violation(typed, account.getUsername()).ifPresent(key -> {
                throw new InvalidInputException(Problem.of("password", key, PasswordPolicy.MIN_LENGTH));
            });
            password = typed;
        }
        account.resetPassword(hashing.hash(password), clock.instant());
        audit.record(caller(), AuditTrail.PASSWORD_RESET, AuditTrail.user(account.getUsername()), null,
                typed == null || typed.isEmpty() ? "generated" : "typed", null);
        changed.fire(new AccountChanged(account.getUsername()));
        return new TemporaryPassword(account.getUsername(), typed == null || typed.isEmpty() ? password : null);
    }

    /**
     * Records that an administrator lifted the account's sign-in lock (the lock itself is the web
     * module's throttle, which lifts it once this returned, by the username answered: the account's
     * own spelling); 404 for an unknown account.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public String recordLockLifted(String username) {
        UserAccount account = find(username);
        audit.record(caller(), AuditTrail.LOCK_LIFTED, AuditTrail.user(account.getUsername()), null, null, null);
        return account.getUsername();
    }

    /** The signed-in caller's own account. */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
    public UserAccountView currentUser() {
        return AccountRegistration.view(find(caller()));
    }

    /**
     * The caller changes its own password: the current one must be right, the new one pass the
     * policy and differ from the current one. Ends what a reset required.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
    public void changeOwnPassword(PasswordChange change) {
        UserAccount account = find(caller());
        PasswordChange given = change == null ? new PasswordChange(null, null) : change;
        if (given.currentPassword() == null || given.currentPassword().isEmpty()) {
            throw new InvalidInputException(Problem.of("currentPassword", "password.currentRequired"));
        }
        if (!hashing.matches(given.currentPassword(), account.getPasswordHash())) {
            throw new InvalidInputException(Problem.of("currentPassword", "password.currentWrong"));
        }
        PasswordPolicy.violation(given.newPassword(), account.getUsername()).ifPresent(key -> {
            throw new InvalidInputException(Problem.of("newPassword", key, PasswordPolicy.MIN_LENGTH));
        });
        if (given.newPassword().equals(given.currentPassword())) {
            throw new InvalidInputException(Problem.of("newPassword", "password.sameAsCurrent"));
        }
        account.changePassword(hashing.hash(given.newPassword()), clock.instant());
        audit.record(account.getUsername(), AuditTrail.PASSWORD_CHANGED, AuditTrail.user(account.getUsername()),
                null, null, null);
        changed.fire(new AccountChanged(account.getUsername()));
    }

    /** 409 unless another enabled administrator remains besides {@code account}. */
    private void keepAnAdministrator(UserAccount account) {
        boolean another = accounts.lockEnabledAdministrators().stream()
                .anyMatch(a -> !a.getUsername().equals(account.getUsername()));
        if (!another) {
            throw new ConflictException("user.lastAdministrator", account.getUsername());
        }
    }

    private UserAccount find(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("user.notFound", UserAccount.normalizeUsername(username)));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** Random until it passes the policy (a made-up one nearly always does at once). */
    static String temporaryPassword(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
            for (int i = 0; i < TEMPORARY_LENGTH; i++) {
                password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
            }
            if (PasswordPolicy.violation(password.toString(), username).isEmpty()) {
                return password.toString();
            }
        }
    }
}
