package kz.elicensing.interfaces.rest.admin;

/** The answer to a change of the admin API: {@code {"ok":true}}, or {@code {"ok":false}} (404) when nothing was found. */
public record Done(boolean ok) {}
