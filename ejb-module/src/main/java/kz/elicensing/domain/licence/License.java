package kz.elicensing.domain.licence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.elicensing.domain.application.ActivityObject;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.RegistryExtract;

/**
 * A license in the national registry: its number, holder, licensor, status and the signed document. Every change
 * (status, re-issue, duplicate, objects) moves {@link #changedAt()}, so each one writes the license's own row; the
 * mapping keeps a version there (optimistic locking), and of two transactions changing one license the second to
 * write loses instead of overwriting the first.
 */
public class License {
    private Long id;
    private String number;
    private String applicationNumber;
    private String serviceCode;
    private String providerCode;
    private String holderId;
    private String holderName;
    private String holderNameKz;
    private String holderAddress;
    private String holderHeadIin;
    private String holderHeadName;
    private LicenseStatus status;
    private Instant issuedAt;
    private byte[] signedDocument;
    private String baseNumber;
    private String successorNumber;
    private String activitySubtypes;
    private Instant changedAt;
    /** Optimistic-locking version, kept by the mapping (META-INF/orm.xml); the domain never reads or sets it. */
    private long version;

    private List<LicenseEvent> history = new ArrayList<>();
    private List<LicenseObject> objects = new ArrayList<>();
    private List<LicenseDuplicate> duplicates = new ArrayList<>();

    protected License() {}

    public License(
            LicenseNumber number,
            String applicationNumber,
            String serviceCode,
            String providerCode,
            String holderId,
            String holderName,
            Instant issuedAt) {
        this.number = number.value();
        this.applicationNumber = Objects.requireNonNull(applicationNumber);
        this.serviceCode = Objects.requireNonNull(serviceCode);
        this.providerCode = Objects.requireNonNull(providerCode);
        this.holderId = Objects.requireNonNull(holderId);
        this.holderName = holderName;
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.status = LicenseStatus.ISSUED;
        this.changedAt = issuedAt;
        history.add(
                new LicenseEvent(this, LicenseAction.ISSUE, status, LicenseChange.system(issuedAt, applicationNumber)));
    }

    /** A re-issue of {@code base} for the same holder that keeps its subtypes and current objects (a new name only). */
    public static License reissueOf(
            License base, LicenseNumber number, String applicationNumber, String holderName, Instant issuedAt) {
        return reissueOf(base, number, applicationNumber, base.holderId, holderName, List.of(), List.of(), issuedAt);
    }

    /**
     * A license re-issuing {@code base} with the re-issue application's data: its holder (the same, or the successor a
     * reorganisation names), the holder's name, the activity subtypes and the branches or objects it names (none named:
     * the base's subtypes and current objects carry over). It points to the base, and the base, replaced, becomes
     * REISSUED and points to it.
     */
    public static License reissueOf(
            License base,
            LicenseNumber number,
            String applicationNumber,
            String holderId,
            String holderName,
            List<String> subtypes,
            List<ActivityObject> objects,
            Instant issuedAt) {
        License l = draftReissueOf(base, number, applicationNumber, holderId, holderName, subtypes, objects, issuedAt);
        base.apply(
                LicenseAction.REPLACED,
                LicenseChange.system(
                        issuedAt,
                        "re-issued as " + number.value()
                                + (l.holderId.equals(base.holderId) ? "" : " to " + l.holderId)));
        base.successorNumber = number.value();
        return l;
    }

    /**
     * The re-issuing license as {@link #reissueOf} makes it, leaving {@code base} as it is: the content of a result
     * prepared for signing (the base is replaced only when the signed result is issued).
     */
    public static License draftReissueOf(
            License base,
            LicenseNumber number,
            String applicationNumber,
            String holderId,
            String holderName,
            List<String> subtypes,
            List<ActivityObject> objects,
            Instant issuedAt) {
        License l = new License(
                number,
                applicationNumber,
                base.serviceCode,
                base.providerCode,
                holderId == null ? base.holderId : holderId,
                holderName == null ? base.holderName : holderName,
                issuedAt);
        if (holderName == null) {
            l.holderNameKz = base.holderNameKz;
            l.holderAddress = base.holderAddress;
            l.holderHeadIin = base.holderHeadIin;
            l.holderHeadName = base.holderHeadName;
        }
        l.history.clear();
        String why = "re-issue of " + base.number
                + (l.holderId.equals(base.holderId) ? "" : " held by " + base.holderId + " (successor)");
        l.history.add(new LicenseEvent(l, LicenseAction.REISSUE, l.status, LicenseChange.system(issuedAt, why)));
        l.baseNumber = base.number;
        l.activitySubtypes =
                subtypes == null || subtypes.isEmpty() ? base.activitySubtypes : String.join(",", subtypes);
        if (objects == null || objects.isEmpty()) {
            base.objects.stream()
                    .filter(LicenseObject::current)
                    .forEach(o -> l.objects.add(new LicenseObject(l, o.address(), o.description(), issuedAt)));
        } else {
            objects.forEach(o -> l.objects.add(new LicenseObject(l, o.address(), o.description(), issuedAt)));
        }
        return l;
    }

    /**
     * The holder as the registry recorded it when the application was checked: names in ru and kk, address and head
     * (the license names these, never the applicant's own text).
     */
    public void describeHolder(RegistryExtract registry) {
        this.holderName = registry.nameRu();
        this.holderNameKz = registry.nameKz();
        this.holderAddress = registry.address();
        this.holderHeadIin = registry.headIin();
        this.holderHeadName = registry.headName();
    }

