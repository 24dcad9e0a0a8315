package org.ffw.report;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.ffw.platform.cases.CaseRegistry;
import org.ffw.workbench.SearchProbes;
import org.springframework.context.ApplicationContext;

/**
 * What the cases benchmark times, through the services the pages call: the case registry's reads (an employer's
 * cases on its home page, a case by number as every case page opens it) and the staff's case search
 * ({@link SearchProbes}), and the dashboard's aggregates and the public statistics ({@link ReportProbes}).
 */
final class CaseProbes {

    private final CaseRegistry registry;
    private final ApplicationContext context;

    CaseProbes(ApplicationContext context) {
        this.context = context;
        this.registry = context.getBean(CaseRegistry.class);
    }

    /** Lines for the report: what the loaded data holds that the probes ask about. */
    void describe(CaseLoad load, Consumer<String> line) {
        String[] busiest = load.busiestEmployer();
        line.accept("- cases: " + load.cases + ", employers: " + load.employers + "; the employer asked about ("
                + busiest[0] + ") has " + registry.ofEmployer(busiest[0]).size() + " cases");
    }

    void add(CaseLoad load, Map<String, Supplier<Object>> ops) {
        String[] busiest = load.busiestEmployer();
        String someCase = load.lastCaseNo;
        ops.put("employer|CaseRegistry.ofEmployer (its home's list of cases)", () -> registry.ofEmployer(busiest[0]));
        ops.put("anyone|CaseRegistry.find (a case page opening)", () -> registry.find(someCase));
        SearchProbes.add(context, busiest, someCase, ops);
        ReportProbes.add(context, ops);
    }
}
