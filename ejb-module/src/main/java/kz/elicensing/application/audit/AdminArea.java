package kz.elicensing.application.audit;

/** What an administrative change was made to. */
public enum AdminArea {
    SENDER,
    CATALOG,
    OFFICER,
    CALENDAR,
    AUTHORIZED_PERSON
}
