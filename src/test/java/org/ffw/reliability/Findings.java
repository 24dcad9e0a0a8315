package org.ffw.reliability;

import java.util.List;

/** The findings of a generated harness in its Markdown report: a section per kind, left out when there are none. */
final class Findings {

    private Findings() {
    }

    static void section(StringBuilder sb, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            sb.append("\n## ").append(title).append('\n');
            lines.forEach(l -> sb.append("- ").append(l).append('\n'));
        }
    }

    static String section(String title, List<String> lines) {
        StringBuilder sb = new StringBuilder();
        section(sb, title, lines);
        return sb.toString();
    }
}
