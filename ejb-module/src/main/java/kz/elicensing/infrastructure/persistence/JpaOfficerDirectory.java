package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;

/** Officers from the {@code officer} table. */
@ApplicationScoped
public class JpaOfficerDirectory implements OfficerDirectory {

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    public Optional<String> providerOf(String username) {
        return Optional.ofNullable(username)
                .map(u -> em.find(OfficerEntity.class, u))
                .map(OfficerEntity::providerCode);
    }

    @Override
    public Optional<Officer> officer(String username) {
        return Optional.ofNullable(username)
                .map(u -> em.find(OfficerEntity.class, u))
                .map(JpaOfficerDirectory::officer);
    }

    @Override
    public boolean exists(String username) {
        return username != null && em.find(OfficerEntity.class, username) != null;
    }

    @Override
    public List<Officer> ofProvider(String providerCode) {
        return em.createQuery(
                        "SELECT o FROM OfficerEntity o WHERE o.providerCode = :p ORDER BY o.username",
                        OfficerEntity.class)
                .setParameter("p", providerCode)
                .getResultStream()
                .map(JpaOfficerDirectory::officer)
                .toList();
    }

    private static Officer officer(OfficerEntity e) {
        return new Officer(e.username(), e.fullName(), e.providerCode(), e.role());
    }
}
