package kz.elicensing.sandbox.gateway.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class GatewayFaultsTest {

    static final String GBDUL = "GbdulInfoByBin_v2";
    static final String PEP = "PEP_PaymentCheck";

    @Test
    void failsTwiceThenRecovers() {
        GatewayFaults f = new GatewayFaults();
        f.set(GBDUL, FaultSpec.http500().times(2));
        assertEquals(Map.of(GBDUL, FaultSpec.http500().times(2)), f.active());
        assertEquals(FaultKind.HTTP500, f.decide(GBDUL).kind());
        assertEquals(Map.of(GBDUL, FaultSpec.http500().times(1)), f.active(), "one call left");
        assertEquals(FaultKind.HTTP500, f.decide(GBDUL).kind());
        assertTrue(f.active().isEmpty(), "used up: gone");
        assertTrue(f.decide(GBDUL).isNone());
        assertTrue(f.decide(PEP).isNone(), "other services are untouched");
    }

    @Test
    void withoutTimesEveryCallSuffersUntilCleared() {
        GatewayFaults f = new GatewayFaults();
        f.set(PEP, FaultSpec.down());
        for (int i = 0; i < 5; i++) {
            assertEquals(FaultKind.DOWN, f.decide(PEP).kind());
        }
        assertTrue(f.clear(PEP));
        assertFalse(f.clear(PEP));
        assertTrue(f.decide(PEP).isNone());
        f.set(PEP, FaultSpec.down());
        f.set(PEP, FaultSpec.none());
        assertTrue(f.decide(PEP).isNone(), "none clears");
    }

    @Test
    void theAnyServiceFaultCoversServicesWithoutTheirOwn() {
        GatewayFaults f = new GatewayFaults();
        f.set(GatewayFaults.ANY_SERVICE, FaultSpec.soapFault());
        f.set(PEP, FaultSpec.malformed());
        assertEquals(FaultKind.SOAP_FAULT, f.decide(GBDUL).kind());
        assertEquals(FaultKind.SOAP_FAULT, f.decide(null).kind(), "unreadable requests too");
        assertEquals(FaultKind.MALFORMED, f.decide(PEP).kind());
        assertEquals(2, f.clearAll());
        assertTrue(f.decide(GBDUL).isNone());
        assertEquals("none", f.toString());
        assertThrows(IllegalArgumentException.class, () -> f.set(" ", FaultSpec.down()));
    }

    @Test
    void probabilityRollsTheDiceAndSparedCallsDoNotCount() {
        double[] rolls = {0.9, 0.1, 0.7, 0.2, 0.0};
        AtomicInteger i = new AtomicInteger();
        DoubleSupplier dice = () -> rolls[i.getAndIncrement()];
        GatewayFaults f = new GatewayFaults(dice);
        f.set(GBDUL, FaultSpec.down().probability(0.5).times(2));
        List<FaultKind> seen = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            seen.add(f.decide(GBDUL).kind());
        }
        assertEquals(List.of(FaultKind.NONE, FaultKind.DOWN, FaultKind.NONE, FaultKind.DOWN, FaultKind.NONE), seen);
        assertEquals(4, i.get(), "no dice once the fault is used up");
    }

    @Test
    void timesHoldUnderConcurrentCalls() throws Exception {
        GatewayFaults f = new GatewayFaults();
        f.set(GBDUL, FaultSpec.http500().times(100));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    int hit = 0;
                    for (int n = 0; n < 50; n++) {
                        hit += f.decide(GBDUL).isNone() ? 0 : 1;
                    }
                    return hit;
                }));
            }
            int total = 0;
            for (Future<Integer> r : results) {
                total += r.get(10, TimeUnit.SECONDS);
            }
            assertEquals(100, total, "exactly the next 100 calls, no more, no fewer");
        } finally {
            pool.shutdownNow();
        }
    }
}
