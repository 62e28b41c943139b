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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An item of a checklist (e.g. 展厅内外环境), worth {@code itemMax} points, with its checkpoints.
 * Its code is unique within the year (both checklists); it is worth more than 0 and at most a
 * checklist's {@link #CHECKLIST_POINTS}, with at most two decimals. The rules across items (their
 * maxima summing to 15, codes unique, at least one checkpoint each) are the scheme's
 * ({@code application.SchemeRules}), checked before an administrator's change reaches the items.
 */
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
        this.itemMax = requireMax(itemMax, this.code);
        this.sortOrder = sortOrder;
    }

    /** The points a checklist's items share (scoring.md §1.1: an inspection is worth 15). */
    public static final BigDecimal CHECKLIST_POINTS = BigDecimal.valueOf(15);

    /** Whether a value can be an item's maximum: above 0, at most 15, at most two decimals. */
    public static boolean isValidMax(BigDecimal itemMax) {
        return itemMax != null && itemMax.signum() > 0 && itemMax.compareTo(CHECKLIST_POINTS) <= 0
                && itemMax.stripTrailingZeros().scale() <= 2;
    }

    private static BigDecimal requireMax(BigDecimal itemMax, String code) {
        if (!isValidMax(itemMax)) {
            throw new IllegalArgumentException("An item is worth more than 0 and at most 15 points, with at most "
                    + "two decimals: " + code + " " + itemMax);
        }
        return itemMax.setScale(2);       // as stored: 2 and 2.00 are one maximum
    }

    public Checkpoint addCheckpoint(String checkpointCode, String nameZh, String nameEn) {
        return addCheckpoint(checkpointCode, nameZh, nameEn, checkpoints.size() + 1);
    }

    /** A new checkpoint at the given place; its code must not be on the item already. */
    public Checkpoint addCheckpoint(String checkpointCode, String nameZh, String nameEn, int sortOrder) {
        if (checkpoint(checkpointCode) != null) {
            throw new IllegalArgumentException("The item " + code + " has the checkpoint " + checkpointCode + " already");
        }
        Checkpoint checkpoint = new Checkpoint(this, checkpointCode, nameZh, nameEn, sortOrder);
        checkpoints.add(checkpoint);
        return checkpoint;
    }

    /** The item's checkpoint of that code, or null. */
    public Checkpoint checkpoint(String checkpointCode) {
        return checkpoints.stream().filter(c -> c.getCode().equals(checkpointCode)).findFirst().orElse(null);
    }

    /** Takes the checkpoint off the item (it is deleted with the item's next write). */
    public void removeCheckpoint(Checkpoint checkpoint) {
        if (!checkpoints.remove(checkpoint)) {
            throw new IllegalArgumentException("The checkpoint " + checkpoint.getCode() + " is not on the item " + code);
        }
    }

    /** New names, maximum and place in the checklist; the code stays (a new code is a new item). */
    public void revise(String nameZh, String nameEn, BigDecimal itemMax, int sortOrder) {
        String zh = SchemeText.name(nameZh);
        String en = SchemeText.name(nameEn);
        this.itemMax = requireMax(itemMax, code);
        this.nameZh = zh;
        this.nameEn = en;
        this.sortOrder = sortOrder;
    }

    /** The same item, with the same checkpoints, for another year's scheme (a year started from this one). */
    public ChecklistItem copyFor(EvaluationYear other) {
        ChecklistItem copy = new ChecklistItem(other, map, code, nameZh, nameEn, itemMax, sortOrder);
        for (Checkpoint checkpoint : checkpoints) {
            copy.addCheckpoint(checkpoint.getCode(), checkpoint.getNameZh(), checkpoint.getNameEn(),
                    checkpoint.getSortOrder());
        }
        return copy;
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

    /**
     * The checkpoints by their place: sorted here, since a query that fetches them with their items
     * gets them in the database's order, not by {@code @OrderBy}.
     */
    public List<Checkpoint> getCheckpoints() {
        return checkpoints.stream().sorted(Comparator.comparingInt(Checkpoint::getSortOrder)).toList();
    }
}
