package kz.elicensing.application.check;

import java.time.Clock;
import kz.elicensing.domain.application.ApplicationRepository;

/** Test access: a check service wired by hand (its fields are package-private, as the container injects them). */
public final class CheckServiceAccess {
    private CheckServiceAccess() {}

    public static DefaultCheckService with(ApplicationRepository applications, CheckQueue queue, Clock clock) {
        DefaultCheckService checks = new DefaultCheckService();
        checks.applications = applications;
        checks.queue = queue;
        checks.clock = clock;
        return checks;
    }
}
