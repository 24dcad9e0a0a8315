package org.ffw.platform;

import java.time.ZoneId;

/** Shanghai's time zone, the one every legal date and deadline of FFW is counted in (instants are stored in UTC). */
public final class Shanghai {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Shanghai() {
    }
}
