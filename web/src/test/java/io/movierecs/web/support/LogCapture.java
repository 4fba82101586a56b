package io.movierecs.web.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects what one logger writes while a test runs, as the lines an operator would read. */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogCapture(String loggerName) {
        logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
    }

    public List<String> lines() {
        return appender.list.stream().map(event -> event.getFormattedMessage()
                + " requestId=" + event.getMDCPropertyMap().getOrDefault("requestId", "")
                + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage())).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
