package org.ffw.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ffw.accounts.*: the password policy, the sign-in throttle, the phone codes, invitations and the session warning.
 * See docs/accounts.md.
 */
@ConfigurationProperties("ffw.accounts")
public record AccountProperties(
        @DefaultValue("10") int passwordMinLength,
        @DefaultValue Throttle throttle,
        @DefaultValue PhoneCode phoneCode,
        @DefaultValue("P7D") Duration invitationValidity,
        @DefaultValue("PT5M") Duration sessionWarning) {

    /**
     * Per account: from {@code slowAfter} failures on each further attempt waits {@code slowDelay}, doubled per failure
     * (at most {@code maxDelay}); {@code lockAfter} failures lock the account for {@code lockFor}. Per address the
     * same with the address thresholds. Failures older than {@code window} are forgotten.
     */
    public record Throttle(
            @DefaultValue("3") int slowAfter,
            @DefaultValue("PT1S") Duration slowDelay,
            @DefaultValue("PT30S") Duration maxDelay,
            @DefaultValue("8") int lockAfter,
            @DefaultValue("PT15M") Duration lockFor,
            @DefaultValue("20") int addressSlowAfter,
            @DefaultValue("50") int addressLockAfter,
            @DefaultValue("PT1H") Duration window) {
    }

    /** A code lives {@code validity}, allows {@code maxAttempts} tries; one phone gets one code per {@code resendAfter}. */
    public record PhoneCode(
            @DefaultValue("PT10M") Duration validity,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("PT60S") Duration resendAfter,
            @DefaultValue("10") int perPhonePerDay) {
    }
}
