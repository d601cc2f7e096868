package kz.elicensing.domain.workflow;

import java.time.LocalDate;

/** When an application counts as registered and the last day of its term. */
public record Deadline(LocalDate registrationDay, LocalDate lastDay) {}
