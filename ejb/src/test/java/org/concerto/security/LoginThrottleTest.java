package org.concerto.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2019-09-12T08:00:00Z");

    @Test
    void anAddressIsRefusedAtTheLimitForTheWindowAndItsRefusedTriesDoNotCount() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 1; i < 10; i++) {
            assertThat(throttle.failed("203.0.113.9", NOW)).isEqualTo(i);
            assertThat(throttle.refused("203.0.113.9", NOW)).isFalse();
        }
        assertThat(throttle.failed("203.0.113.9", NOW)).isEqualTo(10);
        assertThat(throttle.refused("203.0.113.9", NOW)).isTrue();
        assertThat(throttle.refused("203.0.113.10", NOW)).as("another address").isFalse();
        assertThat(throttle.failed("203.0.113.9", NOW.plus(Duration.ofMinutes(10))))
                .isEqualTo(10);
        assertThat(throttle.refusedUntil("203.0.113.9", NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(throttle.refused("203.0.113.9", NOW.plus(Duration.ofMinutes(15))))
                .isFalse();
        assertThat(throttle.failed("203.0.113.9", NOW.plus(Duration.ofMinutes(15))))
                .as("a new run")
                .isEqualTo(1);
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < 9; i++) {
            throttle.failed("203.0.113.9", NOW);
        }
        assertThat(throttle.failed("203.0.113.9", NOW.plus(Duration.ofMinutes(16))))
                .isEqualTo(1);
        assertThat(throttle.refused("203.0.113.9", NOW.plus(Duration.ofMinutes(16))))
                .isFalse();
    }

    @Test
    void anIpv6ClientCountsByItsNetwork() {
        assertThat(LoginThrottle.key("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.key("2001:db8:1:2:bbbb::2"));
        assertThat(LoginThrottle.key("2001:db8:1:2::1")).isNotEqualTo(LoginThrottle.key("2001:db8:1:3::1"));
        assertThat(LoginThrottle.key("192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void theSlowDownDoublesUpToSixteenSteps() {
        long step = AccountSettings.delayStepMillis();
        assertThat(AccountSettings.delayAfter(1)).isEqualTo(step);
        assertThat(AccountSettings.delayAfter(2)).isEqualTo(2 * step);
        assertThat(AccountSettings.delayAfter(5)).isEqualTo(16 * step);
        assertThat(AccountSettings.delayAfter(Integer.MAX_VALUE)).isEqualTo(16 * step);
    }

    @Test
    void oneAddressIsRefusedBeforeItCouldLockAnAccountByItself() {
        // Within one account window an address makes at most the end of one run and a whole next one.
        assertThat(2 * AccountSettings.addressMaxFailures() - 1).isLessThan(AccountSettings.maxFailures());
    }
}
