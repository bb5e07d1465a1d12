package io.lanmu.user;

import io.lanmu.shared.LanmuException;

/**
 * The username and password do not match an enabled account. The message never says which part
 * was wrong.
 */
public class BadCredentials extends LanmuException {

    public BadCredentials() {
        super("bad-credentials", "Wrong username or password");
    }
}
