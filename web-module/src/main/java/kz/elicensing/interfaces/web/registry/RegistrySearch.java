package kz.elicensing.interfaces.web.registry;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kz.elicensing.application.registry.LicenseFilter;
import kz.elicensing.application.registry.LicenseRow;
import kz.elicensing.application.registry.RegistryChoice;
import kz.elicensing.application.registry.RegistryDesk;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.interfaces.web.shared.Language;
import kz.elicensing.interfaces.web.shared.PageMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code officer/registry.xhtml}: the registry's search form and its lazy result table; the database filters, counts
 * and pages ({@link RegistryDesk#search}).
 */
@Named("registrySearch")
@ViewScoped
public class RegistrySearch implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RegistryDesk desk;

    @Inject
    Language lang;

    @Inject
    PageMessages messages;

    private String number;
    private String holderId;
    private String name;
    private String service;
    private String status;
    private String region;
    private boolean own;
    private final Licenses licenses = new Licenses();
    private int counted;
    private int cap = RegistryDesk.COUNT_CAP;

    /** The table's rows: one page of the search at a time. */
    public final class Licenses extends LazyDataModel<LicenseRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                LicenseFilter f = filter();
                cap = RegistryDesk.countCap(f);
                counted = desk.count(user(), f, own);
                return Math.min(counted, cap);
            } catch (ElicensingException e) {
                messages.refused(e);
                counted = 0;
                return 0;
            }
        }

        @Override
        public List<LicenseRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                return desk.search(user(), filter(), own, first, pageSize).rows();
            } catch (ElicensingException e) {
                return List.of();
            }
        }

        @Override
        public String getRowKey(LicenseRow row) {
            return row.number();
        }

        @Override
        public LicenseRow getRowData(String rowKey) {
            return null;
        }
    }

    /** How many licenses were found, as shown: beyond the count's cap "N+" (the count stops there). */
    public String getTotalShown() {
        return counted > cap ? cap + "+" : Integer.toString(counted);
    }

    /** The search button: the table reloads from its first page (the form's update does it). */
    public void search() {
        // the filter fields are bound; the lazy model reads them when the table is rendered again
    }

    /** Clears the form. */
    public void reset() {
        number = null;
        holderId = null;
        name = null;
        service = null;
        status = null;
        region = null;
        own = false;
    }

    private LicenseFilter filter() {
        return new LicenseFilter(number, holderId, name, service, status, region, null);
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public List<RegistryChoice> getServices() {
        return desk.services();
    }

    public List<RegistryChoice> getRegions() {
        return desk.regions();
    }

    public List<String> getStatuses() {
        return desk.statuses();
    }

    /** A choice's name in the person's language. */
    public String nameOf(RegistryChoice c) {
        return lang.isKazakh() ? c.nameKz() : c.nameRu();
    }

    /** A status's name in the person's language. */
    public String statusText(String status) {
        return Messages.text(Messages.locale(lang.getCode()), "license.status." + status);
    }

    /** The service's title of a row in the person's language. */
    public String serviceTitle(LicenseRow row) {
        return lang.isKazakh() ? row.serviceTitleKz() : row.serviceTitleRu();
    }

    public Licenses getLicenses() {
        return licenses;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getHolderId() {
        return holderId;
    }

    public void setHolderId(String holderId) {
        this.holderId = holderId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public boolean isOwn() {
        return own;
    }

    public void setOwn(boolean own) {
        this.own = own;
    }
}
