package com.csdesk.rfm.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The cut points (分档界限) one metric was scored with, as a run records them: the band of values
 * behind each score, best score first. Quintiles list only the scores some member received, with
 * the observed minimum and maximum; fixed thresholds list all five bands.
 */
public record CutPoints(Metric metric, List<ScoreBand> bands) {

    public CutPoints {
        bands = List.copyOf(bands);
    }

    public Optional<ScoreBand> band(Score score) {
        return bands.stream().filter(b -> b.score().equals(score)).findFirst();
    }
}
