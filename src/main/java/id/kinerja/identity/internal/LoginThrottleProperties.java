package id.kinerja.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated wrong passwords slow an account down and then lock it.
 *
 * @param freeAttempts wrong passwords allowed before any wait
 * @param baseDelay the first wait, doubled by each further wrong password
 * @param lockAfter wrong passwords after which the account is locked
 * @param lockDuration how long the lock lasts
 */
@ConfigurationProperties("kinerja.security.login")
record LoginThrottleProperties(int freeAttempts, Duration baseDelay, int lockAfter, Duration lockDuration) {
}
