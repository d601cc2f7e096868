package kz.elicensing.interfaces.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.elicensing.application.query.CaseFile;
import kz.elicensing.application.query.OfficerCases;
import kz.elicensing.application.query.WorklistFilter;
import kz.elicensing.application.query.WorklistPage;
import kz.elicensing.application.query.WorklistRow;
import kz.elicensing.application.walkin.OfficerView;
import kz.elicensing.application.walkin.WalkInService;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.interfaces.web.shared.PageMessages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The worklist page ({@code officer/index.xhtml}): the filter form, the lazily paged table (each page one query of the
 * application layer), and the head's assignment. Thin: the filtering, sorting and paging are the query's.
 */
@Named("worklist")
@ViewScoped
public class WorklistBean implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The table's sort fields (p:column field) and the query's sort keys. */
    private static final Map<String, String> SORTS = Map.of(
            "number", "number",
            "status", "status",
            "serviceCode", "service",
            "applicantName", "applicant",
            "receivedAt", "received",
            "deadline", "deadline",
            "assignedOfficer", "assignee");

    @EJB
    private OfficerCases cases;

    @EJB
    private WalkInService walkIn;

    @Inject
    private PageMessages messages;

    private String status = WorklistFilter.OPEN;
    private String service;
    private String mark;
    private String assignee;
    private String text;
    private boolean mine;
    private final Map<String, String> assignTo = new HashMap<>();
    private List<CaseFile.Labelled> services;
    private List<OfficerView> colleagues;
    private final LazyDataModel<WorklistRow> rows = new Rows();

    @PostConstruct
    void init() {
        services = cases.services();
        colleagues = isHead() ? walkIn.colleagues(me()) : List.of();
    }

    /** The filter as the query takes it, sorted as asked. */
    WorklistFilter filter(String sortBy, boolean descending) {
        return new WorklistFilter(status, service, mark, assignee, text, mine, sortBy, descending);
    }

    /** The head gives the row's application to the chosen officer (blank: back to the unassigned ones). */
    public void assign(String number) {
        String target = assignTo.get(number);
        try {
            walkIn.assign(me(), number, target);
            messages.info("cases", "worklist.assigned", number, target == null || target.isBlank() ? "—" : target);
        } catch (RuntimeException e) {
            ElicensingException refusal = Refusals.of(e);
            if (refusal == null) {
                throw e;
            }
            messages.refused(refusal);
        }
    }

    /** The filter applies from the first page on. */
    public void toFirstPage() {
        DataTable table =
                (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(":wl:worklist");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** Clears the filters and shows the first page. */
    public void resetAndFirstPage() {
        reset();
        toFirstPage();
    }

    /** Whom the assignee filter offers: the head every officer of the provider, an officer only themselves. */
    public List<OfficerView> getAssignees() {
        return isHead() ? colleagues : List.of(new OfficerView(me(), me(), false));
    }

    /** Clears every filter. */
    public void reset() {
        status = WorklistFilter.OPEN;
        service = null;
        mark = null;
        assignee = null;
        text = null;
        mine = false;
    }

    public boolean isHead() {
        return external().isUserInRole(OfficerView.HEAD_ROLE);
    }

    private static String me() {
        return external().getRemoteUser();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    public List<ApplicationStatus> getStatuses() {
        return List.of(ApplicationStatus.values());
    }

    public List<CaseFile.Labelled> getServices() {
        return services;
    }

    public List<OfficerView> getColleagues() {
        return colleagues;
    }

    public LazyDataModel<WorklistRow> getRows() {
        return rows;
    }

    public Map<String, String> getAssignTo() {
        return assignTo;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getMark() {
        return mark;
    }

    public void setMark(String mark) {
        this.mark = mark;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    /**
     * One page of the table = one call of the worklist query: the page after one already shown is sought by its
     * cursor (keyset pagination), a page jumped to by its offset.
     */
    private final class Rows extends LazyDataModel<WorklistRow> {
        private static final long serialVersionUID = 1L;

        /** The next page's cursor by its first row, for the filter and sort they were read with. */
        private final Map<Integer, String> cursors = new HashMap<>();

        private WorklistFilter cursorsOf;
        private int cursorsPageSize;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(
                        Integer.MAX_VALUE,
                        cases.worklistAfter(me(), filter("deadline", false), null, 1)
                                .total());
            } catch (RuntimeException e) {
                ElicensingException refusal = Refusals.of(e);
                if (refusal == null) {
                    throw e;
                }
                messages.refused(refusal);
                return 0;
            }
        }

        @Override
        public List<WorklistRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            WorklistPage page = page(first, pageSize, sortBy);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.rows();
        }

        private WorklistPage page(int first, int pageSize, Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy == null
                    ? null
                    : sortBy.values().stream()
                            .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                            .findFirst()
                            .orElse(null);
            String key = sort == null ? "deadline" : SORTS.getOrDefault(sort.getField(), "deadline");
            boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
            WorklistFilter f = filter(key, descending);
            if (!f.equals(cursorsOf) || pageSize != cursorsPageSize) {
                cursors.clear();
                cursorsOf = f;
                cursorsPageSize = pageSize;
            }
            try {
                String after = cursors.get(first);
                WorklistPage page = first == 0 || after != null
                        ? cases.worklistAfter(me(), f, after, pageSize)
                        : cases.worklist(me(), f, first, pageSize);
                if (page.next() != null) {
                    cursors.put(first + pageSize, page.next());
                }
                return page;
            } catch (RuntimeException e) {
                ElicensingException refusal = Refusals.of(e);
                if (refusal == null) {
                    throw e;
                }
                messages.refused(refusal);
                return new WorklistPage(List.of(), 0);
            }
        }

        @Override
        public String getRowKey(WorklistRow row) {
            return row.number();
        }

        @Override
        public WorklistRow getRowData(String rowKey) {
            return getWrappedData().stream()
                    .filter(r -> r.number().equals(rowKey))
                    .findFirst()
                    .orElse(null);
        }
    }
}
