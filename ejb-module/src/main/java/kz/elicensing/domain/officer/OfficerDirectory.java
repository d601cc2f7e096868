package kz.elicensing.domain.officer;

import java.util.List;
import java.util.Optional;

/** The provider's officers: which provider an officer works for. */
public interface OfficerDirectory {

    /** The provider code of the officer with this login, if there is one. */
    Optional<String> providerOf(String username);

    // walk-in / assignment
    /** The officer with this login: provider and role (a directory that knows no roles gives plain officers). */
    default Optional<Officer> officer(String username) {
        return providerOf(username).map(provider -> new Officer(username, username, provider, "officer"));
    }

    /** True when a person (officer, head or admin, with or without a provider) signs in with this login. */
    default boolean exists(String username) {
        return providerOf(username).isPresent();
    }

    /** The officers of a provider, by login. */
    default List<Officer> ofProvider(String providerCode) {
        return List.of();
    }
}
