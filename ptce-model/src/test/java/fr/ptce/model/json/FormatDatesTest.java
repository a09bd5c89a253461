package fr.ptce.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The format's dates in a host's own mapper: written and read as {@code YYYY-MM-DD} only. */
class FormatDatesTest {
    private final ObjectMapper mapper = JsonMapper.builder().addModule(FormatDates.module()).build();

    @Test
    void aDateIsWrittenAsYearMonthDay() throws Exception {
        assertThat(mapper.writeValueAsString(LocalDate.of(2015, 4, 14))).isEqualTo("\"2015-04-14\"");
    }

    @Test
    void aDateIsReadFromYearMonthDay() throws Exception {
        assertThat(mapper.readValue("\"2014-07-31\"", LocalDate.class)).isEqualTo(LocalDate.of(2014, 7, 31));
    }

    @Test
    void anImpossibleDayIsRefused() {
        assertThatThrownBy(() -> mapper.readValue("\"2021-02-30\"", LocalDate.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void aDateTimeIsRefusedRatherThanTruncated() {
        assertThatThrownBy(() -> mapper.readValue("\"2021-02-03T10:00:00\"", LocalDate.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void aNumberOrAnArrayIsNotADate() {
        assertThatThrownBy(() -> mapper.readValue("20210203", LocalDate.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("[2021, 2, 3]", LocalDate.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
