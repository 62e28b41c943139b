package com.dealercs.interfaces.web.portal;

import com.dealercs.domain.model.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The left-hand menu of the signed-in portal: one group per area the user's role may enter,
 * linking only pages that exist. Labels come from the {@code msg} bundle in the page's language.
 * The layout writes it as plain links (no component per entry, no script): it is on every page,
 * and a menu component cost a dealer's scorecard page a tenth of its rendering.
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
    static final String ACCOUNT_PASSWORD = "/account/password.xhtml";

    @Inject
    CurrentUser currentUser;

    /** One heading of the menu and its links. */
    public record MenuGroup(String label, List<MenuLink> links) {
    }

    /** One link of the menu: its label, its icon's class, its address and whether it is the page shown. */
    public record MenuLink(String label, String icon, String href, boolean active) {
    }

    private List<MenuGroup> groups;

    public List<MenuGroup> getGroups() {
        if (groups == null) {
            groups = build();
        }
        return groups;
    }

    private List<MenuGroup> build() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String current = faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
        String context = faces.getExternalContext().getRequestContextPath();
        Item item = (key, icon, viewId) -> new MenuLink(msg.getString(key), icon, context + viewId, viewId.equals(current));
        Role role = currentUser.getRole();
        List<MenuGroup> menu = new ArrayList<>();
        if (role == Role.ADMIN) {
            menu.add(group(msg, "menu.admin",
                    item.link("menu.admin.home", "pi pi-cog", ADMIN_HOME),
                    item.link("menu.admin.users", "pi pi-users", ADMIN_USERS),
                    item.link("menu.admin.policy", "pi pi-sliders-h", ADMIN_POLICY),
                    item.link("menu.admin.scheme", "pi pi-list", ADMIN_SCHEME),
                    item.link("menu.admin.audit", "pi pi-history", ADMIN_AUDIT)));
        }
        if (role == Role.SUPERVISOR || role == Role.ADMIN) {
            menu.add(group(msg, "menu.hq",
                    item.link("menu.hq.home", "pi pi-briefcase", HQ_HOME),
                    item.link("menu.hq.inspections", "pi pi-check-square", HQ_INSPECTIONS),
                    item.link("menu.hq.imports", "pi pi-upload", HQ_IMPORTS),
                    item.link("menu.hq.dealers", "pi pi-building", HQ_DEALERS),
                    item.link("menu.hq.entries", "pi pi-pencil", HQ_ENTRIES),
                    item.link("menu.hq.scorecards", "pi pi-id-card", HQ_SCORECARDS),
                    item.link("menu.hq.reports", "pi pi-file-pdf", HQ_REPORTS),
                    item.link("menu.weakPoints", "pi pi-chart-bar", HQ_WEAK_POINTS)));
        }
        if (role == Role.EXECUTIVE) {
            menu.add(group(msg, "menu.executive",
                    item.link("menu.executive.home", "pi pi-chart-line", EXECUTIVE_HOME),
                    item.link("menu.executive.scorecards", "pi pi-id-card", HQ_SCORECARDS),
                    item.link("menu.hq.inspections", "pi pi-check-square", HQ_INSPECTIONS),
                    item.link("menu.executive.reports", "pi pi-file-pdf", HQ_REPORTS),
                    item.link("menu.hq.dealers", "pi pi-building", HQ_DEALERS),
                    item.link("menu.weakPoints", "pi pi-chart-bar", HQ_WEAK_POINTS)));
        } else if (role == Role.ADMIN) {
            // the scorecards are in the HQ group already
            menu.add(group(msg, "menu.executive",
                    item.link("menu.executive.home", "pi pi-chart-line", EXECUTIVE_HOME)));
        }
        if (role == Role.DEALER) {
            menu.add(group(msg, "menu.dealer",
                    item.link("menu.dealer.home", "pi pi-home", DEALER_HOME),
                    item.link("menu.dealer.scorecard", "pi pi-id-card", DEALER_SCORECARD),
                    item.link("menu.dealer.inspections", "pi pi-check-square", DEALER_INSPECTIONS)));
        }
        // every role: the user's own account
        menu.add(group(msg, "menu.account",
                item.link("menu.account.password", "pi pi-key", ACCOUNT_PASSWORD)));
        return menu;
    }

    private static MenuGroup group(ResourceBundle msg, String key, MenuLink... links) {
        return new MenuGroup(msg.getString(key), List.of(links));
    }

    private interface Item {
        MenuLink link(String key, String icon, String viewId);
    }
}
