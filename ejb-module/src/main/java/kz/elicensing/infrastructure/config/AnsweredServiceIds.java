package kz.elicensing.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import kz.elicensing.application.sender.CallableServices;
import kz.elicensing.shep.ServiceIds;

/** The serviceIds a sender may be given the right to call: those the ShEP adapter answers. */
@ApplicationScoped
public class AnsweredServiceIds implements CallableServices {

    @Override
    public boolean answers(String serviceId) {
        return serviceId != null && ServiceIds.ALL.contains(serviceId);
    }
}
