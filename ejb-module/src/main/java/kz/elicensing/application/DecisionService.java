package kz.elicensing.application;

import java.util.List;

/** An officer's decisions on applications of their own provider (Channel 1, condition 4 and processes 10–11). */
public interface DecisionService {

    /** Applications waiting for the officer's decision. */
    List<ApplicationView> awaitingDecision(String officer);

    /** Applications whose checks could not be made after the last retry (CHECK_FAILED): retry them or refuse. */
    List<ApplicationView> checksFailed(String officer);

    /** Queues the unconfirmed checks of a CHECK_FAILED application again; it is CHECKING until they answer. */
    void retryChecks(String applicationNumber, String officer);

    /** Issues the license: numbers it, signs it, writes it to the registry. Returns the license number. */
    String approve(String applicationNumber, String officer);

    /** Refuses (IN_REVIEW or CHECK_FAILED) with a signed, motivated refusal whose reason is given in both languages. */
    void refuse(String applicationNumber, String officer, String reasonRu, String reasonKz);
}
