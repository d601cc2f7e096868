package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kz.elicensing.domain.payment.PaymentNotice;
import kz.elicensing.domain.payment.PaymentNoticeRepository;

/** Payment notices in the database. */
@ApplicationScoped
public class JpaPaymentNoticeRepository implements PaymentNoticeRepository {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public Optional<PaymentNotice> byReference(String reference) {
        return em.createNamedQuery("PaymentNotice.byReference", PaymentNotice.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(PaymentNotice notice) {
        em.persist(notice);
    }
}
