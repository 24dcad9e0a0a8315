package org.ffw.employer;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/employers")
@Tag(name = "employers")
class EmployerController {

    private final EmployerService employers;

    EmployerController(EmployerService employers) {
        this.employers = employers;
    }

    /** Staff look up any employer; an employer account may read its own entry. */
    @GetMapping("/{creditCode}")
    @Operation(summary = "An employer by unified social credit code (400 if malformed, 404 if unknown)")
    Employer get(@PathVariable String creditCode) {
        FfwUser me = CurrentUser.get();
        boolean staff = me.hasAny(Role.INSPECTOR, Role.SUPERVISOR, Role.UNION_REVIEWER, Role.SUBSIDY_OFFICER,
                Role.ADMIN);
        if (!staff && !me.has(Role.EMPLOYER)) {
            throw new ForbiddenException("Only staff may look up employers.");
        }
        Employer employer = employers.find(creditCode)
                .orElseThrow(() -> new NotFoundException("No employer with this credit code is registered."));
        if (!staff && !employer.creditCode().equals(me.employerCreditCode())) {
            throw new ForbiddenException("An employer account may only read its own entry.");
        }
        return employer;
    }
}
