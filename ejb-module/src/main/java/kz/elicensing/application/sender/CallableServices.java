package kz.elicensing.application.sender;

/** Port: the serviceIds E-licensing answers, the only rights a sender can be given (implemented by the ShEP side). */
public interface CallableServices {

    /** True when E-licensing answers {@code serviceId}. */
    boolean answers(String serviceId);

    /** Every serviceId E-licensing answers, in its own order (none known here: the adapter's implementation lists them). */
    default java.util.List<String> serviceIds() {
        return java.util.List.of();
    }
}
