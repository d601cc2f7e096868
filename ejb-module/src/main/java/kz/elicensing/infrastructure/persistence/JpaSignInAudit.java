package kz.elicensing.infrastructure.persistence;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import kz.elicensing.application.signin.SignInAudit;
import kz.elicensing.application.signin.SignInEvent;

/**
 * Sign-in events in the {@code sign_in_audit} table, each in its own transaction and off the caller's thread: a refused
 * message or form does not roll the row back, and the time to write it tells a caller nothing.
 */
@Stateless
public class JpaSignInAudit implements SignInAudit {
    private static final int TEXT_MAX = 200;

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(SignInEvent event) {
        long id = Sequences.next(em, "sign_in_audit_seq");
        em.createNativeQuery("INSERT INTO sign_in_audit (id, occurred_at, realm, principal, outcome, address, detail)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(event.at()))
                .setParameter(3, event.realm().name())
                .setParameter(4, cut(event.principal()))
                .setParameter(5, event.outcome().name())
                .setParameter(6, cut(event.address()))
                .setParameter(7, cut(event.detail()))
                .executeUpdate();
    }

    private static String cut(String s) {
        return s == null || s.length() <= TEXT_MAX ? s : s.substring(0, TEXT_MAX);
    }
}
