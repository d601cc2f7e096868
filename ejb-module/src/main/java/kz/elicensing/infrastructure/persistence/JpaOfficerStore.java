package kz.elicensing.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.elicensing.application.admin.OfficerAccount;
import kz.elicensing.application.admin.OfficerStore;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Officers' accounts in the {@code officer} table. Passwords are kept as bcrypt ({@code $2a$}, cost 10), the modular
 * crypt Elytron's jdbc-realm reads (configure.cli: modular-crypt-mapper), like the demo officers of V1000.
 */
@ApplicationScoped
public class JpaOfficerStore implements OfficerStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COST = 10;
    private static final String COLUMNS =
            "SELECT username, full_name, provider_code, officer_role, enabled FROM officer";

    @PersistenceContext(unitName = "elicensing")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<OfficerAccount> all() {
        List<OfficerAccount> accounts = new ArrayList<>();
        for (Object[] row : (List<Object[]>)
                em.createNativeQuery(COLUMNS + " ORDER BY username").getResultList()) {
            accounts.add(account(row));
        }
        return accounts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<OfficerAccount> find(String username) {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " WHERE username = ?1")
                .setParameter(1, username)
                .getResultList();
        return rows.stream().findFirst().map(JpaOfficerStore::account);
    }

    @Override
    public void add(OfficerAccount a, String password) {
        em.createNativeQuery("INSERT INTO officer (username, password_hash, full_name, provider_code, officer_role,"
                        + " enabled) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, a.username())
                .setParameter(2, hash(password))
                .setParameter(3, a.fullName())
                .setParameter(4, a.providerCode())
                .setParameter(5, a.role())
                .setParameter(6, a.enabled())
                .executeUpdate();
    }

    @Override
    public void update(OfficerAccount a) {
        em.createNativeQuery("UPDATE officer SET full_name = ?1, provider_code = ?2, officer_role = ?3, enabled = ?4"
                        + " WHERE username = ?5")
                .setParameter(1, a.fullName())
                .setParameter(2, a.providerCode())
                .setParameter(3, a.role())
                .setParameter(4, a.enabled())
                .setParameter(5, a.username())
                .executeUpdate();
    }

    @Override
    public void setPassword(String username, String password) {
        em.createNativeQuery("UPDATE officer SET password_hash = ?1 WHERE username = ?2")
                .setParameter(1, hash(password))
                .setParameter(2, username)
                .executeUpdate();
    }

    /** The bcrypt modular crypt of {@code password} ({@code $2a$10$...}), as Elytron's modular-crypt mapper reads it. */
    static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2a", password.toCharArray(), salt, COST);
    }

    private static OfficerAccount account(Object[] row) {
        Object enabled = row[4];
        return new OfficerAccount(
                (String) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                enabled instanceof Boolean b ? b : enabled != null && ((Number) enabled).intValue() != 0);
    }
}
