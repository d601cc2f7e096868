package kz.elicensing.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import kz.elicensing.application.catalog.CatalogAdministration;
import kz.elicensing.application.catalog.ServiceCatalog;
import kz.elicensing.application.catalog.ServiceCatalog.DocumentEntry;
import kz.elicensing.application.catalog.ServiceCatalog.GroundEntry;
import kz.elicensing.application.catalog.ServiceCatalog.OperationEntry;
import kz.elicensing.application.catalog.ServiceCatalog.SubtypeEntry;
import kz.elicensing.interfaces.web.shared.PageMessages;

/**
 * {@code admin/catalog.xhtml}: one service's catalog at a time (operations with term, unit and fee; required documents;
 * activity subtypes; refusal grounds) and the dialogs that change them. Thin: {@link CatalogAdministration} checks each
 * change (typed refusals) and records it with the admin's login.
 */
@Named("catalogAdmin")
@ViewScoped
public class CatalogPage implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Which dialog is open. */
    public enum Dialog {
        NONE,
        OPERATION,
        DOCUMENT,
        SUBTYPE,
        GROUND
    }

    @Inject
    private transient CatalogAdministration catalog;

    @Inject
    private PageMessages messages;

    private String service;
    private List<ServiceCatalog> services;
    private ServiceCatalog view;
    private Dialog dialog = Dialog.NONE;
    private final CatalogEdit edit = new CatalogEdit();

    /** The fields of whichever dialog is open; {@code existing} when it changes an entry (its code fixed). */
    public static class CatalogEdit implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean existing;
        private String operation;
        private boolean enabled;
        private Integer term;
        private String unit;
        private BigDecimal fee;
        private String code;
        private boolean mandatory;
        private String applicantKind;
        private String nameRu;
        private String nameKz;
        private String basisRu;
        private String basisKz;

        void clear() {
            existing = false;
            operation = null;
            enabled = false;
            term = null;
            unit = null;
            fee = null;
            code = null;
            mandatory = true;
            applicantKind = null;
            nameRu = null;
            nameKz = null;
            basisRu = null;
            basisKz = null;
        }

        public boolean isExisting() {
            return existing;
        }

        public String getOperation() {
            return operation;
        }

        public void setOperation(String operation) {
            this.operation = operation;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Integer getTerm() {
            return term;
        }

        public void setTerm(Integer term) {
            this.term = term;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public BigDecimal getFee() {
            return fee;
        }

        public void setFee(BigDecimal fee) {
            this.fee = fee;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public void setMandatory(boolean mandatory) {
            this.mandatory = mandatory;
        }

        public String getApplicantKind() {
            return applicantKind;
        }

        public void setApplicantKind(String applicantKind) {
            this.applicantKind = applicantKind;
        }

        public String getNameRu() {
            return nameRu;
        }

        public void setNameRu(String nameRu) {
            this.nameRu = nameRu;
        }

        public String getNameKz() {
            return nameKz;
        }

        public void setNameKz(String nameKz) {
            this.nameKz = nameKz;
        }

        public String getBasisRu() {
            return basisRu;
        }

        public void setBasisRu(String basisRu) {
            this.basisRu = basisRu;
        }

        public String getBasisKz() {
            return basisKz;
        }

        public void setBasisKz(String basisKz) {
            this.basisKz = basisKz;
        }
    }

    public List<ServiceCatalog> getServices() {
        if (services == null) {
            services = catalog.services();
        }
        return services;
    }

    /** The chosen service's code (the first one until chosen; {@code ?service=} on the page's address chooses). */
    public String getService() {
        if (service == null && !getServices().isEmpty()) {
            service = getServices().get(0).service();
        }
        return service;
    }

    public void setService(String service) {
        if (service != null && !service.equals(this.service)) {
            this.service = service;
            view = null;
        }
    }

    /** The chosen service's catalog, read fresh after each change. */
    public ServiceCatalog getView() {
        if (view == null && getService() != null) {
            try {
                view = catalog.service(getService());
            } catch (RuntimeException e) {
                messages.refused(SenderPage.refusal(e));
                service = getServices().isEmpty() ? null : getServices().get(0).service();
                view = service == null ? null : catalog.service(service);
            }
        }
        return view;
    }

    public Dialog getDialog() {
        return dialog;
    }

    public CatalogEdit getEdit() {
        return edit;
    }

    public List<String> getUnits() {
        return List.of("WORKING_DAYS", "CALENDAR_DAYS");
    }

    public List<String> getApplicantKinds() {
        return List.of("INDIVIDUAL", "LEGAL_ENTITY");
    }

    public List<String> getOperations() {
        return getView() == null
                ? List.of()
                : getView().operations().stream().map(OperationEntry::operation).toList();
    }

    public void editOperation(OperationEntry o) {
        edit.clear();
        edit.existing = true;
        edit.operation = o.operation();
        edit.enabled = o.enabled();
        edit.term = o.term();
        edit.unit = o.unit();
        edit.fee = o.fee();
        dialog = Dialog.OPERATION;
    }

    public void newDocument() {
        edit.clear();
        edit.operation = getOperations().isEmpty() ? null : getOperations().get(0);
        dialog = Dialog.DOCUMENT;
    }

    public void editDocument(OperationEntry o, DocumentEntry d) {
        edit.clear();
        edit.existing = true;
        edit.operation = o.operation();
        edit.code = d.code();
        edit.mandatory = d.mandatory();
        edit.applicantKind = d.applicantKind();
        edit.nameRu = d.nameRu();
        edit.nameKz = d.nameKz();
        dialog = Dialog.DOCUMENT;
    }

    public void newSubtype() {
        edit.clear();
        dialog = Dialog.SUBTYPE;
    }

    public void editSubtype(SubtypeEntry s) {
        edit.clear();
        edit.existing = true;
        edit.code = s.code();
        edit.nameRu = s.nameRu();
        edit.nameKz = s.nameKz();
        dialog = Dialog.SUBTYPE;
    }

    public void newGround() {
        edit.clear();
        dialog = Dialog.GROUND;
    }

    public void editGround(GroundEntry g) {
        edit.clear();
        edit.existing = true;
        edit.code = g.code();
        edit.nameRu = g.nameRu();
        edit.nameKz = g.nameKz();
        edit.basisRu = g.basisRu();
        edit.basisKz = g.basisKz();
        dialog = Dialog.GROUND;
    }

    public void cancel() {
        dialog = Dialog.NONE;
    }

    /** Saves the open dialog's entry; a refusal keeps the dialog open with the refusal's text. */
    public void save() {
        String admin = SenderPage.admin();
        try {
            switch (dialog) {
                case OPERATION ->
                    catalog.setOperation(
                            admin,
                            service,
                            edit.operation,
                            edit.enabled,
                            edit.term == null ? 0 : edit.term,
                            edit.unit,
                            edit.fee);
                case DOCUMENT ->
                    catalog.putRequiredDocument(
                            admin,
                            service,
                            edit.operation,
                            edit.code,
                            edit.mandatory,
                            edit.applicantKind,
                            edit.nameRu,
                            edit.nameKz);
                case SUBTYPE -> catalog.putActivitySubtype(admin, service, edit.code, edit.nameRu, edit.nameKz);
                case GROUND ->
                    catalog.putRefusalGround(
                            admin, service, edit.code, edit.nameRu, edit.nameKz, edit.basisRu, edit.basisKz);
                case NONE -> {
                    return;
                }
            }
            messages.info("admin", "catalog.saved", service);
            dialog = Dialog.NONE;
            view = null;
        } catch (RuntimeException e) {
            messages.refused(SenderPage.refusal(e));
        }
    }

    public void removeDocument(String operation, String code) {
        removed(catalog.removeRequiredDocument(SenderPage.admin(), service, operation, code), code);
    }

    public void removeSubtype(String code) {
        removed(catalog.removeActivitySubtype(SenderPage.admin(), service, code), code);
    }

    public void removeGround(String code) {
        removed(catalog.removeRefusalGround(SenderPage.admin(), service, code), code);
    }

    private void removed(boolean found, String code) {
        if (found) {
            messages.info("admin", "catalog.removed", code);
        } else {
            messages.error("admin", "catalog.notFound", code);
        }
        view = null;
    }
}
