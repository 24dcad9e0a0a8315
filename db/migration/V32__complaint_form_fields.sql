-- Form fields that were checked and then dropped are now stored with the case (issue 8: nothing accepted is dropped).
ALTER TABLE complaint ADD COLUMN employer_evidence_references VARCHAR(500) NULL;
ALTER TABLE complaint ADD COLUMN supervision_letter_issued BOOLEAN NULL;
-- the supervisor's decision on an extension request (APPROVE / REFUSE) and the note given with it
ALTER TABLE complaint ADD COLUMN extension_decision VARCHAR(20) NULL;
ALTER TABLE complaint ADD COLUMN extension_note VARCHAR(1000) NULL;
ALTER TABLE complaint ADD COLUMN rectification_evidence_references VARCHAR(500) NULL;
