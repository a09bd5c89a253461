package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shipped logback.xml: warnings and errors only, to standard error. */
class LoggingTest {
    @Test
    void librariesLogWarningsAndAboveOnly() {
        for (String name : new String[] {"org.drools", "org.kie", "org.hibernate", "org.jboss", "fr.ptce", Logger.ROOT_LOGGER_NAME}) {
            Logger logger = LoggerFactory.getLogger(name);
            assertThat(logger.isInfoEnabled()).as(name).isFalse();
            assertThat(logger.isErrorEnabled()).as(name).isTrue();
        }
        assertThat(LoggerFactory.getLogger("org.drools").isWarnEnabled()).isTrue();
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        var appender = (ch.qos.logback.core.ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(appender.getTarget()).isEqualTo("System.err");
    }
}
