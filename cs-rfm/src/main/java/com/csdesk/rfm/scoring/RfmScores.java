package com.csdesk.rfm.scoring;

/** A member's three scores (RFM 评分): R, F and M, each 1–5. */
public record RfmScores(Score recency, Score frequency, Score monetary) {

    public static RfmScores of(int recency, int frequency, int monetary) {
        return new RfmScores(Score.of(recency), Score.of(frequency), Score.of(monetary));
    }

    public Score score(Metric metric) {
        return switch (metric) {
            case RECENCY -> recency;
            case FREQUENCY -> frequency;
            case MONETARY -> monetary;
        };
    }
}
