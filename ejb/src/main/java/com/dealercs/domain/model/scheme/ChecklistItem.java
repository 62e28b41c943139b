package com.dealercs.domain.model.scheme;

import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** An item of a checklist (e.g. 展厅内外环境), worth {@code itemMax} points, with its checkpoints. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private EvaluationYear year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ChecklistMap map;

    @Column(name = "item_code", nullable = false, length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "item_max", nullable = false, precision = 6, scale = 2)
    private BigDecimal itemMax;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Checkpoint> checkpoints = new ArrayList<>();

    protected ChecklistItem() {
        // for JPA
    }

    public ChecklistItem(EvaluationYear year, ChecklistMap map, String code, String nameZh, String nameEn,
                         BigDecimal itemMax, int sortOrder) {
        this.year = Objects.requireNonNull(year, "year");
        this.map = Objects.requireNonNull(map, "map");
        this.code = SchemeText.code(code);
        this.nameZh = SchemeText.name(nameZh);
        this.nameEn = SchemeText.name(nameEn);
        if (itemMax == null || itemMax.signum() <= 0) {
            throw new IllegalArgumentException("An item is worth more than 0 points: " + code);
        }
        this.itemMax = itemMax;
        this.sortOrder = sortOrder;
    }

    public Checkpoint addCheckpoint(String checkpointCode, String nameZh, String nameEn) {
        Checkpoint checkpoint = new Checkpoint(this, checkpointCode, nameZh, nameEn, checkpoints.size() + 1);
        checkpoints.add(checkpoint);
        return checkpoint;
    }

    public Long getId() {
        return id;
    }

    public EvaluationYear getYear() {
        return year;
    }

    public ChecklistMap getMap() {
        return map;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** Its place in the scheme (items on their checklist, checkpoints in their item). */
    public int getSortOrder() {
        return sortOrder;
    }

    public BigDecimal getItemMax() {
        return itemMax;
    }

    public List<Checkpoint> getCheckpoints() {
        return Collections.unmodifiableList(checkpoints);
    }
}
