package fr.ptce.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The shipped simplelogger.properties: warnings and errors only (SLF4J's simple provider writes to standard error). */
class LoggingTest {
    @Test
    void librariesLogWarningsAndAboveOnly() {
        for (String name : new String[] {"org.drools", "org.kie", "org.hibernate", "org.jboss", "fr.ptce", Logger.ROOT_LOGGER_NAME}) {
            Logger logger = LoggerFactory.getLogger(name);
            assertThat(logger.isInfoEnabled()).as(name).isFalse();
            assertThat(logger.isErrorEnabled()).as(name).isTrue();
        }
        assertThat(LoggerFactory.getLogger("org.drools").isWarnEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("org.jboss").isWarnEnabled()).isFalse();
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(org.slf4j.simple.SimpleLoggerFactory.class);
    }

    @Test
    void noLogbackInTheCommandLine() {
        assertThat(getClass().getClassLoader().getResource("ch/qos/logback/classic/Logger.class")).isNull();
    }
}
