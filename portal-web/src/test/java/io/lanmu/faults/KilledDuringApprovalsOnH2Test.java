package io.lanmu.faults;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** On the embedded default: H2 in the data folder, with application.yml's own URL. */
class KilledDuringApprovalsOnH2Test extends KilledDuringApprovalsTests {

    @Override
    Map<String, String> database() {
        return Map.of();
    }

    @Override
    JdbcTemplate openDatabase() {
        return jdbc(EmbeddedDatabase.url(dataDir), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
    }
}
