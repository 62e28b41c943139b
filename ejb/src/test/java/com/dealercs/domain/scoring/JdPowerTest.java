package com.dealercs.domain.scoring;

import static com.dealercs.domain.scoring.Component.JDP_CSI;
import static com.dealercs.domain.scoring.Component.JDP_SSI;
import static com.dealercs.domain.scoring.Fixtures.SCHEME;
import static com.dealercs.domain.scoring.Fixtures.assertValue;
import static com.dealercs.domain.scoring.Fixtures.d;
import static com.dealercs.domain.scoring.Fixtures.dealer;
import static com.dealercs.domain.scoring.Fixtures.jdpStudy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scoring.md §1.3 J.D. Power (JDP_SSI, JDP_CSI). */
class JdPowerTest {

    private static Optional<BigDecimal> jdp(Component study, List<JdpFactorScore> scores) {
        return ComponentRules.jdp(study, scores, SCHEME.factors(study), Fixtures.DEFAULTS.jdpMinSample());
    }

    @Test
    void theComponentIsTheSumOfWeightTimesIndexOverOneThousand() {
        // weights 1, 2, 1, 2, 2, 2: 0.8 + 1.5 + 0.82 + 1.58 + 1.62 + 1.54
        assertValue("7.86", jdp(JDP_SSI, jdpStudy(JDP_SSI, 45, 800, 750, 820, 790, 810, 770)).orElseThrow());
        // weights 2, 2, 1, 2, 3: 1.8 + 1.7 + 0.8 + 1.6 + 2.7
        assertValue("8.6", jdp(JDP_CSI, jdpStudy(JDP_CSI, 45, 900, 850, 800, 800, 900)).orElseThrow());
    }

    @Test
    void theSchemesWeightsSumToTen() {
        for (Component study : List.of(JDP_SSI, JDP_CSI, Component.CSC)) {
            assertValue("10", SCHEME.factors(study).stream().map(Factor::weight)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        assertEquals(6, SCHEME.factors(JDP_SSI).size());
        assertEquals(5, SCHEME.factors(JDP_CSI).size());
    }

    @Test
    void anyFactorOfTheStudyAbsentLeavesTheComponentMissing() {
        List<JdpFactorScore> scores = new ArrayList<>(jdpStudy(JDP_SSI, 45, 800, 750, 820, 790, 810, 770));
        scores.remove(3);

        assertEquals(Optional.empty(), jdp(JDP_SSI, scores));
        assertEquals(Optional.empty(), jdp(JDP_CSI, jdpStudy(JDP_SSI, 45, 800, 750, 820, 790, 810, 770)));
    }

    @Test
    void aSampleSizeBelowJdpMinSampleLeavesTheComponentMissing() {
        assertEquals(Optional.empty(), jdp(JDP_CSI, jdpStudy(JDP_CSI, 12, 900, 850, 800, 800, 900)));
        assertEquals(Optional.empty(), jdp(JDP_CSI, jdpStudy(JDP_CSI, 29, 900, 850, 800, 800, 900)));
        assertValue("8.6", jdp(JDP_CSI, jdpStudy(JDP_CSI, 30, 900, 850, 800, 800, 900)).orElseThrow());
    }

    @Test
    void theSmallestSampleSizeAmongTheStudysRowsCounts() {
        List<JdpFactorScore> scores = new ArrayList<>(jdpStudy(JDP_CSI, 45, 900, 850, 800, 800, 900));
        JdpFactorScore last = scores.remove(4);
        scores.add(new JdpFactorScore(JDP_CSI, last.factorCode(), last.index(), 29));

        assertEquals(Optional.empty(), jdp(JDP_CSI, scores));
    }

    @Test
    void aFactorNotInTheSchemeIsRefused() {
        List<JdpFactorScore> scores = new ArrayList<>(jdpStudy(JDP_CSI, 45, 900, 850, 800, 800, 900));
        scores.add(new JdpFactorScore(JDP_CSI, "DEAL", d("800"), 45)); // a factor of the SSI study

        assertThrows(IllegalArgumentException.class, () -> jdp(JDP_CSI, scores));
    }

    @Test
    void anIndexIsZeroToOneThousandAndAFactorIsScoredOnce() {
        assertThrows(IllegalArgumentException.class, () -> new JdpFactorScore(JDP_SSI, "DEAL", d("1000.1"), 45));
        assertThrows(IllegalArgumentException.class, () -> new JdpFactorScore(JDP_SSI, "DEAL", d("800"), -1));
        assertThrows(IllegalArgumentException.class, () -> DealerFacts.of(dealer("D1"))
                .jdp(new JdpFactorScore(JDP_SSI, "DEAL", d("800"), 45))
                .jdp(new JdpFactorScore(JDP_SSI, "DEAL", d("810"), 45))
                .build());
    }
}
