package org.ffw.certification;

import java.util.Arrays;
import java.util.List;

/** A post as stored (certification_post, friendly_certificate_post): measures as a comma-separated list. */
record PostRow(int postNo, String title, String department, int headcount, String workingTime, String measures,
               String otherMeasure, String eligibility) {

    static PostRow of(int postNo, ApplyCertification.Post p) {
        return new PostRow(postNo, p.title().strip(), blankToNull(p.department()), p.headcount(),
                p.workingTime().strip(), String.join(",", p.measures().stream().distinct().map(Enum::name).toList()),
                blankToNull(p.otherMeasure()), p.eligibility().strip());
    }

    List<Measure> measureList() {
        return Arrays.stream(measures.split(",")).filter(s -> !s.isBlank()).map(Measure::valueOf).toList();
    }

    ApplyCertification.Post asPost() {
        return new ApplyCertification.Post(title, department, headcount, workingTime, measureList(), otherMeasure,
                eligibility);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
