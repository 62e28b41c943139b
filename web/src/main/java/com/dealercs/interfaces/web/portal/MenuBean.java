package com.dealercs.interfaces.web.portal;

import com.dealercs.domain.model.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The left-hand menu of the signed-in portal: one group per area the user's role may enter,
 * linking only pages that exist. Labels come from the {@code msg} bundle in the page's language.
 */
@Named
@RequestScoped
public class MenuBean {

    static final String ADMIN_HOME = "/admin/index.xhtml";
    static final String ADMIN_USERS = "/admin/users.xhtml";
    static final String ADMIN_POLICY = "/admin/policy.xhtml";
    static final String ADMIN_AUDIT = "/admin/audit.xhtml";
    static final String ADMIN_SCHEME = "/admin/scheme.xhtml";
    static final String HQ_HOME = "/hq/index.xhtml";
    static final String HQ_IMPORTS = "/hq/imports.xhtml";
    static final String HQ_SCORECARDS = "/hq/scorecards.xhtml";
    static final String HQ_REPORTS = "/hq/reports.xhtml";
    static final String HQ_WEAK_POINTS = "/hq/weak-points.xhtml";
    static final String HQ_DEALERS = "/hq/dealers.xhtml";
    static final String HQ_ENTRIES = "/hq/entries.xhtml";
    static final String HQ_INSPECTIONS = "/hq/inspections.xhtml";
    static final String DEALER_INSPECTIONS = "/dealer/inspections.xhtml";
    static final String EXECUTIVE_HOME = "/executive/index.xhtml";
    static final String DEALER_HOME = "/dealer/index.xhtml";
    static final String DEALER_SCORECARD = "/dealer/scorecard.xhtml";

    @Inject
    CurrentUser currentUser;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build();
        }
        return model;
    }

    private MenuModel build() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String current = faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
        Role role = currentUser.getRole();
        DefaultMenuModel menu = new DefaultMenuModel();
        if (role == Role.ADMIN) {
            menu.getElements().add(group(msg, "menu.admin",
                    item(msg, "menu.admin.home", "pi pi-cog", ADMIN_HOME, current),
                    item(msg, "menu.admin.users", "pi pi-users", ADMIN_USERS, current),
                    item(msg, "menu.admin.policy", "pi pi-sliders-h", ADMIN_POLICY, current),
                    item(msg, "menu.admin.scheme", "pi pi-list", ADMIN_SCHEME, current),
                    item(msg, "menu.admin.audit", "pi pi-history", ADMIN_AUDIT, current)));
        }
        if (role == Role.SUPERVISOR || role == Role.ADMIN) {
            menu.getElements().add(group(msg, "menu.hq",
                    item(msg, "menu.hq.home", "pi pi-briefcase", HQ_HOME, current),
                    item(msg, "menu.hq.inspections", "pi pi-check-square", HQ_INSPECTIONS, current),
                    item(msg, "menu.hq.imports", "pi pi-upload", HQ_IMPORTS, current),
                    item(msg, "menu.hq.dealers", "pi pi-building", HQ_DEALERS, current),
                    item(msg, "menu.hq.entries", "pi pi-pencil", HQ_ENTRIES, current),
                    item(msg, "menu.hq.scorecards", "pi pi-id-card", HQ_SCORECARDS, current),
                    item(msg, "menu.hq.reports", "pi pi-file-pdf", HQ_REPORTS, current),
                    item(msg, "menu.weakPoints", "pi pi-chart-bar", HQ_WEAK_POINTS, current)));
        }
        if (role == Role.EXECUTIVE) {
            menu.getElements().add(group(msg, "menu.executive",
                    item(msg, "menu.executive.home", "pi pi-chart-line", EXECUTIVE_HOME, current),
                    item(msg, "menu.executive.scorecards", "pi pi-id-card", HQ_SCORECARDS, current),
                    item(msg, "menu.hq.inspections", "pi pi-check-square", HQ_INSPECTIONS, current),
                    item(msg, "menu.executive.reports", "pi pi-file-pdf", HQ_REPORTS, current),
                    item(msg, "menu.hq.dealers", "pi pi-building", HQ_DEALERS, current),
                    item(msg, "menu.weakPoints", "pi pi-chart-bar", HQ_WEAK_POINTS, current)));
        } else if (role == Role.ADMIN) {
            // the scorecards are in the HQ group already
            menu.getElements().add(group(msg, "menu.executive",
                    item(msg, "menu.executive.home", "pi pi-chart-line", EXECUTIVE_HOME, current)));
        }
        if (role == Role.DEALER) {
            menu.getElements().add(group(msg, "menu.dealer",
                    item(msg, "menu.dealer.home", "pi pi-home", DEALER_HOME, current),
                    item(msg, "menu.dealer.scorecard", "pi pi-id-card", DEALER_SCORECARD, current),
                    item(msg, "menu.dealer.inspections", "pi pi-check-square", DEALER_INSPECTIONS, current)));
        }
        return menu;
    }

    private static DefaultSubMenu group(ResourceBundle msg, String key, DefaultMenuItem... items) {
        DefaultSubMenu.Builder group = DefaultSubMenu.builder().label(msg.getString(key));
        for (DefaultMenuItem item : items) {
            group.addElement(item);
        }
        return group.build();
    }

    private static DefaultMenuItem item(ResourceBundle msg, String key, String icon, String viewId, String current) {
        boolean active = viewId.equals(current);
        return DefaultMenuItem.builder()
                .value(msg.getString(key))
                .icon(icon)
                .outcome(viewId)
                .styleClass(active ? "portal-menu-active" : null)
                .containerStyleClass(active ? "portal-menu-item-active" : null)
                .build();
    }
}
