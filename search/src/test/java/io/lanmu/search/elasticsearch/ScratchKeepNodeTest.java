package io.lanmu.search.elasticsearch;

import org.junit.jupiter.api.Test;

class ScratchKeepNodeTest {
    @Test
    void keep() throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/es-uri"), ElasticsearchTestNode.httpUri().toString());
        while (!java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/es-stop"))) Thread.sleep(500);
    }
}
