package kz.elicensing.application.decision;

import java.util.List;
import java.util.Optional;
import kz.elicensing.application.query.ApplicationView;

/** An officer's decisions on applications of their own provider (Channel 1, condition 4 and processes 10–11). */
public interface DecisionService {

    /** Applications waiting for the officer's decision. */
    List<ApplicationView> awaitingDecision(String officer);

    /** Applications whose checks could not be made after the last retry (CHECK_FAILED): retry them or refuse. */
    List<ApplicationView> checksFailed(String officer);

    /** Queues the unconfirmed checks of a CHECK_FAILED application again; it is CHECKING until they answer. */
    void retryChecks(String applicationNumber, String officer);

    /**
     * Prepares the approval (license, re-issue, duplicate or order): checks it may be issued, numbers it and builds the
     * unsigned document for the licensor's authorized person to sign. Preparing again returns the same pending result.
     */
    PreparedResult approve(String applicationNumber, String officer);

    /** The catalog's refusal grounds of the application's service (the officer's own provider only). */
    List<RefusalGroundView> refusalGrounds(String applicationNumber, String officer);

    /**
     * Prepares a motivated refusal (IN_REVIEW or CHECK_FAILED): a ground chosen from the catalog's grounds of the
     * service, plus the officer's own motivation in both languages (Reg. 000 §2.2(14), process 10), unsigned.
     */
    PreparedResult refuse(
            String applicationNumber, String officer, String groundCode, String commentRu, String commentKz);

    /** The application's result prepared and waiting for its signature, if any. */
    Optional<PreparedResult> pending(String applicationNumber, String officer);

    /**
     * Issues a prepared result signed by the licensor's authorized person, once the signature passes every check
     * (RESULT_* refusals otherwise: nothing is issued and the prepared result stays).
     */
    IssuedResult sign(String token, byte[] signedXml, String officer);

    /** The service's own procedure of steps (service 8), if it has one. */
    Optional<ProcedureView> procedure(String serviceCode);

    /** Marks the application's current procedure step done and enters the next with its deadline (service 8). */
    void advance(String applicationNumber, String officer);
}
