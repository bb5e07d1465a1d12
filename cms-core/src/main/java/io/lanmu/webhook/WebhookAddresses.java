package io.lanmu.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which addresses Lanmu sends webhooks to: absolute {@code http}/{@code https} URLs whose host resolves only to public
 * addresses, unless {@code lanmu.webhooks.allow-private-addresses} is on. Checked when an address is registered and
 * again before every delivery, so a name that later resolves inward (DNS rebinding) is refused then too; the JVM's
 * address cache then serves the sending the same answer the check saw.
 */
@Component
class WebhookAddresses {

    private static final int MAX_LENGTH = 2000;

    private final boolean allowPrivate;

    WebhookAddresses(WebhookProperties properties) {
        this.allowPrivate = properties.allowPrivateAddresses();
    }

    /** The address as a URI, once its form is right (no name resolution). */
    URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            throw new WebhookAddressRefused("webhook-url-invalid", "Give an absolute http or https URL", MAX_LENGTH);
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                throw new WebhookAddressRefused("webhook-url-invalid", "Give an absolute http or https URL",
                        MAX_LENGTH);
            }
            return uri;
        }
        catch (URISyntaxException e) {
            throw new WebhookAddressRefused("webhook-url-invalid", "Give an absolute http or https URL", MAX_LENGTH);
        }
    }

    /** Refuses the address unless every address its host resolves to may be sent to. */
    void requireAllowed(URI uri) {
        InetAddress[] resolved;
        try {
            resolved = InetAddress.getAllByName(uri.getHost());
        }
        catch (UnknownHostException e) {
            throw new WebhookAddressRefused("webhook-host-unknown", "The host " + uri.getHost() + " is not known",
                    uri.getHost());
        }
        if (allowPrivate) {
            return;
        }
        for (InetAddress address : resolved) {
            if (isInternal(address)) {
                throw new WebhookAddressRefused("webhook-address-private", "The host " + uri.getHost()
                        + " resolves to " + address.getHostAddress() + ", inside a private network", uri.getHost(),
                        address.getHostAddress());
            }
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 100.64/10 (carrier-grade NAT), 0/8, 192.0.0/24 (protocol assignments), 198.18/15 (benchmarks), 240/4.
            return first == 0 || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18)
                    || first >= 240;
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            // fc00::/7: unique local addresses, IPv6's private networks.
            if ((first & 0xfe) == 0xfc) {
                return true;
            }
            // IPv4 addresses in disguise, each judged as the IPv4 address it reaches: mapped ::ffff:a.b.c.d and
            // compatible ::a.b.c.d (Java reads the mapped form as IPv4 already), NAT64's 64:ff9b::a.b.c.d and 6to4's
            // 2002:aabb:ccdd::.
            byte[] embedded = embeddedIpv4(bytes);
            if (embedded != null) {
                try {
                    return isInternal(InetAddress.getByAddress(embedded));
                }
                catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] embeddedIpv4(byte[] v6) {
        if ((v6[0] & 0xff) == 0x20 && (v6[1] & 0xff) == 0x02) {
            return new byte[] {v6[2], v6[3], v6[4], v6[5]};
        }
        boolean nat64 = (v6[0] & 0xff) == 0x00 && (v6[1] & 0xff) == 0x64 && (v6[2] & 0xff) == 0xff
                && (v6[3] & 0xff) == 0x9b && allZero(v6, 4, 12);
        boolean compatibleOrMapped = allZero(v6, 0, 10) && ((v6[10] == 0 && v6[11] == 0)
                || ((v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff));
        return nat64 || compatibleOrMapped ? new byte[] {v6[12], v6[13], v6[14], v6[15]} : null;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
