package kz.elicensing.interfaces.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The replay of a post after a sign-in becomes a GET of the same page; every other request passes. */
class SignInReturnFilterTest {
    private final Map<String, Object> answer = new HashMap<>();
    private final AtomicBoolean passed = new AtomicBoolean();

    private HttpServletRequest request(String uri, String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getQueryString" -> query;
                    case "getRequestURI" -> uri;
                    case "getMethod" -> "POST";
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    if (m.getName().equals("setStatus")) {
                        answer.put("status", a[0]);
                    } else if (m.getName().equals("setHeader")) {
                        answer.put((String) a[0], a[1]);
                    }
                    return null;
                });
    }

    private void filter(String uri, String query) throws Exception {
        new SignInReturnFilter().doFilter(request(uri, query), response(), (rq, rs) -> passed.set(true));
    }

    @Test
    void theReplayedPostIsSentToThePageItself() throws Exception {
        filter("/elicensing/officer/case.xhtml", "number=EL-2026-00000001&signin-return=1");
        assertEquals(303, answer.get("status"));
        assertEquals("/elicensing/officer/case.xhtml?number=EL-2026-00000001", answer.get("Location"));
        assertEquals(false, passed.get());
    }

    @Test
    void aPageWithoutParametersKeepsNone() throws Exception {
        filter("/elicensing/officer/index.xhtml", "signin-return=1");
        assertEquals("/elicensing/officer/index.xhtml", answer.get("Location"));
    }

    @Test
    void anyOtherRequestPasses() throws Exception {
        filter("/elicensing/officer/case.xhtml", "number=EL-2026-00000001");
        assertTrue(passed.get());
        filter("/elicensing/officer/index.xhtml", null);
        assertTrue(answer.isEmpty());
    }
}
