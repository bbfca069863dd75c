package org.junheng.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * This server's name among the servers that share one database, for the work it claims there
 * (rotation jobs, page imports): {@code junheng.server-name} if set, else its host and port — the
 * same after a restart, so the server knows its own unfinished work. A command-line run has no web
 * server and no name: it claims nothing.
 */
@Component
public class ServerName implements ApplicationListener<WebServerInitializedEvent> {

    private final String configured;
    private volatile String name;

    ServerName(@Value("${junheng.server-name:}") String configured) {
        this.configured = configured;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() == null && event.getApplicationContext().getServerNamespace() == null) {
            name = configured.isBlank() ? hostName() + ":" + event.getWebServer().getPort() : configured;
        }
    }

    /** Empty until the web server is up, and in a command-line run. */
    public Optional<String> get() {
        return Optional.ofNullable(name);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
