package com.dealercs.interfaces.web.admin;

import com.dealercs.application.RegionNames;
import com.dealercs.interfaces.web.portal.PageTexts;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry in the reader's words, at display time. The trail keeps its data as the services
 * wrote it (the API gives it unchanged to integrators): state and source codes, parameter names with
 * their values, run and import numbers. Here each known shape becomes a bundle text with its values
 * as arguments ({@code run 2: 64 rated, 1 not rated} → {@code 第 2 次计算：64 家参评，1 家不参评}),
 * parameter names their labels, shares percentages, amounts with separators, and codes their
 * names; what no rule knows (a typed reason, a dealer's name, an older entry's wording) stays as
 * stored.
 */
public final class AuditTexts {

    private static final Pattern YEAR = Pattern.compile("year:(\\d{4})");
    private static final Pattern INSPECTION = Pattern.compile("inspection:(\\d+)");
    private static final Pattern DEALER = Pattern.compile("dealer:(\\S+)");
    private static final Pattern USER = Pattern.compile("user:(.+)");
    private static final Pattern RUN = Pattern.compile("run (\\d+): (\\d+) rated, (\\d+) not rated");
    private static final Pattern STATE_RUN = Pattern.compile("([A-Z]+) \\(run (\\d+)\\)");
    private static final Pattern IMPORTED = Pattern.compile("([a-z]+) import (\\d+): (\\d+) rows written, (\\d+) rejected");
    private static final Pattern IMPORT_LINE = Pattern.compile("([a-z]+) import (\\d+), line (\\d+)");
    /** A value entered on the portal's entry pages, with the reason typed there if any. */
    private static final Pattern PORTAL_ENTRY = Pattern.compile("entered on the portal(?:: (.*))?", Pattern.DOTALL);
    /** A year's policy as YearPolicyService writes it: {@code name=value, …}, the tiers in brackets. */
    private static final String PARAMETER_TEXT = "[a-zA-Z]+=(?:\\[[^\\]]*]|[^,\\[]+)";
    private static final Pattern POLICY = Pattern.compile("(?:(OPEN) )?(" + PARAMETER_TEXT + "(?:, " + PARAMETER_TEXT
            + ")*)(?:, scheme of (\\d{4}))?");
    private static final Pattern PARAMETER = Pattern.compile("([a-zA-Z]+)=(\\[[^\\]]*]|[^,\\[]+)");
    private static final Pattern TIER = Pattern.compile("([\\d.]+)→([\\d.]+)");
    /** A code the bundles name ({@code APPROVED}, {@code SSI_MAP}) or a word of the trail's notation ({@code units}). */
    private static final Pattern WORD = Pattern.compile("\"[^\"]*\"|(?<![\\w-])([A-Za-z][A-Za-z_]*)(?:=|(?![\\w-]))");
    /** A word of Chinese standing alone, as a dealer's region does in its record ({@code D0001: 名称 华北 北京 …}). */
    private static final Pattern HAN_WORD = Pattern.compile("\"[^\"]*\"|(?<=^|\\s)(\\p{IsHan}+)(?=\\s|$)");

    private final ResourceBundle bundle;
    private final Locale locale;

    public AuditTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The words of the page being rendered: its {@code msg} bundle and its language. */
    public static AuditTexts of(FacesContext faces) {
        return new AuditTexts(faces.getApplication().getResourceBundle(faces, "msg"), PageTexts.locale(faces));
    }

    /** {@code year:2026} → 2026 年度 / Year 2026; the network; an inspection; a dealer. */
    public String subject(String subject) {
        if (subject == null) {
            return "";
        }
        if ("network".equals(subject)) {
            return text("audit.subject.network");
        }
        Matcher m;
        if ((m = YEAR.matcher(subject)).matches()) {
            return text("audit.subject.year", m.group(1));
        }
        if ((m = INSPECTION.matcher(subject)).matches()) {
            return text("audit.subject.inspection", m.group(1));
        }
        if ((m = DEALER.matcher(subject)).matches()) {
            return text("audit.subject.dealer", m.group(1));
        }
        if ((m = USER.matcher(subject)).matches()) {
            return text("audit.subject.user", m.group(1));
        }
        return subject;
    }

    /** The action's name; an unknown one as stored. */
    public String action(String action) {
        return action == null ? "" : known("audit.action." + action, action);
    }

