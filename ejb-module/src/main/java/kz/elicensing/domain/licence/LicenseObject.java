package kz.elicensing.domain.licence;

import java.time.Instant;

/** A branch or object of a licensee where the licensed activity is carried on; removed ones stay, marked removed. */
public class LicenseObject {
    private Long id;
    private License license;
    private String address;
    private String description;
    private Instant addedAt;
    private Instant removedAt;

    protected LicenseObject() {}

    LicenseObject(License license, String address, String description, Instant addedAt) {
        this.license = license;
        this.address = address;
        this.description = description;
        this.addedAt = addedAt;
    }

    void remove(Instant at) {
        this.removedAt = at;
    }

    public Long id() {
        return id;
    }

    public String address() {
        return address;
    }

    public String description() {
        return description;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public Instant removedAt() {
        return removedAt;
    }

    public boolean current() {
        return removedAt == null;
    }
}
