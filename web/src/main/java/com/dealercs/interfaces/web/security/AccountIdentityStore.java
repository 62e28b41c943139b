package com.dealercs.interfaces.web.security;

import com.dealercs.application.SignInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The accounts of the application's own database, asked through {@link SignInService} (PBKDF2
 * hashes; a disabled or unknown account costs the same verification as a wrong password). The
 * group of a caller is its role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return signIn.verify(given.getCaller(), given.getPasswordAsString())
                .map(role -> new CredentialValidationResult(given.getCaller(), Set.of(role.name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
