package com.dealercs.domain.model.facts;

import com.dealercs.domain.model.network.Dealer;
import com.dealercs.domain.model.year.EvaluationYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One customer's answers in the customer service centre's phone survey: five items rated 0–10,
 * each possibly left blank (then {@code null}, which is not 0). Known by its response id alone.
 */
@Entity
@Table(name = "csc_response")
public class CscResponse extends YearFact {

    public static final int MAX_RATING = 10;
    /** The longest response id: its column's length. */
    public static final int MAX_RESPONSE_ID = 32;

    @Column(nullable = false)
    private int quarter;

    @Column(name = "response_id", nullable = false, unique = true, length = 32)
    private String responseId;

    @Column
    private Integer awareness;

    @Column
    private Integer attitude;

    @Column
    private Integer communication;

    @Column
    private Integer experience;

    @Column(name = "first_time_resolution")
    private Integer firstTimeResolution;

    protected CscResponse() {
        // for JPA
    }

    public CscResponse(String responseId, EvaluationYear year, int quarter, Dealer dealer, Ratings ratings) {
        this.responseId = FactValues.text(responseId, MAX_RESPONSE_ID, "response id");
        replace(year, quarter, dealer, ratings);
    }

    /**
     * A later import of the same response id replaces everything else, even the year it belongs to;
     * both years must then be open.
     */
    public void replace(EvaluationYear year, int quarter, Dealer dealer, Ratings ratings) {
        FactValues.quarter(quarter);
        Objects.requireNonNull(ratings, "ratings");
        belongTo(year, dealer);
        this.quarter = quarter;
        this.awareness = ratings.awareness();
        this.attitude = ratings.attitude();
        this.communication = ratings.communication();
        this.experience = ratings.experience();
        this.firstTimeResolution = ratings.firstTimeResolution();
    }

    /** The five ratings, each 0–10 or {@code null} (left blank). */
    public record Ratings(Integer awareness, Integer attitude, Integer communication, Integer experience,
                          Integer firstTimeResolution) {

        public Ratings {
            check(awareness, CscItem.AWARENESS);
            check(attitude, CscItem.ATTITUDE);
            check(communication, CscItem.COMMUNICATION);
            check(experience, CscItem.EXPERIENCE);
            check(firstTimeResolution, CscItem.FIRST_TIME_RESOLUTION);
        }

        private static void check(Integer rating, CscItem item) {
            if (rating != null && (rating < 0 || rating > MAX_RATING)) {
                throw new IllegalArgumentException("A rating of " + item + " is 0 to " + MAX_RATING + " or blank: "
                        + rating);
            }
        }

        /** The item's rating, {@code null} when left blank. */
        public Integer of(CscItem item) {
            return switch (Objects.requireNonNull(item, "item")) {
                case AWARENESS -> awareness;
                case ATTITUDE -> attitude;
                case COMMUNICATION -> communication;
                case EXPERIENCE -> experience;
                case FIRST_TIME_RESOLUTION -> firstTimeResolution;
            };
        }
    }

    public Ratings getRatings() {
        return new Ratings(awareness, attitude, communication, experience, firstTimeResolution);
    }

    /** The item's rating, {@code null} when left blank. */
    public Integer rating(CscItem item) {
        return getRatings().of(item);
    }

    public int getQuarter() {
        return quarter;
    }

    public String getResponseId() {
        return responseId;
    }
}
