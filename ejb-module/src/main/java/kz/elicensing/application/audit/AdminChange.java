package kz.elicensing.application.audit;

import java.time.Instant;

/** One administrative change as kept: when, by whom, to what (area and subject), what was done, and its detail. */
public record AdminChange(
        long id, Instant changedAt, String actor, AdminArea area, String subject, String action, String detail) {}
