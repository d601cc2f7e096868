package kz.elicensing.application;

/** The registered sending systems: checks a sender's password and its right to a serviceId. */
public interface SenderDirectory {

    /** True when {@code senderId} exists and {@code password} is its password. */
    boolean authenticate(String senderId, String password);

    /** True when {@code senderId} may call {@code serviceId}. */
    boolean mayCall(String senderId, String serviceId);
}
