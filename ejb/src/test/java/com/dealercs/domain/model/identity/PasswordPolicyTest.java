package com.dealercs.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(PasswordPolicy.violation("x".repeat(256)).isEmpty());
    }
}
