package io.lanmu.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EtagsUnitTest {

    private static final String TAG = Etags.of("页面".getBytes(StandardCharsets.UTF_8));

    @Test
    void equalBytesCarryTheSameStrongTag() {
        assertThat(TAG).matches("\"[0-9a-f]{64}\"").isEqualTo(Etags.of("页面".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(Etags.of("页面 ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ifNoneMatchNamesTheTagAmongOthersWeaklyOrByStar() {
        assertThat(Etags.matches(TAG, TAG)).isTrue();
        assertThat(Etags.matches("\"other\", " + TAG, TAG)).isTrue();
        assertThat(Etags.matches("W/" + TAG, TAG)).isTrue();
        assertThat(Etags.matches("*", TAG)).isTrue();
        assertThat(Etags.matches("\"other\"", TAG)).isFalse();
        assertThat(Etags.matches(null, TAG)).isFalse();
        assertThat(Etags.matches(" ", TAG)).isFalse();
    }
}
