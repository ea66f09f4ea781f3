package com.csdesk.rfm.scoring;

/** An RFM score (RFM 评分) of one metric for one member, from 1 to 5, 5 best. */
public record Score(int value) implements Comparable<Score> {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public Score {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("a score is between 1 and 5, not " + value);
        }
    }

    public static Score of(int value) {
        return new Score(value);
    }

    @Override
    public int compareTo(Score other) {
        return Integer.compare(value, other.value);
    }
}
