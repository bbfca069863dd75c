package org.junheng;

import java.util.concurrent.Executor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Listeners between modules run off the publisher's thread, after its commit — on the server. The
 * command line sets {@code junheng.events.async=false}: there they run on the publisher's thread
 * (still after its commit), so that an import returns once its re-assessment is done, before the
 * command closes the database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "junheng.events.async", havingValue = "false")
class AsyncEvents implements AsyncConfigurer {

    @Override
    public Executor getAsyncExecutor() {
        return new SyncTaskExecutor();
    }
}