    /** Records a duplicate issued on an application: same number and content, signed as a duplicate. */
    public void addDuplicate(String applicationNumber, Instant at, byte[] signedDuplicate) {
        apply(LicenseAction.DUPLICATE, LicenseChange.system(at, "duplicate on " + applicationNumber));
        duplicates.add(new LicenseDuplicate(this, applicationNumber, at, signedDuplicate));
    }

    /** The activity subtypes and the branches or objects the license covers, from its application. */
    public void cover(List<String> subtypes, List<ActivityObject> named, Instant at) {
        this.activitySubtypes = String.join(",", subtypes);
        for (ActivityObject o : named) {
            objects.add(new LicenseObject(this, o.address(), o.description(), at));
        }
    }

    /** Suspends, resumes or terminates the license on an officer's, a court's or an authority's reasoned decision. */
    public void change(LicenseAction action, LicenseChange change) {
        if (action != LicenseAction.SUSPEND && action != LicenseAction.RESUME && action != LicenseAction.TERMINATE) {
            throw new IllegalArgumentException(action + " is not a status change");
        }
        apply(action, change);
    }

    /** As {@link #change(LicenseAction, LicenseChange)}, on an act the licensor's authorized person signed, kept with its event. */
    public void change(LicenseAction action, LicenseChange change, SignedAct act) {
        change(action, change);
        history.get(history.size() - 1).attach(act);
    }

    /**
     * Refuses (as the change itself would) a status change the license's status does not allow now, or one without its
     * reason or decision; changes nothing.
     */
    public void checkChange(LicenseAction action, LicenseChange change) {
        if (action != LicenseAction.SUSPEND && action != LicenseAction.RESUME && action != LicenseAction.TERMINATE) {
            throw new IllegalArgumentException(action + " is not a status change");
        }
        allowed(action, change);
    }

    /** Adds a branch or object where the activity is carried on. */
    public LicenseObject addObject(String address, String description, LicenseChange change) {
        if (address == null || address.isBlank()) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "an object needs its address");
        }
        apply(LicenseAction.ADD_OBJECT, change);
        LicenseObject o = new LicenseObject(this, address.strip(), description, change.at());
        objects.add(o);
        return o;
    }

    /** Removes a current branch or object (it stays in the registry, marked removed). */
    public void removeObject(long objectId, LicenseChange change) {
        LicenseObject o = objects.stream()
                .filter(x -> x.id() != null && x.id() == objectId && x.current())
                .findFirst()
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.OPERATION_NOT_ALLOWED, "license " + number + " has no current object " + objectId));
        apply(LicenseAction.REMOVE_OBJECT, change);
        o.remove(change.at());
    }

    private void apply(LicenseAction action, LicenseChange change) {
        allowed(action, change);
        status = status.after(action);
        changedAt = change.at();
        history.add(new LicenseEvent(this, action, status, change));
    }

    private void allowed(LicenseAction action, LicenseChange change) {
        if (!status.allowed().contains(action)) {
            throw ElicensingException.withMessage(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    "error.LICENSE_STATE_" + status.name(),
                    "license " + number + " is " + status + ": " + action + " is not allowed",
                    number);
        }
        if (!change.complete()) {
            throw ElicensingException.withMessage(
                    ErrorCode.SCHEMA_VIOLATION,
                    "error.LICENSE_CHANGE_UNREASONED",
                    action + " of " + number + " without its reason or decision");
        }
    }

    /** Keeps the signed license document, exactly as signed. */
    public void attachSignedDocument(byte[] document) {
        this.signedDocument = document.clone();
    }

    public String number() {
        return number;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String providerCode() {
        return providerCode;
    }

    public String holderId() {
        return holderId;
    }

    /** The holder's name (in Russian where the registry gave both). */
    public String holderName() {
        return holderName;
    }

    /** The holder's name in Kazakh, as the registry spells it (the Russian one when no registry gave it). */
    public String holderNameKz() {
        return holderNameKz == null ? holderName : holderNameKz;
    }

    /** The holder's address as the registry recorded it, or null. */
    public String holderAddress() {
        return holderAddress;
    }

    /** The IIN of the holder's head (a legal entity's leader per GBD UL), or null. */
    public String holderHeadIin() {
        return holderHeadIin;
    }

    /** The name of the holder's head per GBD UL, or null. */
    public String holderHeadName() {
        return holderHeadName;
    }

    public LicenseStatus status() {
        return status;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
    /** When the registry entry last changed: its issue, or the latest change since. */
    public Instant changedAt() {
        return changedAt;
    }

    public byte[] signedDocument() {
        return signedDocument == null ? null : signedDocument.clone();
    }
    /** The license this one re-issued, or null. */
    public String baseNumber() {
        return baseNumber;
    }
    /** The license that re-issued (replaced) this one, or null. */
    public String successorNumber() {
        return successorNumber;
    }

    public List<String> activitySubtypes() {
        return activitySubtypes == null || activitySubtypes.isBlank()
                ? List.of()
                : List.of(activitySubtypes.split(","));
    }

    public List<LicenseEvent> history() {
        return List.copyOf(history);
    }

    public List<LicenseObject> objects() {
        return List.copyOf(objects);
    }

    public List<LicenseDuplicate> duplicates() {
        return List.copyOf(duplicates);
    }
}