    /** A value before or after: known shapes from the bundles, codes named, the rest as stored. */
    public String value(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        Matcher m;
        if ((m = RUN.matcher(value)).matches()) {
            return text("audit.value.run", m.group(1), m.group(2), m.group(3));
        }
        if ((m = STATE_RUN.matcher(value)).matches()) {
            return text("audit.value.stateRun", word(m.group(1)), m.group(2));
        }
        if ((m = IMPORTED.matcher(value)).matches()) {
            return text("audit.value.imported", kind(m.group(1)), m.group(2), count(m.group(3)), count(m.group(4)));
        }
        if ((m = POLICY.matcher(value)).matches() && policyOnly(m.group(2))) {
            StringJoiner parts = new StringJoiner(text("audit.value.separator"));
            if (m.group(1) != null) {
                parts.add(word(m.group(1)));
            }
            Matcher p = PARAMETER.matcher(m.group(2));
            while (p.find()) {
                parts.add(text("audit.value.parameter", text("policy." + p.group(1)), parameter(p.group(1), p.group(2).strip())));
            }
            if (m.group(3) != null) {
                parts.add(text("audit.value.schemeOf", m.group(3)));
            }
            return parts.toString();
        }
        return words(value);
    }

    /** The reason: an import's file line or a portal entry in words; a reason someone typed as typed. */
    public String reason(String reason) {
        if (reason == null) {
            return "";
        }
        Matcher m = IMPORT_LINE.matcher(reason);
        if (m.matches()) {
            return text("audit.value.importLine", kind(m.group(1)), m.group(2), count(m.group(3)));
        }
        if ((m = PORTAL_ENTRY.matcher(reason)).matches()) {
            return text("audit.reason.portal") + (m.group(1) == null ? "" : text("audit.value.is") + m.group(1));
        }
        return reason;
    }

    private boolean policyOnly(String parameters) {
        Matcher p = PARAMETER.matcher(parameters);
        while (p.find()) {
            if (!bundle.containsKey("policy." + p.group(1)) || !bundle.containsKey("audit.parameter." + p.group(1))) {
                return false;
            }
        }
        return true;
    }

    /** A parameter's value as the policy page means it: a share in per cent, yuan with separators, the tiers. */
    private String parameter(String name, String value) {
        try {
            return switch (text("audit.parameter." + name)) {
                case "share" -> percent(new BigDecimal(value));
                case "money" -> money(new BigDecimal(value));
                case "count" -> count(value);
                case "choice" -> known("policy.missingPolicy." + value, value);
                case "tiers" -> tiers(value);
                default -> value;
            };
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private String tiers(String value) {
        StringJoiner tiers = new StringJoiner(text("audit.value.separator"));
        Matcher t = TIER.matcher(value);
        while (t.find()) {
            tiers.add(text("audit.value.tier", t.group(1), percent(new BigDecimal(t.group(2)))));
        }
        return tiers.length() == 0 ? value : tiers.toString();
    }

    /** The codes and words of the trail's notation named in the reader's language; quoted comments and data untouched. */
    private String words(String value) {
        Matcher m = WORD.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String replacement = m.group();
            if (token != null && bundle.containsKey("audit.word." + token)) {
                replacement = text("audit.word." + token) + (m.group().endsWith("=") ? text("audit.value.is") : "");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return regions(out.toString());
    }

    /** The standard regions by their name in the reader's language ({@link RegionNames}); other words and comments as stored. */
    private String regions(String value) {
        Matcher m = HAN_WORD.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);       // null for a quoted comment: as written
            m.appendReplacement(out, Matcher.quoteReplacement(word == null ? m.group() : RegionNames.of(word, locale)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String word(String code) {
        return known("audit.word." + code, code);
    }

    private String kind(String pathName) {
        return known("imports.kind." + pathName, pathName);
    }

    public String percent(BigDecimal share) {
        BigDecimal percent = share.movePointRight(2).stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "\u00a0%";     // 15 % on one line
    }

    public String money(BigDecimal amount) {
        return format("#,##0.00", amount.setScale(2, RoundingMode.HALF_UP));
    }

    private String count(String number) {
        try {
            return format("#,##0", Long.parseLong(number));
        } catch (NumberFormatException e) {
            return number;
        }
    }

    private String format(String pattern, Object value) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private String known(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
