package io.lanmu.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where attachment files live. The file system (a local or shared folder) is the one implementation
 * today; object storage can follow behind the same port.
 */
interface AttachmentStorage {

    /**
     * Stores the stream under {@code key}, refusing more than {@code maxBytes}.
     *
     * @throws AttachmentTooLarge when the stream is longer; nothing is kept then
     */
    StoredFile store(String key, InputStream content, long maxBytes) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;

    /** What was written: its size and SHA-256, hex. */
    record StoredFile(long size, String sha256) {
    }
}
