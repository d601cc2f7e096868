package kz.elicensing.application.deadline;

import java.util.List;

/** Port: the questionnaires kept, at most one per application (the store's key holds that even for two at once). */
public interface QuestionnaireStore {

    /** True when the application's questionnaire has been answered. */
    boolean answered(String applicationNumber);

    /** Keeps the answer; a second one for the same application fails on the store's key. */
    void add(QuestionnaireAnswer answer);

    /** Every answer about the provider's applications, by service code. */
    List<QuestionnaireAnswer> ofProvider(String providerCode);
}
