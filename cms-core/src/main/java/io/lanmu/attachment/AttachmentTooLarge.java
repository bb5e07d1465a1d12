package io.lanmu.attachment;

import io.lanmu.shared.InvalidInput;

class AttachmentTooLarge extends InvalidInput {

    public AttachmentTooLarge(long maxBytes) {
        super("file", "attachment-too-large", "An attachment may have at most " + maxBytes + " bytes", maxBytes);
    }
}
