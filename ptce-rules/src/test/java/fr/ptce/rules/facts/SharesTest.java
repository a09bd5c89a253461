package fr.ptce.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exact comparisons of a share with a decimal threshold, without binary floating-point rounding. */
class SharesTest {

    @Test
    void aShareEqualToTheThresholdIsAtLeastItButNotAboveIt() {
        assertThat(Shares.atLeast(57, 100, 0.57)).as("0.57 × 100 is 56.99999999999999 in binary").isTrue();
        assertThat(Shares.above(57, 100, 0.57)).isFalse();
    }

    @Test
    void aShareJustAboveTheThresholdIsAboveIt() {
        assertThat(Shares.above(58, 100, 0.57)).isTrue();
        assertThat(Shares.atLeast(58, 100, 0.57)).isTrue();
    }

    @Test
    void aShareJustBelowTheThresholdIsNeither() {
        assertThat(Shares.atLeast(56, 100, 0.57)).isFalse();
        assertThat(Shares.above(56, 100, 0.57)).isFalse();
    }

    @Test
    void nothingIsAShareOfAnEmptyWhole() {
        assertThat(Shares.atLeast(0, 0, 0.0)).isFalse();
        assertThat(Shares.above(1, 0, 0.0)).isFalse();
        assertThat(Shares.atLeast(0, -1, 0.0)).isFalse();
    }

    @Test
    void aShareOfAWholeOfOneIsComparedToo() {
        assertThat(Shares.atLeast(1, 1, 1.0)).isTrue();
        assertThat(Shares.above(1, 1, 0.99)).isTrue();
    }

    @Test
    void theMissingPartIsTheSmallestThatReachesTheThreshold() {
        assertThat(Shares.missingForAtLeast(50, 100, 0.57)).isEqualTo(7);
        assertThat(Shares.missingForAtLeast(1, 3, 0.5)).as("1.5 rounds up to 2").isEqualTo(1);
        assertThat(Shares.missingForAtLeast(0, 7, 0.57)).as("3.99 rounds up to 4").isEqualTo(4);
    }

    @Test
    void nothingIsMissingAtOrAboveTheThreshold() {
        assertThat(Shares.missingForAtLeast(57, 100, 0.57)).isZero();
        assertThat(Shares.missingForAtLeast(90, 100, 0.57)).isZero();
    }
}
