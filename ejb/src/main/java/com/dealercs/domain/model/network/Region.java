package com.dealercs.domain.model.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A sales region of the distributor (华北, 华东, …): the scope of the regional ranking. */
@Entity
@Table(name = "region")
public class Region {

    /** The longest name: its column's length. */
    public static final int MAX_NAME = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String name;

    protected Region() {
        // for JPA
    }

    public Region(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("A region needs a name of at most 32 characters");
        }
        this.name = name.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region region && name.equals(region.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }
}
