package io.lanmu.preview;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key preview links are signed with: the configured secret, or else one made at random the first time it is
 * needed and kept in {@code preview_key}, so a link made on one instance opens on every other.
 */
@Component
class PreviewKey {

    private final JdbcTemplate jdbc;
    private final String configured;
    private volatile byte[] key;

    PreviewKey(JdbcTemplate jdbc, PreviewProperties properties) {
        this.jdbc = jdbc;
        this.configured = properties.secret();
    }

    byte[] bytes() {
        byte[] known = key;
        if (known == null) {
            known = configured.isEmpty() ? stored() : configured.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            key = known;
        }
        return known;
    }

    private byte[] stored() {
        List<String> found = read();
        if (found.isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                jdbc.update("insert into preview_key (id, secret) values (1, ?)",
                        Base64.getEncoder().encodeToString(fresh));
            }
            catch (DuplicateKeyException anotherInstanceWasFirst) {
                // Its key is the one every instance uses: read it below.
            }
            found = read();
        }
        return Base64.getDecoder().decode(found.getFirst());
    }

    private List<String> read() {
        return jdbc.queryForList("select secret from preview_key where id = 1", String.class);
    }
}
