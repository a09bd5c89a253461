package fr.ptce.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When an ESUS approval applies: from its grant date included to its expiry date excluded. */
class EsusApprovalTest {
    private static final LocalDate GRANTED = LocalDate.of(2021, 3, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2026, 3, 1);
    private final EsusApproval approval = new EsusApproval(GRANTED, EXPIRES);

    @Test
    void appliesFromTheDayItIsGranted() {
        assertThat(approval.isActiveOn(GRANTED)).isTrue();
        assertThat(approval.isActiveOn(GRANTED.minusDays(1))).isFalse();
    }

    @Test
    void appliesUntilTheDayBeforeItExpires() {
        assertThat(approval.isActiveOn(EXPIRES.minusDays(1))).isTrue();
        assertThat(approval.isActiveOn(EXPIRES)).isFalse();
    }

    @Test
    void approvalWithoutExpiryAppliesForeverAfterItsGrant() {
        assertThat(new EsusApproval(GRANTED, null).isActiveOn(LocalDate.of(2100, 1, 1))).isTrue();
    }

    @Test
    void approvalWithoutGrantDateNeverApplies() {
        assertThat(new EsusApproval(null, null).isActiveOn(GRANTED)).isFalse();
    }
}
