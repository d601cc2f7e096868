package kz.elicensing.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.application.admin.AuthorizedPersonAdministration;
import kz.elicensing.application.admin.AuthorizedPersonAdministration.NewPerson;
import kz.elicensing.application.admin.AuthorizedPersonAdministration.PersonRow;
import kz.elicensing.application.admin.OfficerAdministration;
import kz.elicensing.application.admin.OfficerAdministration.ProviderOption;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.interfaces.web.shared.PageMessages;

/** admin/authorized-persons.xhtml: a provider's authorized persons, current and past; add one, end one. */
@Named
@ViewScoped
public class AuthorizedPersonsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient AuthorizedPersonAdministration persons;

    @EJB
    transient OfficerAdministration officers;

    @Inject
    transient PageMessages messages;

    private List<ProviderOption> providers;
    private String provider;
    private List<PersonRow> rows = List.of();
    private boolean adding;

    private String iin;
    private String surname;
    private String givenName;
    private String patronymic;
    private String positionRu;
    private String positionKz;
    private LocalDate validFrom;
    private LocalDate validTo;

    @PostConstruct
    void load() {
        providers = officers.providers();
        if (provider == null && !providers.isEmpty()) {
            provider = providers.get(0).code();
        }
        reload();
    }

    /** The table anew for the chosen provider. */
    public void reload() {
        try {
            rows = provider == null || provider.isBlank() ? List.of() : persons.ofProvider(provider);
        } catch (ElicensingException e) {
            rows = List.of();
            messages.refused(e);
        }
    }

    public void startAdd() {
        adding = true;
        iin = null;
        surname = null;
        givenName = null;
        patronymic = null;
        positionRu = null;
        positionKz = null;
        validFrom = null;
        validTo = null;
    }

    public void cancel() {
        adding = false;
    }

    public void save() {
        try {
            PersonRow added = persons.add(
                    actor(),
                    new NewPerson(
                            provider, iin, surname, givenName, patronymic, positionRu, positionKz, validFrom, validTo));
            messages.info("admin", "persons.added", added.fullName(), added.iin());
            adding = false;
            reload();
        } catch (ElicensingException e) {
            messages.refused(e);
        }
    }

    /** Ends the authorization today (Asia/Almaty): today is its last valid day. */
    public void end(PersonRow row) {
        try {
            PersonRow ended = persons.end(actor(), row.id(), null);
            messages.info(
                    "admin", "persons.ended", ended.fullName(), ended.validTo().toString());
            reload();
        } catch (ElicensingException e) {
            messages.refused(e);
        }
    }

    private static String actor() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public List<ProviderOption> getProviders() {
        return providers;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public List<PersonRow> getRows() {
        return rows;
    }

    public boolean isAdding() {
        return adding;
    }

    public String getIin() {
        return iin;
    }

    public void setIin(String iin) {
        this.iin = iin;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getPatronymic() {
        return patronymic;
    }

    public void setPatronymic(String patronymic) {
        this.patronymic = patronymic;
    }

    public String getPositionRu() {
        return positionRu;
    }

    public void setPositionRu(String positionRu) {
        this.positionRu = positionRu;
    }

    public String getPositionKz() {
        return positionKz;
    }

    public void setPositionKz(String positionKz) {
        this.positionKz = positionKz;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
