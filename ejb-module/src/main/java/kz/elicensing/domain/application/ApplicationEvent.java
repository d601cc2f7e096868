package kz.elicensing.domain.application;

import java.time.Instant;

/** One step of an application's history: the state it reached, when, by whom, and why. */
public class ApplicationEvent {
    private Long id;
    private LicenseApplication application;
    private ApplicationStatus status;
    private Instant at;
    private ActorRole actorRole;
    private String actor;
    private String note;

    protected ApplicationEvent() {}

    ApplicationEvent(
            LicenseApplication application,
            ApplicationStatus status,
            Instant at,
            ActorRole actorRole,
            String actor,
            String note) {
        this.application = application;
        this.status = status;
        this.at = at;
        this.actorRole = actorRole;
        this.actor = actor;
        this.note = note;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant at() {
        return at;
    }

    public ActorRole actorRole() {
        return actorRole;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }
}
