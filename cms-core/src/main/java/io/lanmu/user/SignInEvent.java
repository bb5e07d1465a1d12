package io.lanmu.user;

import io.lanmu.shared.DomainEvent;

/**
 * Something that happened while somebody tried to sign in: nobody is signed in yet, so the actor is
 * known only by the client address, and the subject is the account tried (0 if none has that name).
 */
interface SignInEvent extends DomainEvent {

    long userId();

    String clientAddress();

    @Override
    default long actorId() {
        return 0;
    }

    @Override
    default String actorName() {
        return clientAddress();
    }

    @Override
    default String subjectType() {
        return "USER";
    }

    @Override
    default long subjectId() {
        return userId();
    }
}
