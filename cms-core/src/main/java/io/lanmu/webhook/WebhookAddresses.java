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
            // fc00::/7: unique local addresses, IPv6's private networks; ::ffff:a.b.c.d: an IPv4 address in disguise.
            if ((first & 0xfe) == 0xfc) {
                return true;
            }
            boolean mappedV4 = true;
            for (int i = 0; i < 10; i++) {
                mappedV4 &= bytes[i] == 0;
            }
            if (mappedV4 && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
                }
                catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }
}
