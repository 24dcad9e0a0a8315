package org.ffw.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ffw.complaint.LeaveType;
import org.ffw.employer.Sector;
import org.ffw.employer.SizeBand;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;

/**
 * A campaign to create or preview (docs/campaigns.md): codes as strings, so that every bad one is a 400 naming
 * its field ({@link #validate}). {@code sectors} and {@code sizeBands} null or empty: no filter.
 */
public record CampaignRequest(String title, List<String> leaveTypes, List<String> districts, List<String> sectors,
                              List<String> sizeBands, LocalDate periodFrom, LocalDate periodTo, Integer sampleSize,
                              BigDecimal riskShare) {

    static final int MAX_SAMPLE = 500;

    /** The request with its codes checked and parsed. */
    record Valid(String title, List<LeaveType> leaveTypes, List<String> districts, List<Sector> sectors,
                 List<SizeBand> sizeBands, LocalDate periodFrom, LocalDate periodTo, int sampleSize,
                 BigDecimal riskShare) {
    }

    interface Districts {
        boolean known(String code);
    }

    Valid validate(Districts known) {
        List<FieldProblem> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new FieldProblem("title", "is required"));
        } else if (title.strip().length() > 128) {
            errors.add(new FieldProblem("title", "is at most 128 characters"));
        }
        List<LeaveType> types = new ArrayList<>();
        if (leaveTypes == null || leaveTypes.isEmpty()) {
            errors.add(new FieldProblem("leaveTypes", "names at least one leave type"));
        } else {
            for (int i = 0; i < leaveTypes.size(); i++) {
                LeaveType t = leaveType(leaveTypes.get(i));
                if (t == null) {
                    errors.add(new FieldProblem("leaveTypes[" + i + "]", "is not a leave type"));
                } else if (!types.contains(t)) {
                    types.add(t);
                }
            }
        }
        List<String> ds = new ArrayList<>();
        if (districts == null || districts.isEmpty()) {
            errors.add(new FieldProblem("districts", "names at least one district"));
        } else {
            for (int i = 0; i < districts.size(); i++) {
                String d = districts.get(i) == null ? null : districts.get(i).strip();
                if (!known.known(d)) {
                    errors.add(new FieldProblem("districts[" + i + "]", "is not a Shanghai district code"));
                } else if (!ds.contains(d)) {
                    ds.add(d);
                }
            }
        }
        List<Sector> ss = new ArrayList<>();
        if (sectors != null) {
            for (int i = 0; i < sectors.size(); i++) {
                Sector s = Sector.of(sectors.get(i) == null ? null : sectors.get(i).strip());
                if (s == null) {
                    errors.add(new FieldProblem("sectors[" + i + "]",
                            "is not a sector of GB/T 4754-2017 (one letter A–T)"));
                } else if (!ss.contains(s)) {
                    ss.add(s);
                }
            }
        }
        List<SizeBand> bs = new ArrayList<>();
        if (sizeBands != null) {
            for (int i = 0; i < sizeBands.size(); i++) {
                SizeBand b = SizeBand.of(sizeBands.get(i) == null ? null : sizeBands.get(i).strip());
                if (b == null) {
                    errors.add(new FieldProblem("sizeBands[" + i + "]", "is not a size band"));
                } else if (!bs.contains(b)) {
                    bs.add(b);
                }
            }
        }
        if (periodFrom == null) {
            errors.add(new FieldProblem("periodFrom", "is required"));
        }
        if (periodTo == null) {
            errors.add(new FieldProblem("periodTo", "is required"));
        }
        if (periodFrom != null && periodTo != null && periodFrom.isAfter(periodTo)) {
            errors.add(new FieldProblem("periodFrom", "is after periodTo"));
        }
        if (sampleSize == null) {
            errors.add(new FieldProblem("sampleSize", "is required"));
        } else if (sampleSize < 1 || sampleSize > MAX_SAMPLE) {
            errors.add(new FieldProblem("sampleSize", "is between 1 and " + MAX_SAMPLE));
        }
        if (riskShare == null) {
            errors.add(new FieldProblem("riskShare", "is required"));
        } else if (riskShare.signum() < 0 || riskShare.compareTo(BigDecimal.ONE) > 0) {
            errors.add(new FieldProblem("riskShare", "is between 0 and 1"));
        } else if (riskShare.stripTrailingZeros().scale() > 3) {
            errors.add(new FieldProblem("riskShare", "has at most three decimals"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Valid(title.strip(), List.copyOf(types), List.copyOf(ds), ss.isEmpty() ? null : List.copyOf(ss),
                bs.isEmpty() ? null : List.copyOf(bs), periodFrom, periodTo, sampleSize,
                riskShare.setScale(3, java.math.RoundingMode.UNNECESSARY));
    }

    private static LeaveType leaveType(String name) {
        for (LeaveType t : LeaveType.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
