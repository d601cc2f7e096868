package kz.elicensing.application.query;

/** A signed result exactly as signed, with its printable PDF in the language asked. */
public record PrintedResult(ResultDocument result, byte[] pdf) {}
