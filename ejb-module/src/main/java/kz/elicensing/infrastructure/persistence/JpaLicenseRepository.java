package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseRepository;

/** The license registry in the database. */
@ApplicationScoped
public class JpaLicenseRepository implements LicenseRepository {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public void add(License license) {
        em.persist(license);
    }

    @Override
    public Optional<License> byNumber(String number) {
        return em.createNamedQuery("License.byNumber", License.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long nextNumberSequence() {
        return Sequences.next(em, "license_number_seq");
    }
}
