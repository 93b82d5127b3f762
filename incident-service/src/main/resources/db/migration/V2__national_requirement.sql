-- PSIRF's nationally required responses (DOMAIN §3.5): the kind of incident reported, which decides its response.
ALTER TABLE incident_view ADD COLUMN national_requirement text;
