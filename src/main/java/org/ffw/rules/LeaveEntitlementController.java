package org.ffw.rules;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public leave-entitlement calculator. */
@RestController
@Tag(name = "leave entitlements")
class LeaveEntitlementController {

    private final LeaveEntitlements entitlements;

    LeaveEntitlementController(LeaveEntitlements entitlements) {
        this.entitlements = entitlements;
    }

    @GetMapping("/api/v1/leave-entitlements")
    @Operation(summary = "Statutory leaves after a birth or a miscarriage in Shanghai: 产假, 生育假, 陪产假, 育儿假, "
            + "nursing time, with dates and legal basis (400 naming bad parameters). provisional: the 生育假 runs "
            + "into a year whose holiday schedule is not loaded (provisionalYears), its end was counted on the "
            + "statutory holidays and will be confirmed; 422 naming the year if that year is not even in the table "
            + "of statutory holidays (2021–2035)")
    LeaveEntitlement get(
            @RequestParam LeaveEvent event,
            @Parameter(description = "date of the birth, or of the end of the pregnancy")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(defaultValue = "1") int babies,
            @RequestParam(defaultValue = "false") boolean difficultBirth,
            @Parameter(description = "符合法律法规规定生育")
            @RequestParam(defaultValue = "true") boolean lawfulBirth,
            @Parameter(description = "completed months of pregnancy; required for MISCARRIAGE")
            @RequestParam(required = false) Integer pregnancyMonths,
            @Parameter(description = "first day of 产假; default the birth date, at most 15 days before it")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leaveStart) {
        return entitlements.calculate(new LeaveQuery(event, birthDate, babies, difficultBirth, lawfulBirth,
                pregnancyMonths, leaveStart));
    }
}
