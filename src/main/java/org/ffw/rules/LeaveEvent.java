package org.ffw.rules;

/** What the leave follows: a birth (分娩), or a miscarriage (流产, with the completed months of pregnancy). */
public enum LeaveEvent {
    BIRTH,
    MISCARRIAGE
}
