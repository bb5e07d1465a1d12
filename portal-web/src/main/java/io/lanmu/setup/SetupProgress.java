package io.lanmu.setup;

import org.springframework.stereotype.Component;

/**
 * Whether the installation is ready: not while the first start is still writing the sample site or
 * the first admin. Until then requests are answered "503, come back shortly" rather than with an
 * empty site, and readiness stays down.
 */
@Component
public class SetupProgress {

    private volatile boolean complete;

    public boolean isComplete() {
        return complete;
    }

    void markComplete() {
        complete = true;
    }
}
