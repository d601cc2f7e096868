package kz.elicensing.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The scriptable API under {@code /api} (Jakarta REST, JSON-B): {@code /api/admin/*} for the administrators' scripts,
 * {@code /api/officer/*} for decisions from a script; signed in like the pages (FORM, session cookie), every change with
 * the header {@code X-Requested-By} (docs/api.md).
 */
@ApplicationPath("api")
public class ApiApplication extends Application {}
