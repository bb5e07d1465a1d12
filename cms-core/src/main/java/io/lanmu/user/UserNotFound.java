package io.lanmu.user;

import io.lanmu.shared.NotFound;

class UserNotFound extends NotFound {

    public UserNotFound(Object idOrName) {
        super("user-not-found", "There is no user " + idOrName, idOrName);
    }
}
