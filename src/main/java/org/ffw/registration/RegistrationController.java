package org.ffw.registration;

import java.util.List;
import java.util.Map;

import org.ffw.platform.security.CurrentUser;
import org.ffw.registration.RegistrationService.EmployeeRegistration;
import org.ffw.registration.RegistrationService.EmployerRegistration;
import org.ffw.registration.RegistrationService.Registered;
import org.ffw.registration.RegistrationService.Request;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Registration of employees and employers, the district's confirmation queue, and employer invitations. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts")
class RegistrationController {

    private final RegistrationService registrations;

    RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @PostMapping("/public/accounts/employees")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an employee account (phone confirmed by the code sent with purpose REGISTER)")
    Registered employee(@RequestBody EmployeeRegistration r) {
        return registrations.registerEmployee(r);
    }

    @PostMapping("/public/accounts/employers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an employer account: the first waits for the district's confirmation, later ones "
            + "need an invitation of a confirmed account")
    Registered employer(@RequestBody EmployerRegistration r) {
        return registrations.registerEmployer(r);
    }

    @GetMapping("/employer-account-requests")
    @PreAuthorize("hasAnyRole('INSPECTOR','SUPERVISOR')")
    @Operation(summary = "Employers' first accounts of the caller's district waiting for confirmation")
    List<Request> pending() {
        return registrations.pending(CurrentUser.get());
    }

    @PostMapping("/employer-account-requests/{username}/confirm")
    @PreAuthorize("hasAnyRole('INSPECTOR','SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirm(@PathVariable String username) {
        registrations.decide(CurrentUser.get(), username, true);
    }

    @PostMapping("/employer-account-requests/{username}/reject")
    @PreAuthorize("hasAnyRole('INSPECTOR','SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reject(@PathVariable String username) {
        registrations.decide(CurrentUser.get(), username, false);
    }

    @PostMapping("/employer-invitations")
    @PreAuthorize("hasRole('EMPLOYER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "An invitation code for a further account of the caller's employer (shown once)")
    Map<String, Object> invite() {
        String code = registrations.invite(CurrentUser.get());
        return Map.of("invitation", code, "link", "/public/register/employer?invitation=" + code,
                "validDays", registrations.invitationValidity().toDays());
    }
}
