package fr.ptce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which cooperation types pool means (the State's 2015 call for projects' priority). */
class CooperationTypeTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CooperationType.class, names = {"PREMISES", "EQUIPMENT", "EMPLOYMENT", "PURCHASING", "SERVICES",
            "FINANCIAL"})
    void poolingOfMeans_isPooling(CooperationType type) {
        assertThat(type.isPooling()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CooperationType.class, names = {"KNOWLEDGE", "COMMUNICATION", "PARTNERSHIP"})
    void cooperationWithoutPoolingOfMeans_isNotPooling(CooperationType type) {
        assertThat(type.isPooling()).isFalse();
    }

    @Test
    void sixOfTheNineTypesArePooling() {
        assertThat(Arrays.stream(CooperationType.values()).filter(CooperationType::isPooling)).hasSize(6);
    }
}
