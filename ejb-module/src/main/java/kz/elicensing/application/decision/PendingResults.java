package kz.elicensing.application.decision;

import java.util.Optional;

/** Port: the prepared results waiting for a signature (table pending_result), one per application. */
public interface PendingResults {

    Optional<PendingResult> byToken(String token);

    Optional<PendingResult> bySubject(String subject);

    void add(PendingResult pending);

    void remove(String token);
}
