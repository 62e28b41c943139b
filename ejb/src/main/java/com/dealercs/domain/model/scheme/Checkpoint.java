package com.dealercs.domain.model.scheme;

import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** One thing a supervisor checks and marks PASS, FAIL or NA. Its code is unique within the year. */
@Entity
@Table(name = "checkpoint")
public class Checkpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private EvaluationYear year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private ChecklistItem item;

    @Column(name = "checkpoint_code", nullable = false, length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Checkpoint() {
        // for JPA
    }

    Checkpoint(ChecklistItem item, String code, String nameZh, String nameEn, int sortOrder) {
        this.item = Objects.requireNonNull(item, "item");
        this.year = item.getYear();
        this.code = SchemeText.code(code);
        this.nameZh = SchemeText.name(nameZh);
        this.nameEn = SchemeText.name(nameEn);
        this.sortOrder = sortOrder;
    }

    /** New names and place in its item; the code stays (a new code is a new checkpoint). */
    public void revise(String nameZh, String nameEn, int sortOrder) {
        String zh = SchemeText.name(nameZh);
        this.nameEn = SchemeText.name(nameEn);
        this.nameZh = zh;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public ChecklistItem getItem() {
        return item;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    /** Its place in the scheme (items on their checklist, checkpoints in their item). */
    public int getSortOrder() {
        return sortOrder;
    }

    public String getNameEn() {
        return nameEn;
    }
}
