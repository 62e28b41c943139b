package com.dealercs.infrastructure.bootstrap;

import com.dealercs.application.AccountRegistration;
import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.NewUserAccount;
import com.dealercs.domain.model.identity.PasswordPolicy;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.domain.model.identity.UserAccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the account a fresh installation needs: the administrator on first start (password
 * from {@code CS_ADMIN_PASSWORD}, or a random one printed once). Every other account is an
 * administrator's to create.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AccountBootstrap {

    public static final String ADMIN_USERNAME = "admin";
    public static final String SYSTEM_ACTOR = "system";

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @Inject
    AccountRegistration registration;

    @Inject
    UserAccountRepository accounts;

    @Inject
    @ConfigProperty(name = "CS_ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void createMissingAccounts() {
        if (!accounts.exists(ADMIN_USERNAME)) {
            createAdministrator();
        }
    }

    private void createAdministrator() {
        String password = adminPassword.filter(p -> !p.isEmpty()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = randomPassword();
        } else if (PasswordPolicy.violation(password).isPresent()) {
            LOG.severe(() -> "CS_ADMIN_PASSWORD is refused: it must have at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, at least " + PasswordPolicy.MIN_DISTINCT + " different ones, and not be a common"
                    + " password. The administrator account was not created; set another password and restart.");
            return;
        }
        try {
            registration.register(new NewUserAccount(ADMIN_USERNAME, password, Role.ADMIN.name(), null), SYSTEM_ACTOR,
                    false);
        } catch (ApplicationFailure e) {
            LOG.log(Level.SEVERE, "Administrator account not created: {0}", e.message(Locale.ENGLISH));
            return;
        }
        if (generated) {
            LOG.warning("\n==========================================================\n"
                    + " Administrator account created: admin / " + password + "\n"
                    + " (CS_ADMIN_PASSWORD was not set; this password is shown once.)\n"
                    + "==========================================================");
        } else {
            LOG.info("Administrator account 'admin' created with the password from CS_ADMIN_PASSWORD.");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
