package com.dealercs.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aPasswordOfTwelveCharactersIsAccepted() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("twelve-chars"));
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("eleven-char"));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        // twelve Chinese characters are twelve characters, whatever their UTF-8 size
        assertEquals(Optional.empty(), PasswordPolicy.violation("经销商顾客满意度评价系统密"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("经销商顾客满意度评价系"));
    }

    @Test
    void missingBlankAndOverlongPasswordsAreRefused() {
        assertEquals(Optional.of("password.required"), PasswordPolicy.violation(null));
        assertEquals(Optional.of("password.required"), PasswordPolicy.violation(""));
        assertEquals(Optional.of("password.blank"), PasswordPolicy.violation(" ".repeat(20)));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.violation("x".repeat(257)));
        assertTrue(PasswordPolicy.violation("wxyz0".repeat(51) + "q").isEmpty(), "256 characters pass");
    }

    @Test
    void theFindingsWeakPasswordsAreRefusedEachForItsReason() {
        assertEquals(Optional.of("password.tooFewDistinct"), PasswordPolicy.violation("aaaaaaaaaaaa"));
        assertEquals(Optional.of("password.common"), PasswordPolicy.violation("password1234"));
        assertEquals(Optional.of("password.common"), PasswordPolicy.violation("123456789012"));
        assertEquals(Optional.of("password.tooFewDistinct"), PasswordPolicy.violation("abababababab"));
    }

    @Test
    void theCommonListIsComparedWithoutRegardToCase() {
        assertTrue(PasswordPolicy.isCommon("PASSWORD1234"));
        assertEquals(Optional.of("password.common"), PasswordPolicy.violation("Qwerty123456"));
        assertEquals(Optional.of("password.common"), PasswordPolicy.violation("1QAZ2WSX3EDC"));
        assertFalse(PasswordPolicy.isCommon("cs-demo-password"));
    }

    @Test
    void thePasswordMayNeitherBeNorHoldTheUsernameNorBeHeldByIt() {
        assertEquals(Optional.of("password.containsUsername"),
                PasswordPolicy.violation("zhang.wei.beijing", "Zhang.Wei.Beijing"));
        assertEquals(Optional.of("password.containsUsername"),
                PasswordPolicy.violation("my-ZHANGWEI-secret", "zhangwei"));
        assertEquals(Optional.of("password.containsUsername"),
                PasswordPolicy.violation("dealer-d0001", "dealer-d0001-service-desk"));
        assertEquals(Optional.empty(), PasswordPolicy.violation("my-zhangwei-secret", null), "no username, no check");
        assertEquals(Optional.empty(), PasswordPolicy.violation("my-zhangwei-secret", "liuyang"));
    }

    @Test
    void theDemoAndTestPasswordsStillPass() {
        for (String password : new String[] {"cs-demo-password", "a-long-enough-password", "long-enough-password",
                "another-long-password", "wrong-password-123", "pw-0f8c6a1e-5b7d-4c2a-9e3f-1a2b3c4d5e6f"}) {
            assertEquals(Optional.empty(), PasswordPolicy.violation(password, "dealer"), password);
        }
    }
}
