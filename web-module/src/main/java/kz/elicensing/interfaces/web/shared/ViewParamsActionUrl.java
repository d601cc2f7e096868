package kz.elicensing.interfaces.web.shared;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's forms post to the page's own address with its view parameters (e.g. {@code case.xhtml?number=...}), so that a
 * post whose session has ended comes back, after sign-in, to the same page of the same record (AjaxSignInFilter).
 */
public class ViewParamsActionUrl extends ViewHandlerWrapper {

    public ViewParamsActionUrl(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId())) {
            return url;
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (UIViewParameter p : ViewMetadata.getViewParameters(root)) {
            String value = p.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                params.put(p.getName(), List.of(value));
            }
        }
        return params.isEmpty() ? url : context.getExternalContext().encodeBookmarkableURL(url, params);
    }
}
