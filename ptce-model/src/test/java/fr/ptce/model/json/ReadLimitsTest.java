package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Read limits must all be positive. */
class ReadLimitsTest {

    private static ReadLimits withOne(int index, long value) {
        long[] v = {1, 1, 1, 1, 1, 1, 1};
        v[index] = value;
        return new ReadLimits(v[0], (int) v[1], (int) v[2], (int) v[3], (int) v[4], v[5], (int) v[6]);
    }

    @Test
    void limitsOfOneAreAccepted() {
        assertThatCode(() -> new ReadLimits(1, 1, 1, 1, 1, 1, 1)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "limit #{0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void aLimitOfZeroIsRejected(int index) {
        assertThatThrownBy(() -> withOne(index, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("read limits must be positive");
    }

    @ParameterizedTest(name = "limit #{0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void aNegativeLimitIsRejected(int index) {
        assertThatThrownBy(() -> withOne(index, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
