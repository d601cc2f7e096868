package kz.elicensing.application.check;

import java.time.Clock;
import kz.elicensing.domain.application.ApplicationRepository;

/** Test access: a check service wired by hand (its fields are package-private, as the container injects them). */
public final class CheckServiceAccess {
    private CheckServiceAccess() {}

    /** A check service whose notices to the applicant go nowhere (tests of the checks themselves). */
    public static DefaultCheckService with(ApplicationRepository applications, Clock clock) {
        return with(
                applications,
                new CheckQueue() {
                    @Override
                    public void enqueue(String applicationNumber, CheckKind kind) {}

                    @Override
                    public boolean pending(String applicationNumber, CheckKind kind) {
                        return false;
                    }

                    @Override
                    public void enqueueNotice(
                            String applicationNumber,
                            kz.elicensing.domain.application.ApplicantNotice notice,
                            java.time.Instant at) {}
                },
                clock);
    }

    public static DefaultCheckService with(ApplicationRepository applications, CheckQueue queue, Clock clock) {
        DefaultCheckService checks = new DefaultCheckService();
        checks.applications = applications;
        checks.queue = queue;
        checks.clock = clock;
        return checks;
    }
}
