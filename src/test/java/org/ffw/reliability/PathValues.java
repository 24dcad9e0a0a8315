package org.ffw.reliability;

/**
 * What a path or query parameter of a given name is set to, on the "own" side (the demo employee's, employer's,
 * Pudong's) or the "other" side (employee2's, employer2's, Xuhui's): the fixtures where the rule's resource names
 * one, else a value that names nothing (so that a write the table got wrong cannot change a real record).
 */
final class PathValues {

    static final String NO_USER = "fuzz-no-such-user";

    private final Fixtures fx;

    PathValues(Fixtures fx) {
        this.fx = fx;
    }

    String value(String name, AccessRules.Rule rule, boolean own, boolean write) {
        switch (name) {
            case "caseNo":
                return switch (rule.resource()) {
                    case "complaint" -> pick(fx.complaint, own);
                    case "subsidy" -> pick(fx.subsidy, own);
                    case "certification" -> pick(fx.certification, own);
                    case "supervision" -> fx.supervision;
                    default -> rule.key().contains("/inspections/") ? "LI-2026-000000" : "LC-2026-000000";
                };
            case "id":
                return rule.resource().equals("task") ? pick(fx.triageTask, own) : "987654321";
            case "creditCode":
                return own ? Fixtures.EMPLOYER_CODE : Fixtures.EMPLOYER2_CODE;
            case "number":
                return "FC-2026-000000";
            case "username":
                return write ? NO_USER : (own ? "inspector" : "inspector-xuhui");
            case "key":
                return "fuzz.no-such-setting";
            case "year":
                return write ? "2099" : "2026";
            case "date":
                return "2026-03-10";
            case "figure":
                return "complaints";
            default:
                return "x";
        }
    }

    /** A query parameter that names a party or a place, or null for one the schema's sample serves. */
    String query(String name, boolean own) {
        return switch (name) {
            case "caseNo" -> pick(fx.complaint, own);
            case "queryCode" -> "ABCDEFGH";
            case "creditCode", "employer" -> own ? Fixtures.EMPLOYER_CODE : Fixtures.EMPLOYER2_CODE;
            case "residentId" -> own ? "310101198808080025" : "310115199204150021";
            case "district" -> own ? Fixtures.PUDONG : Fixtures.XUHUI;
            default -> null;
        };
    }

    private static String pick(Fixtures.Pair pair, boolean own) {
        return own ? pair.own() : pair.other();
    }
}
