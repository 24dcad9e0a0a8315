package org.ffw.platform.outbox;

/**
 * Where notices go: SMS gateway, e-mail, the 随申办 message centre… Delivery is at least once, so a channel should
 * pass {@link Notification#id()} on as its own idempotency key where the far side supports one.
 */
public interface NotificationChannel {

    String name();

    /** Delivers the notice or throws; a throw means it is retried later. */
    void send(Notification notification) throws Exception;
}
