package io.lanmu.attachment;

import io.lanmu.shared.NotFound;

public class AttachmentNotFound extends NotFound {

    public AttachmentNotFound(long id) {
        super("attachment-not-found", "There is no attachment " + id, id);
    }
}
