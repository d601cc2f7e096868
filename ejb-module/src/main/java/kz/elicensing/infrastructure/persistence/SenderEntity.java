package kz.elicensing.infrastructure.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A registered sending system: id, password hash, the certificate that signs its messages, the serviceIds it may call, its kind and bound providers. */
@Entity
@Table(name = "sender")
public class SenderEntity {
    @Id
    @Column(name = "sender_id")
    private String senderId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "certificate_bin")
    private String certificateBin;

    @Column(name = "certificate_cn")
    private String certificateCn;

    @Column(name = "certificate_sha256")
    private String certificateSha256;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sender_right", joinColumns = @JoinColumn(name = "sender_id"))
    @Column(name = "service_id")
    private Set<String> allowedServices = new HashSet<>();

    @Column(name = "sender_kind", nullable = false)
    private String kind = "SYSTEM";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sender_provider", joinColumns = @JoinColumn(name = "sender_id"))
    @Column(name = "provider_code")
    private Set<String> providers = new HashSet<>();

    protected SenderEntity() {}

    public SenderEntity(String senderId) {
        this.senderId = senderId;
    }

    /** Replaces password hash, certificate binding, rights, kind and bound providers, and enables the sender. */
    public void register(
            String passwordHash,
            String certificateBin,
            String certificateCn,
            String certificateSha256,
            Set<String> services,
            String kind,
            Set<String> providers) {
        this.kind = kind;
        this.providers.clear();
        this.providers.addAll(providers);
        this.passwordHash = passwordHash;
        this.certificateBin = certificateBin;
        this.certificateCn = certificateCn;
        this.certificateSha256 = certificateSha256;
        this.allowedServices.clear();
        this.allowedServices.addAll(services);
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public String senderId() {
        return senderId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<String> allowedServices() {
        return Set.copyOf(allowedServices);
    }

    /** SYSTEM or AUTHORITY (a court's or authority's system). */
    public String kind() {
        return kind;
    }

    /** The providers the sender is bound to. */
    public Set<String> providers() {
        return Set.copyOf(providers);
    }

    public String certificateBin() {
        return certificateBin;
    }

    public String certificateCn() {
        return certificateCn;
    }

    public String certificateSha256() {
        return certificateSha256;
    }
}
