package kz.elicensing.application.admin;

import java.util.List;
import java.util.Optional;

/** Port to the officers' accounts (table {@code officer}, read by Elytron's jdbc-realm at sign-in). */
public interface OfficerStore {

    /** Every account, by login. */
    List<OfficerAccount> all();

    Optional<OfficerAccount> find(String username);

    /** Adds the account with {@code password} kept only as the hash the realm checks (bcrypt, modular crypt). */
    void add(OfficerAccount account, String password);

    /** Writes full name, provider, role and enabled of an existing account. */
    void update(OfficerAccount account);

    /** Replaces the account's password (kept as its hash). */
    void setPassword(String username, String password);
}
