package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kz.elicensing.application.OfficerDirectory;

/** Officers from the {@code officer} table. */
@ApplicationScoped
public class JpaOfficerDirectory implements OfficerDirectory {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public Optional<String> providerOf(String username) {
        return Optional.ofNullable(username).map(u -> em.find(OfficerEntity.class, u)).map(OfficerEntity::providerCode);
    }
}
