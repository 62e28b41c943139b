package com.dealercs.interfaces.web.portal;

import com.dealercs.application.ApplicationFailure;
import com.dealercs.application.ConflictException;
import com.dealercs.application.InvalidInputException;
import com.dealercs.application.NewUserAccount;
import com.dealercs.application.Problem;
import com.dealercs.application.SystemInfo;
import com.dealercs.application.SystemInfoService;
import com.dealercs.application.UserAccountService;
import com.dealercs.application.UserAccountView;
import com.dealercs.domain.model.identity.PasswordPolicy;
import com.dealercs.domain.model.identity.Role;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
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

    private List<AccountRow> rows;
    private transient SystemInfo systemInfo;
    private transient boolean systemInfoLoaded;

    private String username;
    private String password;
    private String role;
    private String dealerCode;

    /** All accounts, by username. */
    public List<AccountRow> getAccounts() {
        if (rows == null) {
            rows = accounts.list().stream()
                    .map(AccountRow::new)
                    .sorted(Comparator.comparing(AccountRow::getUsername))
                    .toList();
        }
        return rows;
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
        Locale locale = PageTexts.locale(faces);
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
        } catch (InvalidInputException e) {
            password = null;
            for (Problem problem : e.problems()) {
                addProblem(faces, problem.field(), problem.message(locale));
            }
            if (e.problems().isEmpty()) {
                addProblem(faces, null, e.message(locale));
            }
            faces.validationFailed();
        } catch (ConflictException e) {
            // the only conflict of account creation: the username is taken
            password = null;
            addProblem(faces, "username", e.message(locale));
            faces.validationFailed();
        } catch (ApplicationFailure e) {
            password = null;
            addProblem(faces, null, e.message(locale));
            faces.validationFailed();
        }
    }

    /** Shows a message next to the form field it concerns, or at the top of the page. */
    private static void addProblem(FacesContext faces, String field, String text) {
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        UIComponent component = field == null ? null : faces.getViewRoot().findComponent(FORM_ID + ":" + field);
        if (component instanceof UIInput input && component.isRendered()) {
            input.setValid(false);
            faces.addMessage(component.getClientId(faces), message);
        } else {
            faces.addMessage(null, message);
        }
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

        AccountRow(UserAccountView view) {
            this.username = view.username();
            this.role = view.role();
            this.dealerCode = view.dealerCode();
            this.enabled = view.enabled();
            this.createdAt = view.createdAt();
            this.createdBy = view.createdBy();
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
