package kz.elicensing.sandbox.gateway.fault;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;

/**
 * The fault switchboard of the gateway: which fault each serviceId suffers now (thread-safe), and the decision,
 * call by call, counting down "for the next N calls" and rolling the dice for a probability.
 */
public final class GatewayFaults {

    /** The serviceId key whose fault applies to every service that has none of its own. */
    public static final String ANY_SERVICE = "*";

    /** A fault in force, with the calls it still has to spoil (-1: unlimited). */
    private static final class Active {
        final FaultSpec spec;
        final AtomicInteger remaining;

        Active(FaultSpec spec) {
            this.spec = spec;
            this.remaining = new AtomicInteger(spec.times() == 0 ? -1 : spec.times());
        }

        /** Takes one call; false if none is left. */
        boolean take() {
            while (true) {
                int r = remaining.get();
                if (r < 0) {
                    return true;
                }
                if (r == 0) {
                    return false;
                }
                if (remaining.compareAndSet(r, r - 1)) {
                    return true;
                }
            }
        }

        boolean exhausted() {
            return remaining.get() == 0;
        }

        /** The spec with the calls still to spoil as its times. */
        FaultSpec current() {
            int r = remaining.get();
            return r < 0
                    ? spec
                    : new FaultSpec(spec.kind(), spec.millis(), Math.max(r, 1), spec.probability(), spec.code());
        }
    }

    private final ConcurrentMap<String, Active> byService = new ConcurrentHashMap<>();
    private final DoubleSupplier random;

    /** Faults decided with {@link ThreadLocalRandom}. */
    public GatewayFaults() {
        this(() -> ThreadLocalRandom.current().nextDouble());
    }

    /** Faults decided with the given source of numbers in [0, 1) (tests pass a fixed sequence). */
    public GatewayFaults(DoubleSupplier random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Puts a fault in force for a serviceId (or {@link #ANY_SERVICE}), replacing its previous one; none clears it. */
    public void set(String serviceId, FaultSpec spec) {
        String key = key(serviceId);
        Objects.requireNonNull(spec, "spec");
        if (spec.isNone()) {
            byService.remove(key);
        } else {
            byService.put(key, new Active(spec));
        }
    }

    /** Clears the fault of one serviceId; true if it had one. */
    public boolean clear(String serviceId) {
        return byService.remove(key(serviceId)) != null;
    }

    /** Clears every fault; returns how many there were. */
    public int clearAll() {
        int n = 0;
        for (String k : byService.keySet()) {
            if (byService.remove(k) != null) {
                n++;
            }
        }
        return n;
    }

    /** The faults in force, by serviceId (sorted), with the calls still to spoil as their times. */
    public Map<String, FaultSpec> active() {
        Map<String, FaultSpec> m = new TreeMap<>();
        byService.forEach((k, a) -> {
            if (!a.exhausted()) {
                m.put(k, a.current());
            }
        });
        return m;
    }

    /**
     * Decides the fault for one call to this serviceId (null when the request names none): its own fault, else
     * the {@link #ANY_SERVICE} fault, else none. A call spared by the probability costs no "times"; a fault whose
     * last call this was is cleared, so the service recovers.
     */
    public FaultSpec decide(String serviceId) {
        String key = serviceId != null && byService.containsKey(serviceId) ? serviceId : ANY_SERVICE;
        Active a = byService.get(key);
        if (a == null) {
            return FaultSpec.none();
        }
        if (a.spec.probability() < 1.0 && random.getAsDouble() >= a.spec.probability()) {
            return FaultSpec.none();
        }
        boolean taken = a.take();
        if (a.exhausted()) {
            byService.remove(key, a);
        }
        return taken ? a.spec : FaultSpec.none();
    }

    private static String key(String serviceId) {
        if (serviceId == null || serviceId.isBlank()) {
            throw new IllegalArgumentException("serviceId is required (" + ANY_SERVICE + " for every service)");
        }
        return serviceId.trim();
    }

    /** e.g. "GbdulInfoByBin_v2=http500,times=2 PEP_PaymentCheck=delay,millis=3000", or "none". */
    @Override
    public String toString() {
        Map<String, FaultSpec> m = active();
        if (m.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) ->
                sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }
}
