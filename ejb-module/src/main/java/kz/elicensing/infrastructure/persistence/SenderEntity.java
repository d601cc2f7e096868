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

/** A registered sending system: its id, password hash, the certificate that signs its messages and the serviceIds it may call. */
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

    protected SenderEntity() {}

    public SenderEntity(String senderId) {
        this.senderId = senderId;
    }

    /** Replaces password hash, certificate binding and rights, and enables the sender. */
    public void register(
            String passwordHash,
            String certificateBin,
            String certificateCn,
            String certificateSha256,
            Set<String> services) {
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
