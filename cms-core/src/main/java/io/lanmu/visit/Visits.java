package io.lanmu.visit;

import io.lanmu.shared.SiteProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Counts page views on the request path, in memory only: no database access but the day's salt, read once a day.
 * The visitor is the SHA-256 of the day's salt, the address and the User-Agent, cut to 128 bits; neither address nor
 * User-Agent is kept anywhere. Robots are not counted.
 */
@Service
public class Visits {

    private final VisitTally tally;
    private final DailySalts salts;
    private final SiteProperties site;
    private final Clock clock;
    private final boolean enabled;

    Visits(VisitTally tally, DailySalts salts, SiteProperties site, Clock clock, VisitProperties properties) {
        this.tally = tally;
        this.salts = salts;
        this.site = site;
        this.clock = clock;
        this.enabled = properties.enabled();
    }

    /**
     * Counts one view.
     *
     * @param address the visitor's IP address, as the proxy in front forwarded it
     * @param referrer the {@code Referer} header, or {@code null}
     * @param ownHost the site's own host name: a referrer from there is a visitor moving within the site
     */
    public void record(PageView view, String address, String userAgent, String referrer, String ownHost) {
        if (!enabled || Bots.isRobot(userAgent)) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(clock.instant(), site.timeZone());
        tally.count(day, view, visitor(day, address, userAgent), domainOf(referrer, ownHost));
    }

    /** The visitor's hash of the day, or {@code null} when the day's salt is not at hand. */
    private String visitor(LocalDate day, String address, String userAgent) {
        byte[] salt = salts.forRequest(day);
        if (salt == null) {
            return null;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update((String.valueOf(address) + '\n' + userAgent).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String domainOf(String referrer, String ownHost) {
        if (referrer == null || referrer.isBlank() || referrer.length() > 2000) {
            return null;
        }
        try {
            URI uri = URI.create(referrer.strip());
            String host = uri.getHost();
            String scheme = uri.getScheme();
            if (host == null || scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.equalsIgnoreCase(ownHost)) {
                return null;
            }
            host = host.startsWith("www.") ? host.substring(4) : host;
            return host.length() > 253 ? null : host;
        }
        catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
