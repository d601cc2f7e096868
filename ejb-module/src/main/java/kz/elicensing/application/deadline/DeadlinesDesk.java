package kz.elicensing.application.deadline;

/** The officer's deadlines and quality page: one read of the provider's watch list, SLA and questionnaire. */
public interface DeadlinesDesk {

    /** The overview of the officer's provider (OFFICER_NOT_ALLOWED for someone who is not an officer). */
    DeadlinesOverview overview(String officer);
}
