package kz.elicensing.infrastructure.persistence;

import kz.elicensing.domain.application.LicenseApplication;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/** Registers {@link SlaRollupListener} on the application's mapping (persistence.xml's eclipselink.session.customizer). */
public final class SlaRollupCustomizer implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        session.getDescriptor(LicenseApplication.class).getEventManager().addListener(new SlaRollupListener());
    }
}
