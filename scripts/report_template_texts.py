"""The fixed wording of the Word report templates in Dutch and English (used by build_report_templates.py).

``{{ ... }}`` are template variables filled in per report; ``{markers}`` is replaced by the list of
correction markers when the template is built.
"""

from __future__ import annotations

NL: dict[str, str] = {
    "doc_title": "Rapport van gehoor",
    "doc_comments": "Sjabloon van Interview Guide; gemaakt met scripts/build_report_templates.py",
    "header": "IND — Rapport van {{ hearing_kind }}",
    "confidential": "Vertrouwelijk: bevat bijzondere persoonsgegevens",
    "footer_v": "V-nummer {{ case.v_number }}",
    "page": "Pagina",
    "of": "van",
    "fingerprint": "Vingerafdruk van het gehoor (SHA-256): ",
    "title": "Rapport van {{ hearing_kind }}",
    "subtitle": "Immigratie- en Naturalisatiedienst",
    "objection": "Let op: de aanvrager heeft bezwaar gemaakt tegen toezending van dit rapport aan de "
    "gemachtigde. Stuur dit rapport niet aan de gemachtigde.",
    "final_notice": "Definitieve versie: met in de bijlage de ontvangen correcties en aanvullingen en de "
    "reactie van de IND.",
    "h_case": "1   Gegevens van de zaak",
    "v_number": "V-nummer",
    "case_reference": "Zaaknummer",
    "applicant_name": "Naam van de aanvrager",
    "date_of_birth": "Geboortedatum",
    "nationality": "Nationaliteit",
    "hearing_type": "Soort gehoor",
    "procedure_track": "Procedure",
    "subsequent_application": "Opvolgende aanvraag",
    "claim_types": "Asielmotief",
    "language": "Taal van het gehoor",
    "dialect": "Dialect",
    "officer_name": "Hoormedewerker",
    "officer_gender": "Geslacht hoormedewerker",
    "officer_gender_request": "Verzoek over het geslacht van de hoormedewerker",
    "interpreter_gender_request": "Verzoek over het geslacht van de tolk",
    "banks": "Gebruikte vragenlijsten",
    "h_sittings": "2   Zittingen",
    "sitting": "Zitting {{ s.number }}",
    "s_date": "Datum",
    "s_times": "Aanvang en einde",
    "s_location": "Locatie",
    "s_interpreter": "Tolk (naam of nummer)",
    "s_register": "Registerstatus tolk",
    "s_gender": "Geslacht tolk",
    "s_mode": "Wijze van tolken",
    "s_attendees": "Verder aanwezig, en in welke rol",
    "s_breaks": "Pauzes",
    "h_frame": "3   Referentiekader",
    "frame_intro": "Het referentiekader beschrijft de achtergrond van de aanvrager waarmee bij het horen "
    "rekening is gehouden. Het is geen oordeel over de geloofwaardigheid. Alleen ingevulde onderdelen "
    "staan hier.",
    "h_instructions": "4   Correcties en aanvullingen: zo werkt het",
    "i_deadline": "Termijn. De aanvrager kan via de gemachtigde correcties en aanvullingen op dit rapport "
    "sturen, {{ deadline }}. Wat later binnenkomt, wordt wel bij het dossier gevoegd, maar als te laat "
    "gemarkeerd.",
    "i_corrections": "Correcties. Schrijf een correctie bij een vraag of antwoord in de laatste kolom, "
    "‘Correcties en aanvullingen’, in de rij van die vraag. Verander de tekst van de vragen en antwoorden "
    "zelf niet: een rapport waarin die tekst is veranderd, kan niet worden verwerkt.",
    "i_markers": "Soort. Begin een correctie zo nodig met een van deze aanduidingen: {markers} "
    "([verloop] is een opmerking over het verloop van het gehoor, [tolk] een klacht over de tolk). "
    "Zonder aanduiding geldt een tekst in de laatste kolom als feitelijke correctie en een tekst in het "
    "vak Aanvullingen als aanvulling.",
    "i_additions": "Aanvullingen. Nieuwe informatie schrijft u in het vak Aanvullingen aan het einde van "
    "dit rapport. Scheid aanvullingen met een lege regel; één aanvulling mag meerdere alinea’s hebben, "
    "zonder lege regel ertussen. Hoort een aanvulling bij een vraag, begin dan met het nummer van die "
    "vraag en een dubbele punt, bijvoorbeeld ‘12: …’.",
    "i_return": "Terugsturen. Stuur dit rapport terug als Word-bestand (.docx), bewaard in Word of "
    "LibreOffice, met het V-nummer. Laat de vingerafdruk onderaan de pagina staan: daaraan ziet de IND "
    "dat het rapport bij dit gehoor hoort.",
    "h_entries": "5   Vragen en antwoorden",
    "entries_intro": "De vragen en antwoorden staan letterlijk en in volgorde van nummer. De vragen van de "
    "hoormedewerker staan cursief; grijze toelichtingen zijn van de hoormedewerker.",
    "col_number": "Nr.",
    "col_question": "Vraag",
    "col_answer": "Antwoord",
    "h_course": "6   Op- en aanmerkingen over het verloop van het gehoor",
    "h_statements": "7   Verklaringen van derden",
    "statements_intro": "Een verklaring van een derde geldt als verklaring op basis van eigen waarneming, "
    "niet als deskundigenbericht. Bij elke verklaring staat hoe zij is gewogen.",
    "none": "(geen)",
    "statement": "Verklaring {{ st.number }}: {{ st.author }}",
    "st_role": "Rol",
    "st_relationship": "Relatie tot de aanvrager",
    "st_date": "Datum van de verklaring",
    "st_received": "Ontvangen op",
    "st_basis": "Grondslag",
    "st_class": "Aard",
    "st_new_facts": "Nieuwe feiten",
    "st_confirms": "Bevestigt",
    "st_weighed": "Hoe de verklaring is gewogen",
    "h_material": "8   Overgelegde stukken",
    "m_kind": "Soort",
    "m_category": "Inhoud",
    "m_description": "Beschrijving",
    "m_received": "Ontvangen",
    "h_experts": "Deskundigenrapporten",
    "experts_intro": "Een deskundigenbericht is niet bindend en nooit de enige grondslag van de beslissing.",
    "h_signature": "9   Ondertekening",
    "signature_intro": "Dit rapport is opgemaakt door de hoormedewerker en geeft de vragen en antwoorden "
    "letterlijk weer.",
    "sig_name": "Hoormedewerker",
    "sig_date": "Datum",
    "sig_place": "Plaats",
    "sig_sign": "Handtekening",
    "h_additions": "10   Aanvullingen",
    "additions_intro": "Ruimte voor de gemachtigde (zie hoofdstuk 4). Scheid aanvullingen met een lege "
    "regel; begin met ‘12:’ als een aanvulling bij vraag 12 hoort.",
    "h_annex": "Bijlage   Correcties en aanvullingen met de reactie van de IND",
    "annex_intro": "De correcties en aanvullingen staan in volgorde van ontvangst, met een vast nummer. De "
    "vragen en antwoorden in het rapport zelf zijn niet veranderd.",
    "annex_item": "{{ c.number }}. {{ c.type }}, {{ c.reference }}",
    "c_by": "Ingediend door",
    "c_received": "Ontvangen",
    "c_text": "Tekst",
    "c_response": "Reactie van de IND",
    "h_audit": "Bijlage   Wijzigingen na vastlegging (audittrail)",
    "audit_intro": "Elke wijziging van een vraag of antwoord nadat die was vastgelegd, in volgorde van tijd, "
    "met de oude en de nieuwe tekst letterlijk. Tijdstippen staan in de tijdzone van het gehoor. Het "
    "rapport zelf geeft de vragen en antwoorden zoals ze uiteindelijk zijn vastgelegd; de vingerafdruk "
    "hoort bij die versie.",
    "audit_none": "Na vastlegging is geen vraag of antwoord gewijzigd.",
    "audit_item": "{{ a.number }}. {{ a.what }}, {{ a.reference }}",
    "a_at": "Gewijzigd op",
    "a_old": "Oude tekst",
    "a_new": "Nieuwe tekst",
}

