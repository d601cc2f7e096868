package kz.elicensing.application.admin;

/**
 * An officer's account as an administrator sees it: login, full name, provider (none for an administrator), role
 * ({@code officer}, {@code head} or {@code admin}) and whether it may sign in. Never the password hash.
 */
public record OfficerAccount(String username, String fullName, String providerCode, String role, boolean enabled) {}
