package kz.elicensing.infrastructure.persistence;

/** A CDI event: the firing transaction appended pending evidence (observed after its commit, to wake the chainer). */
public record EvidenceAppended() {}
