package kz.elicensing.domain.evidence;

import java.util.List;

/** Packs evidence entries into a signed ASiC-E container (ZIP) that anyone can check without E-licensing. */
public interface EvidenceBundles {

    /** The container of {@code entries} (in sequence order) of one application, signed with E-licensing's key. */
    byte[] bundle(String applicationNumber, List<EvidenceEntry> entries);
}
