package org.ffw;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * FFW — family-friendly workplace supervision. One Spring Boot application with the Camunda 7 engine embedded;
 * packages by feature (platform, identity, employer, rules, and one package per procedure).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class FfwApplication {

    public static void main(String[] args) {
        useUtc();
        SpringApplication.run(FfwApplication.class, args);
    }

    /**
     * Instants are stored in UTC: the JVM's default zone is what JDBC drivers use to turn a timestamp into a
     * DATETIME, so it is pinned to UTC. Legal deadlines are computed explicitly in Asia/Shanghai.
     */
    public static void useUtc() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }
}
