package org.concerto.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per client address, kept in memory: a run of failures opens a window of
 * CONCERTO_LOGIN_ADDRESS_BLOCK_MINUTES; once CONCERTO_LOGIN_ADDRESS_MAX_FAILURES failures fell within it, the
 * address is refused for that long. An IPv6 client counts by its /64 network (what one subscriber gets). A
 * restart forgets the counts; the accounts' own counts stay in the database.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class LoginThrottle {

    /** Addresses remembered at most; past it, runs that are over are forgotten first. */
    static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    /** What one address did: failures since {@code since}, refused until {@code refusedUntil} (or null). */
    record Run(Instant since, int failures, Instant refusedUntil) {

        boolean over(Instant now, Duration window) {
            return (refusedUntil == null || !refusedUntil.isAfter(now)) && !now.isBefore(since.plus(window));
        }
    }

    /** Whether the address is refused at that instant. */
    public boolean refused(String address, Instant now) {
        if (address == null) {
            return false;
        }
        Run run = runs.get(key(address));
        return run != null && run.refusedUntil() != null && run.refusedUntil().isAfter(now);
    }

    /** Until when the address is refused, or null. */
    public Instant refusedUntil(String address, Instant now) {
        Run run = address == null ? null : runs.get(key(address));
        return run != null && run.refusedUntil() != null && run.refusedUntil().isAfter(now) ? run.refusedUntil() : null;
    }

    /**
     * Counts a failure from the address (none while it is refused) and returns the failures of its current run;
     * the failure that reaches the limit starts the refusal.
     */
    public int failed(String address, Instant now) {
        if (address == null) {
            return 1;
        }
        Duration window = AccountSettings.addressBlockDuration();
        int max = AccountSettings.addressMaxFailures();
        if (runs.size() >= MAX_ADDRESSES) {
            forgetOldRuns(now, window);
        }
        Run run = runs.compute(key(address), (k, previous) -> {
            if (previous != null
                    && previous.refusedUntil() != null
                    && previous.refusedUntil().isAfter(now)) {
                return previous;
            }
            Run current = previous == null || previous.over(now, window) ? new Run(now, 0, null) : previous;
            int failures = current.failures() + 1;
            return new Run(current.since(), failures, failures >= max ? now.plus(window) : null);
        });
        return run.failures();
    }

    private void forgetOldRuns(Instant now, Duration window) {
        runs.values().removeIf(run -> run.over(now, window));
        if (runs.size() >= MAX_ADDRESSES) {
            // A flood of addresses: forget the ones not refused rather than grow without end.
            runs.values().removeIf(run -> run.refusedUntil() == null);
        }
    }

    /** The address as counted: itself for IPv4, its /64 network for IPv6. */
    static String key(String address) {
        String trimmed = address.trim().toLowerCase(Locale.ROOT);
        if (trimmed.indexOf(':') < 0) {
            return trimmed;
        }
        try {
            // A numeric literal: no name is looked up.
            InetAddress parsed = InetAddress.getByName(trimmed.replace("[", "").replace("]", ""));
            if (parsed instanceof Inet6Address) {
                byte[] bytes = Arrays.copyOf(parsed.getAddress(), 8);
                StringBuilder network = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                            .append(':');
                }
                return network.append(":/64").toString();
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return trimmed;
        }
    }
}
