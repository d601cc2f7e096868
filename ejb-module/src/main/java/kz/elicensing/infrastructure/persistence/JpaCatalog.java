package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;

/** The service catalog in the database. */
@ApplicationScoped
public class JpaCatalog implements Catalog {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public Optional<LicenseService> service(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(LicenseService.class, code));
    }
}
