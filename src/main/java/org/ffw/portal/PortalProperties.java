package org.ffw.portal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ffw.portal.*: the contact details on the public home page. REFERENCE.md sources none of the district bureaus'
 * numbers, so they are configuration: {@code hotline} is the citywide HRSS hotline (default 12333), and
 * {@code bureaus.<district code>.phone} / {@code .address} a district bureau's own; a district without its own number
 * is reached through the hotline (the page says so).
 */
@ConfigurationProperties("ffw.portal")
record PortalProperties(String hotline, Map<String, Bureau> bureaus) {

    /** A district bureau's contact details; either may be empty. */
    record Bureau(String phone, String address) {
    }

    PortalProperties {
        hotline = hotline == null || hotline.isBlank() ? "12333" : hotline.strip();
        bureaus = bureaus == null ? Map.of() : Map.copyOf(bureaus);
    }
}
