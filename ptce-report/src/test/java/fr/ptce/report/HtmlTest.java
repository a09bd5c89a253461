package fr.ptce.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void textEscapesTheFiveMarkupCharactersAndReplacesControlCharacters() {
        assertThat(Html.text("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(Html.text("a\u0000b\u001bc\td\ne")).isEqualTo("a\uFFFDb\uFFFDc\td\ne");
        assertThat(Html.text(null)).isEmpty();
        assertThat(Html.text(42)).isEqualTo("42");
    }

    @Test
    void onlyHttpAndHttpsUrlsBecomeLinks() {
        assertThat(Html.link(" https://example.org/a?b=1&c=2 ", "Source"))
                .isEqualTo("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\">Source</a>");
        assertThat(Html.link("javascript:alert(1)", "<b>x</b>")).isEqualTo("&lt;b&gt;x&lt;/b&gt;");
        assertThat(Html.link("data:text/html,x", null)).isEqualTo("data:text/html,x");
        assertThat(Html.link(null, "Loi")).isEqualTo("Loi");
    }

    @Test
    void shortenCutsWithAnEllipsis() {
        assertThat(Html.shorten("abcdef", 4)).isEqualTo("abc…");
        assertThat(Html.shorten("abcd", 4)).isEqualTo("abcd");
        assertThat(Html.shorten(null, 4)).isNull();
    }
}
