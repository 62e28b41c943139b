package com.dealercs.interfaces.web.portal;

import com.dealercs.application.AccountUpdate;
import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.ConflictException;
import com.dealercs.application.NewUserAccount;
import com.dealercs.application.PasswordReset;
import com.dealercs.application.SystemInfo;
import com.dealercs.application.SystemInfoService;
import com.dealercs.application.UserAccountService;
import com.dealercs.application.UserAccountView;
import com.dealercs.domain.model.identity.PasswordPolicy;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.interfaces.web.security.SignInThrottle;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The administrator's account pages: the list of accounts, the form that creates one, and the
 * account and system summary of the administration home page. Refusals of the account service
 * come back as messages in the user's language, next to the field they concern.
 */
@Named
@ViewScoped
public class UserAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UserAdminBean.class.getName());

    /** The distributor works on Beijing time; stored instants are UTC. */
    static final String FORM_ID = "createForm";

    @Inject
    transient UserAccountService accounts;

    @Inject
    transient SystemInfoService systemInfoService;

    @Inject
    transient SignInThrottle throttle;

    static final String EDIT_FORM_ID = "editForm";

    private String searchText;
    private String searchRole;
    private String searchEnabled;
    private AccountRow selected;
    private String editRole;
    private String editDealerCode;
    /** Shown once, right after the reset that made it; never kept beyond the next action. */
    private String temporaryPassword;

    private List<AccountRow> rows;
    private transient SystemInfo systemInfo;
    private transient boolean systemInfoLoaded;

    private String username;
    private String password;
    private String role;
    private String dealerCode;

    /** The accounts the search finds (all of them without criteria), by username. */
    public List<AccountRow> getAccounts() {
        if (rows == null) {
            Boolean enabled = searchEnabled == null || searchEnabled.isEmpty() ? null : Boolean.valueOf(searchEnabled);
            java.util.Set<String> delayed = throttle.delayedUsernames();
            rows = accounts.search(searchText, searchRole, enabled).stream()
                    .map(view -> new AccountRow(view, delayed.contains(view.username())))
                    .sorted(Comparator.comparing(AccountRow::getUsername))
                    .toList();
        }
        return rows;
    }

    /** Runs the search again with the criteria as entered. */
    public void search() {
        rows = null;
    }

    public void clearSearch() {
        searchText = null;
        searchRole = null;
        searchEnabled = null;
        rows = null;
    }

    /** Opens the account in the edit card. */
    public void select(String username) {
        AccountRow row = getAccounts().stream().filter(r -> r.getUsername().equals(username)).findFirst().orElse(null);
        if (row == null) {
            return;
        }
        selected = row;
        editRole = row.getRoleName();
        editDealerCode = row.getDealerCode();
        temporaryPassword = null;
    }

    public void closeEdit() {
        selected = null;
        temporaryPassword = null;
    }

    /** Whether the edit card holds a dealer role, which needs a dealer code. */
    public boolean isEditDealerRole() {
        return Role.DEALER.name().equals(editRole);
    }

    public void save() {
        String code = isEditDealerRole() && editDealerCode != null ? editDealerCode.strip().toUpperCase(Locale.ROOT) : null;
        change(() -> accounts.update(selected.getUsername(), new AccountUpdate(editRole, code, null)), "users.edit.saved");
    }

    public void disable() {
        change(() -> accounts.update(selected.getUsername(), new AccountUpdate(null, null, false)), "users.edit.disabled");
    }

    public void enable() {
        change(() -> accounts.update(selected.getUsername(), new AccountUpdate(null, null, true)), "users.edit.enabled");
    }

    /** A server-made temporary password, shown once in the edit card. */
    public void resetPassword() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            temporaryPassword = accounts.resetPassword(selected.getUsername(), new PasswordReset(null)).temporaryPassword();
            refresh();
            PageTexts.info(faces, PageTexts.text(faces, "users.edit.reset", selected.getUsername()));
        } catch (ApplicationFailure e) {
            FormProblems.show(faces, EDIT_FORM_ID, e);
        }
    }

    public void unlock() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            throttle.liftLocks(accounts.recordLockLifted(selected.getUsername()));
            refresh();
            PageTexts.info(faces, PageTexts.text(faces, "users.edit.unlocked", selected.getUsername()));
        } catch (ApplicationFailure e) {
            FormProblems.show(faces, EDIT_FORM_ID, e);
        }
    }

    private void change(java.util.function.Supplier<UserAccountView> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        temporaryPassword = null;
        try {
            action.get();
            refresh();
            PageTexts.info(faces, PageTexts.text(faces, doneKey, selected.getUsername()));
        } catch (ApplicationFailure e) {
            FormProblems.show(faces, EDIT_FORM_ID, e);
        }
    }

    /** Reads the list and the selected account again after a change. */
    private void refresh() {
        rows = null;
        String username = selected.getUsername();
        selected = accounts.search(null, null, null).stream().filter(v -> v.username().equals(username)).findFirst()
                .map(v -> new AccountRow(v, throttle.delayedUsernames().contains(v.username()))).orElse(null);
        if (selected != null) {
            editRole = selected.getRoleName();
            editDealerCode = selected.getDealerCode();
        }
    }

    public int getAccountCount() {
        return getAccounts().size();
    }

    /** How many accounts each role has, in the order of {@link Role}, roles without accounts included. */
    public List<RoleCount> getRoleCounts() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            counts.put(r, 0L);
        }
        for (AccountRow row : getAccounts()) {
            counts.merge(row.role, 1L, Long::sum);
        }
        return counts.entrySet().stream().map(e -> new RoleCount(e.getKey().name(), e.getValue())).toList();
    }

    /** Database product and schema version, or {@code null} if they cannot be read right now. */
    public SystemInfo getSystemInfo() {
        if (!systemInfoLoaded) {
            systemInfoLoaded = true;
            try {
                systemInfo = systemInfoService.info();
            } catch (EJBException | IllegalStateException e) {
                LOG.log(Level.WARNING, "Cannot read the system information for the administration page", e);
            }
        }
        return systemInfo;
    }

    public String getSystemDatabase() {
        SystemInfo info = getSystemInfo();
        return info == null ? null : info.database();
    }

    public String getSystemSchemaVersion() {
        SystemInfo info = getSystemInfo();
        return info == null ? null : info.schemaVersion();
    }

    /** Role names for the role select. */
    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public int getPasswordMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    /** Whether the form is creating a dealer user, who needs a dealer code. */
    public boolean isDealerRole() {
        return Role.DEALER.name().equals(role);
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String code = isDealerRole() && dealerCode != null ? dealerCode.strip().toUpperCase(Locale.ROOT) : null;
        try {
            UserAccountView created = accounts.create(new NewUserAccount(username, password, role, code));
            String text = PageTexts.text(faces, "users.created", created.username());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
            username = null;
            password = null;
            role = null;
            dealerCode = null;
            rows = null;
        } catch (ConflictException e) {
            // the only conflict of account creation: the username is taken
            password = null;
            FormProblems.add(faces, FORM_ID, "username", e.message(PageTexts.locale(faces)));
            faces.validationFailed();
        } catch (ApplicationFailure e) {
            password = null;
            FormProblems.show(faces, FORM_ID, e);
        }
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public String getSearchRole() {
        return searchRole;
    }

    public void setSearchRole(String searchRole) {
        this.searchRole = searchRole;
    }

    public String getSearchEnabled() {
        return searchEnabled;
    }

    public void setSearchEnabled(String searchEnabled) {
        this.searchEnabled = searchEnabled;
    }

    public AccountRow getSelected() {
        return selected;
    }

    public String getEditRole() {
        return editRole;
    }

    public void setEditRole(String editRole) {
        this.editRole = editRole;
    }

    public String getEditDealerCode() {
        return editDealerCode;
    }

    public void setEditDealerCode(String editDealerCode) {
        this.editDealerCode = editDealerCode;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getDealerCode() {
        return dealerCode;
    }

    public void setDealerCode(String dealerCode) {
        this.dealerCode = dealerCode;
    }

    /** One line of the accounts table. */
    public static final class AccountRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String username;
        private final Role role;
        private final String dealerCode;
        private final boolean enabled;
        private final Instant createdAt;
        private final String createdBy;
        private final boolean mustChangePassword;
        private final boolean locked;

        AccountRow(UserAccountView view, boolean locked) {
            this.username = view.username();
            this.role = view.role();
            this.dealerCode = view.dealerCode();
            this.enabled = view.enabled();
            this.createdAt = view.createdAt();
            this.createdBy = view.createdBy();
            this.mustChangePassword = view.mustChangePassword();
            this.locked = locked;
        }

        public boolean isMustChangePassword() {
            return mustChangePassword;
        }

        /** Locked by the sign-in throttle after wrong passwords. */
        public boolean isLocked() {
            return locked;
        }

        public String getUsername() {
            return username;
        }

        public String getRoleName() {
            return role.name();
        }

        public String getDealerCode() {
            return dealerCode;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        /** Creation time on Beijing time, {@code yyyy-MM-dd HH:mm}. */
        public String getCreatedAtText() {
            return PageTexts.timestamp(createdAt);
        }

        public String getCreatedBy() {
            return createdBy;
        }
    }

    /** The number of accounts of one role. */
    public static final class RoleCount implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String roleName;
        private final long count;

        RoleCount(String roleName, long count) {
            this.roleName = roleName;
            this.count = count;
        }

        public String getRoleName() {
            return roleName;
        }

        public long getCount() {
            return count;
        }
    }
}
