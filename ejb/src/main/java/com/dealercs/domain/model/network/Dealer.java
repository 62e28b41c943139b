package com.dealercs.domain.model.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/** A dealer (a 4S store) of the network, known everywhere by its dealer code. */
@Entity
@Table(name = "dealer")
public class Dealer {

    /** The longest name, province and city: the columns' lengths. */
    public static final int MAX_NAME = 200;
    public static final int MAX_PLACE = 32;
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,15}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dealer_code", nullable = false, unique = true, length = 16)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(nullable = false, length = 32)
    private String province;

    @Column(nullable = false, length = 32)
    private String city;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DealerStatus status;

    @Version
    private long version;

    protected Dealer() {
        // for JPA
    }

    public Dealer(String code, String name, Region region, String province, String city, LocalDate openedOn,
                  DealerStatus status) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Invalid dealer code: " + code);
        }
        this.code = code;
        update(name, region, province, city, openedOn, status);
    }

    /** A re-import of the dealer replaces everything but its code. */
    public void update(String name, Region region, String province, String city, LocalDate openedOn,
                       DealerStatus status) {
        this.name = required(name, MAX_NAME, "name");
        this.region = Objects.requireNonNull(region, "region");
        this.province = required(province, MAX_PLACE, "province");
        this.city = required(city, MAX_PLACE, "city");
        this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
        this.status = Objects.requireNonNull(status, "status");
    }

    private static String required(String value, int maxLength, String what) {
        if (value == null || value.isBlank() || value.strip().length() > maxLength) {
            throw new IllegalArgumentException("A dealer's " + what + " is required (at most " + maxLength + " characters)");
        }
        return value.strip();
    }

    /** A dealer that leaves the network keeps its history but gets no new scorecard; closing twice is refused. */
    public void close() {
        if (status == DealerStatus.CLOSED) {
            throw new IllegalStateException("Dealer " + code + " is closed already");
        }
        status = DealerStatus.CLOSED;
    }

    /** A dealer closed by mistake, or back in the network, is active again; reopening an active one is refused. */
    public void reopen() {
        if (status == DealerStatus.ACTIVE) {
            throw new IllegalStateException("Dealer " + code + " is active already");
        }
        status = DealerStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == DealerStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    public String getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public DealerStatus getStatus() {
        return status;
    }

    /** Moves on with every change: an edit read at an older version came before someone else's. */
    public long getVersion() {
        return version;
    }
}
