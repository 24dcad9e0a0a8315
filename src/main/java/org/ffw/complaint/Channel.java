package org.ffw.complaint;

/**
 * How a complaint reached the inspection: the person's own web form, or district staff taking it down on the
 * person's behalf — at the counter (an oral complaint, written down and signed: 笔录), on the 12333 hotline, or from
 * a letter (若干规定 Art. 12–13). Words: {@code complaint.channel.<name>} in i18n/channels.
 */
public enum Channel {
    WEB, COUNTER, HOTLINE_12333, LETTER;

    /** Lodged by district staff on behalf of a person. */
    public boolean onBehalf() {
        return this != WEB;
    }
}
