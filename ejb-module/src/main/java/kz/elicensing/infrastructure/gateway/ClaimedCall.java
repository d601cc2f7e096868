package kz.elicensing.infrastructure.gateway;

import kz.elicensing.application.check.CheckKind;

/**
 * An outbox row this server has claimed: what to call, with the row's own messageId (the same on every try), the
 * attempt number, and the row version the claim set; settling it names that version, so a claim that another server
 * took over after the lease ran out settles nothing.
 */
public record ClaimedCall(
        long id, String messageId, String applicationNumber, CheckKind kind, int attempts, long version) {}
