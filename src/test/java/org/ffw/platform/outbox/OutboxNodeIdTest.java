package org.ffw.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The node id in lease_owner VARCHAR(64) fits whatever the host is called, and stays readable and unique. */
class OutboxNodeIdTest {

    /** 253 characters, the longest a DNS name may be: four labels of 63, 63, 63 and 61 characters. */
    static final String LONGEST_FQDN = "ffw-deployment-7c9d8f6b5-" + "a".repeat(32) + "-x2k4z"
            + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61);
    /** 253 characters in one label (no dots): what some container runtimes report as the host name. */
    static final String LONGEST_LABEL = "ffw-worker-" + "e".repeat(236) + "-q9z7t";

    @Test
    void a_253_character_host_name_gives_an_id_that_fits_and_reads() {
        assertThat(LONGEST_FQDN).hasSize(253);
        assertThat(LONGEST_LABEL).hasSize(253);
        for (String host : new String[] {LONGEST_FQDN, LONGEST_LABEL}) {
            String id = Outbox.nodeId("4194304@" + host);
            assertThat(id).hasSizeLessThanOrEqualTo(Outbox.MAX_NODE_ID);
            assertThat(id).matches("[A-Za-z0-9._~-]+/4194304/[0-9a-f]{12}");
            // readable: the host's head and its tail (where a pod name is unique) are both there
            assertThat(id).startsWith(host.substring(0, 10));
        }
        assertThat(Outbox.nodeId("4194304@" + LONGEST_FQDN)).startsWith("ffw-deployment-7").contains("~").contains("-x2k4z/");
        assertThat(Outbox.nodeId("4194304@" + LONGEST_LABEL)).startsWith("ffw-worker-").contains("-q9z7t/");
    }

    @Test
    void an_ordinary_host_is_kept_whole_and_only_its_domain_dropped() {
        assertThat(Outbox.nodeId("1@ffw-7c9d8f6b5-x2k4z", "3f9a0c1d2e4b")).isEqualTo("ffw-7c9d8f6b5-x2k4z/1/3f9a0c1d2e4b");
        assertThat(Outbox.nodeId("812@ffw-0.ffw.hr.svc.cluster.local", "3f9a0c1d2e4b"))
                .isEqualTo("ffw-0/812/3f9a0c1d2e4b");
        assertThat(Outbox.nodeId("812@10.42.7.19", "3f9a0c1d2e4b")).isEqualTo("10.42.7.19/812/3f9a0c1d2e4b");
        assertThat(Outbox.nodeId("odd name", "3f9a0c1d2e4b")).isEqualTo("odd_name/3f9a0c1d2e4b");
        assertThat(Outbox.nodeId("", "3f9a0c1d2e4b")).isEqualTo("node/3f9a0c1d2e4b");
    }

    @Test
    void two_nodes_on_the_same_host_and_pid_differ() {
        assertThat(Outbox.nodeId("1@ffw")).isNotEqualTo(Outbox.nodeId("1@ffw"));
    }

    @Test
    void an_id_that_does_not_fit_is_refused_at_construction_not_at_every_claim() {
        var props = new OutboxProperties(Duration.ofHours(1), 50, Duration.ofMinutes(2), 3);
        assertThatThrownBy(() -> new Outbox(null, null, props, "x".repeat(65), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
