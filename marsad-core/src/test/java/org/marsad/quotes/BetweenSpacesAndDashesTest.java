package org.marsad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The person names' words, split without a regular expression, as the regular expression split them. */
class BetweenSpacesAndDashesTest {
    private static final Pattern SPACES_OR_DASHES = Pattern.compile("[\\s\\-]+");

    @Property(tries = 1000)
    void splitsAsTheRegularExpression(@ForAll @StringLength(max = 12)
            @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '-', '\u00A0', '\u2013', 'م', 'ح', 'a'}) String s) {
        assertThat(QuoteFinder.betweenSpacesAndDashes(s))
                .isEqualTo(Arrays.stream(SPACES_OR_DASHES.split(s)).filter(t -> !t.isEmpty()).toList());
    }
}
