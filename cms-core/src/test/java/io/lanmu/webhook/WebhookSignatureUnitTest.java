package io.lanmu.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureUnitTest {

    private static final byte[] BODY = "{\"type\":\"item.published\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signatureVerifiesOnlyWithItsSecretBodyAndTimestamp() {
        String header = WebhookSignature.header("whsec_one", 1_800_000_000L, BODY);

        assertThat(header).matches("t=1800000000,v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.verifies("whsec_one", header, BODY)).isTrue();
        assertThat(WebhookSignature.verifies("whsec_two", header, BODY)).isFalse();
        assertThat(WebhookSignature.verifies("whsec_one", header, "{}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(WebhookSignature.verifies("whsec_one", header.replace("t=1800000000", "t=1800000001"), BODY))
                .isFalse();
        assertThat(WebhookSignature.verifies("whsec_one", "v1=00", BODY)).isFalse();
        assertThat(WebhookSignature.timestampOf(header)).isEqualTo(1_800_000_000L);
    }

    @Test
    void internalAddressesAreToldApartFromPublicOnes() throws Exception {
        for (String internal : new String[] {"127.0.0.1", "10.0.0.1", "172.31.255.255", "192.168.0.1", "169.254.169.254",
            "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fd12::1", "::ffff:192.168.0.1", "224.0.0.1",
            "64:ff9b::a00:1", "2002:c0a8:101::1", "::a00:1"}) {
            assertThat(WebhookAddresses.isInternal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String external : new String[] {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1",
            "2606:4700::1111", "64:ff9b::808:808", "2002:808:808::1"}) {
            assertThat(WebhookAddresses.isInternal(InetAddress.getByName(external))).as(external).isFalse();
        }
    }
}
