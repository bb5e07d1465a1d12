package io.lanmu.faults;

import java.nio.file.Path;

/** Lanmu, or a part of it, in a JVM of its own that a test can kill as an operator's kill -9 would. */
final class LanmuProcess {

    private LanmuProcess() {
    }

    /** The java of the JDK the tests run on (Maven's toolchain gives them JDK 25). */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
