package kz.elicensing.shep;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import kz.elicensing.domain.message.SlidingWindowLimit;

/**
 * The two rate limits of the SyncChannel, in this server's memory (per node, not shared by a cluster): messages per
 * authenticated sender, and refused unauthenticated messages per remote address (an address over it is refused before
 * its body is read).
 */
@ApplicationScoped
public class RateLimits {
    /** Most keys (senders, addresses) tracked at once. */
    static final int MAX_KEYS = 10_000;

    @Inject
    FrontDoorSettings settings;

    @Inject
    Clock clock;

    private SlidingWindowLimit senders;
    private SlidingWindowLimit addresses;

    public RateLimits() {}

    /** For tests: limits from these settings and clock. */
    RateLimits(FrontDoorSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        init();
    }

    @PostConstruct
    void init() {
        senders = new SlidingWindowLimit(settings.senderMessagesPerWindow(), settings.rateLimitWindow(), MAX_KEYS);
        addresses = new SlidingWindowLimit(settings.addressRefusalsPerWindow(), settings.rateLimitWindow(), MAX_KEYS);
    }

    /** Counts a message of an authenticated sender; false when the sender is over its limit (RATE_LIMITED). */
    boolean senderMayProceed(String senderId) {
        return senders.tryAcquire(senderId, clock.instant());
    }

    /** Whether the address caused so many refusals of unauthenticated messages lately that it is refused outright. */
    boolean addressBlocked(String remoteAddress) {
        return remoteAddress != null && addresses.exhausted(remoteAddress, clock.instant());
    }

    /** Counts a refusal of an unauthenticated message from the address. */
    void refusedFrom(String remoteAddress) {
        if (remoteAddress != null) {
            addresses.record(remoteAddress, clock.instant());
        }
    }
}
