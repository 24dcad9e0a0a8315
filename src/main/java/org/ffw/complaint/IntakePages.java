package org.ffw.complaint;

import java.util.Map;

import org.ffw.complaint.ComplaintViews.StaffView;
import org.ffw.platform.document.DocumentUploads;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.rules.ResidentIds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What district inspectors do with a complaint they took down for a person (the form itself is
 * {@link ComplaintPages}' {@code /complaints/intake}): the printable receipt (投诉登记回执) the person takes away or is
 * posted — with the query code right after lodging, afterwards only where it was sent — and the signed record.
 */
@Controller
class IntakePages {

    private final ComplaintReads reads;
    private final ComplaintDocuments documents;
    private final DocumentUploads uploads;

    IntakePages(ComplaintReads reads, ComplaintDocuments documents, DocumentUploads uploads) {
        this.reads = reads;
        this.documents = documents;
        this.uploads = uploads;
    }

    @GetMapping("/complaints/{caseNo}/receipt")
    @PreAuthorize("hasRole('INSPECTOR')")
    String receipt(@PathVariable String caseNo, Model model) {
        if (!(reads.read(CurrentUser.get(), caseNo) instanceof StaffView v)) {
            throw new ForbiddenException("The receipt is printed by the district's staff.");
        }
        Complaint c = v.complaint();
        model.addAttribute("v", v);
        model.addAttribute("maskedId", ResidentIds.mask(c.complainantResidentId()));
        model.addAttribute("maskedPhone", c.complainantPhone() == null || c.complainantPhone().length() < 11
                ? c.complainantPhone() : c.complainantPhone().substring(0, 3) + "****" + c.complainantPhone().substring(7));
        Object lodged = model.getAttribute("lodged");
        model.addAttribute("queryCode", lodged instanceof Map<?, ?> r && caseNo.equals(r.get("caseNo"))
                ? r.get("queryCode") : null);
        return "complaint/receipt";
    }

    @PostMapping("/complaints/{caseNo}/intake-record")
    @PreAuthorize("hasRole('INSPECTOR')")
    String attachRecord(@PathVariable String caseNo, @RequestParam(name = "file", required = false) MultipartFile file,
                        @RequestParam(name = "token", required = false) String token, RedirectAttributes flash) {
        uploads.page("complaint-intake-records", caseNo, token, file, flash,
                (name, content) -> documents.attachIntakeRecord(CurrentUser.get(), caseNo, name, content));
        return "redirect:/complaints/" + caseNo + "#channel-parties";
    }
}
