package io.lanmu.search.elasticsearch;

/** The test node did not become healthy; the message carries the tail of its logs. */
final class NodeDidNotStart extends RuntimeException {

    NodeDidNotStart(String message) {
        super(message);
    }

    /** Whether another process took one of the ports between choosing it and the node binding it. */
    boolean portTaken() {
        return getMessage().contains("Address already in use");
    }
}
