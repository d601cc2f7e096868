package kz.elicensing.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import kz.elicensing.application.audit.AdminArea;
import kz.elicensing.application.audit.AdminChange;
import kz.elicensing.application.audit.AdminChangeLog;

/** admin/audit.xhtml: the log of administrative changes, newest first, filtered by area. */
@Named
@ViewScoped
public class AuditPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 500;

    @EJB
    transient AdminChangeLog log;

    private String area;
    private List<AdminChange> changes;

    @PostConstruct
    void load() {
        AdminArea filter = area == null || area.isBlank() ? null : AdminArea.valueOf(area);
        changes = log.recent(filter, null, SHOWN);
    }

    public void filter() {
        load();
    }

    public List<String> getAreas() {
        return Arrays.stream(AdminArea.values()).map(Enum::name).toList();
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public List<AdminChange> getChanges() {
        return changes;
    }
}
