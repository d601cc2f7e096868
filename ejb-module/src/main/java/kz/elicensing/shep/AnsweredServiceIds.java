package kz.elicensing.shep;

import jakarta.enterprise.context.ApplicationScoped;
import kz.elicensing.application.sender.CallableServices;

/** The serviceIds a sender may be given the right to call: those the ShEP adapter answers ({@link ServiceId}). */
@ApplicationScoped
public class AnsweredServiceIds implements CallableServices {

    @Override
    public boolean answers(String serviceId) {
        return ServiceId.known(serviceId);
    }

    @Override
    public java.util.List<String> serviceIds() {
        return java.util.Arrays.stream(ServiceId.values())
                .map(ServiceId::wireName)
                .toList();
    }
}
