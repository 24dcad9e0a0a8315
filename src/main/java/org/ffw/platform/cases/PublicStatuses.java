package org.ffw.platform.cases;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The public status lookup of every procedure: anyone with a case number and its query code (given when the case
 * was opened) learns the status, the next step and the dates, without logging in. Each procedure answers for its
 * own cases ({@link Source}); a wrong number or code is one and the same 404.
 */
@Service
public class PublicStatuses {

    /** A procedure's public status of one of its cases: status and dates only, never a name or a text. */
    public interface Source {
        Procedure procedure();

        Object status(CaseRecord c);
    }

    /** The procedure the status belongs to (its page fragment is {@code cases/<process key> :: publicStatus}). */
    public record Found(Procedure procedure, Object status) {
    }

    private final CaseRegistry registry;
    private final Map<Procedure, Source> sources = new EnumMap<>(Procedure.class);

    PublicStatuses(CaseRegistry registry, List<Source> sources) {
        this.registry = registry;
        for (Source s : sources) {
            if (this.sources.put(s.procedure(), s) != null) {
                throw new IllegalStateException("two public status sources for " + s.procedure());
            }
        }
    }

    public Found lookup(String caseNo, String queryCode) {
        CaseRecord r = registry.byQueryCode(caseNo, queryCode)
                .filter(c -> sources.containsKey(c.procedure()))
                .orElseThrow(() -> new NotFoundException("No case matches this case number and query code."));
        return new Found(r.procedure(), sources.get(r.procedure()).status(r));
    }
}