EN: dict[str, str] = {
    "doc_title": "Record of interview",
    "doc_comments": "Interview Guide template; made by scripts/build_report_templates.py",
    "header": "IND — Record of the {{ hearing_kind }}",
    "confidential": "Confidential: holds special categories of personal data",
    "footer_v": "V-number {{ case.v_number }}",
    "page": "Page",
    "of": "of",
    "fingerprint": "Fingerprint of the record (SHA-256): ",
    "title": "Record of the {{ hearing_kind }}",
    "subtitle": "Immigration and Naturalisation Service (IND)",
    "objection": "Note: the applicant objects to counsel receiving this record. Do not send this record "
    "to counsel.",
    "final_notice": "Final version: with the corrections and additions received and the IND's response "
    "in the annex.",
    "h_case": "1   Case data",
    "v_number": "V-number",
    "case_reference": "Case reference",
    "applicant_name": "Name of the applicant",
    "date_of_birth": "Date of birth",
    "nationality": "Nationality",
    "hearing_type": "Type of interview",
    "procedure_track": "Procedure",
    "subsequent_application": "Subsequent application",
    "claim_types": "Grounds of the claim",
    "language": "Language of the interview",
    "dialect": "Dialect",
    "officer_name": "Interviewing officer",
    "officer_gender": "Gender of the officer",
    "officer_gender_request": "Request about the officer's gender",
    "interpreter_gender_request": "Request about the interpreter's gender",
    "banks": "Question banks used",
    "h_sittings": "2   Sittings",
    "sitting": "Sitting {{ s.number }}",
    "s_date": "Date",
    "s_times": "Start and end",
    "s_location": "Location",
    "s_interpreter": "Interpreter (name or number)",
    "s_register": "Interpreter's register status",
    "s_gender": "Interpreter's gender",
    "s_mode": "How the interpreter took part",
    "s_attendees": "Also present, and in what role",
    "s_breaks": "Breaks",
    "h_frame": "3   Reference frame",
    "frame_intro": "The reference frame describes the applicant's background that the interview took "
    "into account. It is not a finding on credibility. Only the parts filled in are shown.",
    "h_instructions": "4   Corrections and additions: how it works",
    "i_deadline": "Deadline. The applicant may send corrections and additions to this record through "
    "counsel, {{ deadline }}. Anything received later is added to the file but marked as late.",
    "i_corrections": "Corrections. Write a correction to a question or answer in the last column, "
    "‘Corrections and additions’, of that question's row. Do not change the text of the questions and "
    "answers themselves: a record in which that text was changed cannot be processed.",
    "i_markers": "Type. Where useful, begin a correction with one of these markers: {markers} ([course of "
    "the hearing] is a remark on how the interview went, [interpreter] a complaint about the "
    "interpreter). Without a marker, text in the last column counts as a factual correction and text in "
    "the Additions box as an addition.",
    "i_additions": "Additions. Write new information in the Additions box at the end of this record. "
    "Separate additions with an empty line; one addition may have several paragraphs, without an empty "
    "line between them. If an addition belongs to a question, begin with that question's number and a "
    "colon, for example ‘12: …’.",
    "i_return": "Returning it. Send this record back as a Word file (.docx), saved in Word or LibreOffice, "
    "with the V-number. Leave the fingerprint at the foot of the page in place: it shows the IND that "
    "the record belongs to this interview.",
    "h_entries": "5   Questions and answers",
    "entries_intro": "Questions and answers are given verbatim, in order of their number. The officer's "
    "questions are in italics; notes in grey are the officer's.",
    "col_number": "No.",
    "col_question": "Question",
    "col_answer": "Answer",
    "h_course": "6   Remarks on the course of the interview",
    "h_statements": "7   Third-party statements",
    "statements_intro": "A statement by a third party counts as a statement from their own observation, "
    "not as an expert report. How each statement was weighed is given with it.",
    "none": "(none)",
    "statement": "Statement {{ st.number }}: {{ st.author }}",
    "st_role": "Role",
    "st_relationship": "Relationship to the applicant",
    "st_date": "Date of the statement",
    "st_received": "Received on",
    "st_basis": "Basis",
    "st_class": "Nature",
    "st_new_facts": "New facts",
    "st_confirms": "Confirms",
    "st_weighed": "How the statement was weighed",
    "h_material": "8   Submitted material",
    "m_kind": "Kind",
    "m_category": "Content",
    "m_description": "Description",
    "m_received": "Received",
    "h_experts": "Expert reports",
    "experts_intro": "An expert report is not binding and never the sole basis of the decision.",
    "h_signature": "9   Signature",
    "signature_intro": "This record was drawn up by the interviewing officer and gives the questions and "
    "answers verbatim.",
    "sig_name": "Interviewing officer",
    "sig_date": "Date",
    "sig_place": "Place",
    "sig_sign": "Signature",
    "h_additions": "10   Additions",
    "additions_intro": "Space for counsel (see section 4). Separate additions with an empty line; begin "
    "with ‘12:’ if an addition belongs to question 12.",
    "h_annex": "Annex   Corrections and additions with the IND's response",
    "annex_intro": "Corrections and additions are listed in the order received, each with a fixed number. "
    "The questions and answers in the record itself have not been changed.",
    "annex_item": "{{ c.number }}. {{ c.type }}, {{ c.reference }}",
    "c_by": "Submitted by",
    "c_received": "Received",
    "c_text": "Text",
    "c_response": "The IND's response",
    "h_audit": "Annex   Changes after recording (audit trail)",
    "audit_intro": "Every change to a question or answer after it was recorded, in order of time, with the "
    "old and the new text verbatim. Times are in the time zone of the interview. The record itself gives "
    "the questions and answers as finally recorded; the fingerprint belongs to that version.",
    "audit_none": "No question or answer was changed after it was recorded.",
    "audit_item": "{{ a.number }}. {{ a.what }}, {{ a.reference }}",
    "a_at": "Changed on",
    "a_old": "Old text",
    "a_new": "New text",
}

TEXTS: dict[str, dict[str, str]] = {"nl": NL, "en": EN}
