package kz.elicensing.infrastructure.gateway;

/** A CDI event: the firing transaction queued outbox rows (observed after its commit, to wake the dispatcher). */
public record OutboxQueued() {}
