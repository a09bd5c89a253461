package fr.ptce.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import fr.ptce.model.Relation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How binding problems name the value expected and the value found. */
class BindingProblemsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void aShortStringIsQuotedWhole() {
        String sixty = "x".repeat(60);
        assertThat(BindingProblems.describe(NODES.textNode(sixty))).isEqualTo("the string \"" + sixty + "\"");
    }

    @Test
    void aLongStringIsCutAfterSixtyCharacters() {
        String sixty = "x".repeat(60);
        assertThat(BindingProblems.describe(NODES.textNode(sixty + "y"))).isEqualTo("the string \"" + sixty + "…\"");
    }

    @Test
    void aLongNumberIsCutAfterFortyDigits() {
        String forty = "1".repeat(40);
        assertThat(BindingProblems.describe(NODES.numberNode(new java.math.BigInteger(forty))))
                .isEqualTo("the number " + forty);
        assertThat(BindingProblems.describe(NODES.numberNode(new java.math.BigInteger(forty + "2"))))
                .isEqualTo("the number " + forty + "…");
    }

    @Test
    void otherValuesAreNamedByTheirKind() {
        assertThat(BindingProblems.describe(null)).isEqualTo("nothing");
        assertThat(BindingProblems.describe(MissingNode.getInstance())).isEqualTo("nothing");
        assertThat(BindingProblems.describe(NODES.nullNode())).isEqualTo("null");
        assertThat(BindingProblems.describe(NODES.booleanNode(false))).isEqualTo("false");
        assertThat(BindingProblems.describe(NODES.arrayNode())).isEqualTo("an array");
        assertThat(BindingProblems.describe(NODES.objectNode())).isEqualTo("an object");
    }

    @Test
    void theExpectedValueIsNamedAsFormatV1WritesIt() {
        assertThat(BindingProblems.expected(String.class)).isEqualTo("a string");
        assertThat(BindingProblems.expected(Integer.class)).isEqualTo("an integer");
        assertThat(BindingProblems.expected(long.class)).isEqualTo("an integer");
        assertThat(BindingProblems.expected(BigDecimal.class)).isEqualTo("a number");
        assertThat(BindingProblems.expected(double.class)).isEqualTo("a number");
        assertThat(BindingProblems.expected(Boolean.class)).isEqualTo("true or false");
        assertThat(BindingProblems.expected(LocalDate.class)).isEqualTo("an ISO date \"YYYY-MM-DD\" (a real calendar date)");
        assertThat(BindingProblems.expected(Relation.class)).isEqualTo("one of \"MEMBER\", \"PARTNER\"");
        assertThat(BindingProblems.expected(List.class)).isEqualTo("an array");
        assertThat(BindingProblems.expected(String[].class)).isEqualTo("an array");
        assertThat(BindingProblems.expected(Object.class)).isEqualTo("an object");
    }

    @Test
    void anOtherBindingProblemKeepsTheFirstLineOfItsMessage() {
        JsonMappingException e = JsonMappingException.from((com.fasterxml.jackson.core.JsonParser) null,
                "first line\nsecond line");
        assertThat(BindingProblems.message(e, null)).isEqualTo("first line");
        assertThat(BindingProblems.message(JsonMappingException.from((com.fasterxml.jackson.core.JsonParser) null,
                "one line"), null)).isEqualTo("one line");
    }
}
