package org.junheng.web;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the server where to find it. */
@Component
public class ServerAddress implements ApplicationListener<WebServerInitializedEvent> {

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() == null) {
            System.out.println("  均衡 Junheng 已启动 / is running: http://localhost:" + event.getWebServer().getPort());
        }
    }
}
