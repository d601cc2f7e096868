package kz.elicensing.domain.application;

/** The portal's inbox of the applicant (the e-government portal, reached through ShEP): where notices are delivered. */
public interface ApplicantPortal {

    /**
     * Delivers the notice under {@code messageId} (the same on every retry, so the portal keeps it once); throws an
     * {@code ElicensingException} with {@code UPSTREAM_UNAVAILABLE} when it should be tried again.
     */
    void deliver(PortalNotice notice, String messageId);
}
