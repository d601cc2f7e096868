package kz.elicensing.infrastructure.persistence;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Logger;
import kz.elicensing.domain.error.ConcurrentWriteException;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.licence.License;

/**
 * Interceptor around the use cases that change licenses (bound in ejb-jar.xml to DefaultLicenseRegistry and
 * DefaultDecisionService): writes their changes before the call returns, and turns a lost race (another transaction
 * changed the license, or the application, since this one read it: the optimistic lock's version, or a lock the
 * database gave up waiting for, which the evidence log reports as a ConcurrentWriteException) into OPERATION_NOT_ALLOWED with its own text, LICENSE_CHANGED_CONCURRENTLY, naming
 * the license (or else the application or license the call was about). The transaction is rolled back: of two
 * re-issues of one base, or a suspension racing a re-issue, one wins and the other changes nothing.
 */
public class LostUpdateGuard {
    private static final Logger LOG = Logger.getLogger(LostUpdateGuard.class.getName());

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @AroundInvoke
    public Object writeAndCheck(InvocationContext call) throws Exception {
        try {
            Object result = call.proceed();
            if (em.isJoinedToTransaction()) {
                em.flush(); // a lost race shows here, while the caller can still be told what it was
            }
            return result;
        } catch (RuntimeException e) {
            ElicensingException lost = lostRace(e, subject(call.getParameters()));
            if (lost == null) {
                throw e;
            }
            LOG.info(() -> call.getMethod().getDeclaringClass().getSimpleName() + "."
                    + call.getMethod().getName() + " lost a race: " + lost.getMessage());
            throw lost;
        }
    }

    /** What the use case was called about: its first argument, a license or application number. */
    private static String subject(Object[] arguments) {
        return arguments != null && arguments.length > 0 && arguments[0] instanceof String number ? number : "";
    }

    /**
     * The typed refusal for a lost race among the causes of {@code failure}, or null when it is something else. It
     * names the license that lost when the exception knows it (EclipseLink's batch writing does not), else
     * {@code subject}.
     */
    static ElicensingException lostRace(Throwable failure, String subject) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof ElicensingException && !(t instanceof ConcurrentWriteException)) {
                return null; // a refusal of its own, whatever lies under it
            }
            if (t instanceof OptimisticLockException lock) {
                String named = entityOf(lock) instanceof License license ? license.number() : subject;
                return lost(named, "changed by another transaction since it was read (optimistic lock)");
            }
        }
        if (SqlErrors.isConcurrencyConflict(failure)) {
            return lost(subject, "collided with a concurrent transaction: " + failure);
        }
        return null;
    }

    private static ElicensingException lost(String subject, String detail) {
        return ElicensingException.withMessage(
                ErrorCode.OPERATION_NOT_ALLOWED, "error.LICENSE_CHANGED_CONCURRENTLY", subject + " " + detail, subject);
    }

    /**
     * The entity that lost: JPA's {@link OptimisticLockException#getEntity()}, which EclipseLink leaves empty when it
     * wraps its own exception; that one holds the object in {@code getObject()}, read by name, so that this jar needs
     * no EclipseLink type.
     */
    private static Object entityOf(OptimisticLockException lock) {
        if (lock.getEntity() != null) {
            return lock.getEntity();
        }
        for (Throwable c = lock.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            try {
                Object object = c.getClass().getMethod("getObject").invoke(c);
                if (object != null) {
                    return object;
                }
            } catch (ReflectiveOperationException | RuntimeException notThere) {
                // not EclipseLink's exception: look further down
            }
        }
        return null;
    }
}
