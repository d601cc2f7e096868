package kz.elicensing.application.evidence;

/** The administrator's view of the evidence log: verify the whole chain, export one application's evidence. */
public interface EvidenceService {

    /** Verifies every row of the chain against its hashes and the head. */
    ChainReport verify();

    /** The signed ASiC-E bundle of every entry linked to the application; APPLICATION_NOT_FOUND when there is none. */
    byte[] export(String applicationNumber);
}
