package io.lanmu.web.items;

import io.lanmu.shared.LanmuException;

/** An upload's file name holds control characters (a NUL cuts names short on disk and in databases). */
class FileNameInvalid extends LanmuException {

    FileNameInvalid() {
        super("file-name-invalid", "The file name contains control characters");
    }

    static String checked(String name) {
        if (name != null && name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new FileNameInvalid();
        }
        return name;
    }
}
