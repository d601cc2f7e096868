package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An officer's account: login, provider and role. The password hash is checked by Elytron's jdbc-realm, not here. */
@Entity
@Table(name = "officer")
public class OfficerEntity {
    @Id
    @Column(name = "username")
    private String username;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "provider_code")
    private String providerCode;

    @Column(name = "officer_role")
    private String role;

    protected OfficerEntity() {}

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String providerCode() {
        return providerCode;
    }

    public String role() {
        return role;
    }
}
