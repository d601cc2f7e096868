package kz.elicensing.sandbox.gateway.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultSpecTest {

    @Test
    void textFormRoundTrips() {
        for (FaultSpec s : List.of(
                FaultSpec.none(),
                FaultSpec.delay(Duration.ofMillis(3000)).times(2),
                FaultSpec.timeout(),
                FaultSpec.timeout(Duration.ofSeconds(5)),
                FaultSpec.http500().times(2),
                FaultSpec.soapFault(),
                FaultSpec.soapFault("PAYMENT_NOT_FOUND").probability(0.25),
                FaultSpec.malformed(),
                FaultSpec.wrongSignature(),
                FaultSpec.duplicate().times(1),
                FaultSpec.down(),
                FaultSpec.wrongCorrelation().times(2),
                FaultSpec.otherSubject().probability(0.5))) {
            assertEquals(s, FaultSpec.parse(s.toString()), s.toString());
        }
        assertEquals("http500,times=2", FaultSpec.http500().times(2).toString());
        assertEquals(
                "delay,millis=3000", FaultSpec.parse(" delay , millis=3000 ").toString());
        assertEquals(
                "soapFault,code=UPSTREAM_UNAVAILABLE",
                FaultSpec.parse("soapFault").toString());
        assertEquals(FaultKind.NONE, FaultSpec.parse("clear").kind());
        assertEquals(FaultKind.HTTP500, FaultSpec.parse("HTTP500").kind());
        assertEquals(
                FaultKind.WRONG_SIGNATURE, FaultSpec.parse("wrong_signature").kind());
        assertEquals(
                FaultKind.WRONG_CORRELATION, FaultSpec.parse("wrongCorrelation").kind());
        assertEquals(
                FaultKind.OTHER_SUBJECT,
                FaultSpec.parse("other_subject,times=1").kind());
        assertEquals("otherSubject,times=3", FaultSpec.otherSubject().times(3).toString());
    }

    @Test
    void paramsFormMatchesTheAdminApi() {
        assertEquals(
                Map.of("fault", "delay", "millis", "250", "times", "2", "probability", "0.5"),
                FaultSpec.delay(Duration.ofMillis(250))
                        .times(2)
                        .probability(0.5)
                        .toParams());
        assertEquals(
                FaultSpec.soapFault("X_Y").times(4), FaultSpec.of("soapFault", Map.of("code", "X_Y", "times", "4")));
        assertEquals(FaultSpec.down(), FaultSpec.of("down", Map.of("times", "", "probability", " ")));
    }

    @Test
    void nonsenseIsRefused() {
        for (String bad : List.of(
                "",
                "explode",
                "delay",
                "delay,millis=-1",
                "http500,millis=10",
                "down,times=-2",
                "down,probability=0",
                "down,probability=1.5",
                "down,probability=x",
                "soapFault,code=lower",
                "http500,code=X",
                "down,times",
                "down,times=1,times=2",
                "down,colour=red",
                "timeout,millis=1.5",
                "wrongCorrelation,millis=5",
                "otherSubject,code=X")) {
            assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> FaultSpec.down().times(0));
        assertTrue(FaultSpec.none().isNone());
    }
}
