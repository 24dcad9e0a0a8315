package org.ffw.platform.cases;

/**
 * Published by {@link CaseRegistry#open} in the opening transaction, before the procedure goes on: listeners that
 * record something for every new case (the settings it runs under) do it here, synchronously.
 */
public record CaseOpened(String caseNo, Procedure procedure) {
}
