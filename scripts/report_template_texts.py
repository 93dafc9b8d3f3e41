"""The fixed wording of the Word report templates in Dutch and English (used by build_report_templates.py).

``{{ ... }}`` are template variables filled in per report; ``{markers}`` is replaced by the list of
correction markers when the template is built.
"""

from __future__ import annotations

NL: dict[str, str] = {
    "doc_title": "Rapport van gehoor",
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
    "final_notice": "Definitieve versie: met in bijlage B de ontvangen correcties en aanvullingen en de "
    "reactie van de IND.",
    "record_intro": "Dit rapport is de getypte weergave van het gehoor: de vragen van de hoormedewerker "
    "zoals gesteld, en de antwoorden van de aanvrager zoals de tolk ze vertaalde en de hoormedewerker ze "
    "uittypte. Het is geen woordelijke opname van wat de aanvrager in de eigen taal zei. Tussen de vragen "
    "staan de zittingen en pauzes op het moment waarop ze plaatsvonden; bij elke vraag staat het tijdstip.",
    "fingerprint_scope": "De vingerafdruk onderaan elke pagina (SHA-256) hoort bij alles wat dit rapport uit "
    "het dossier weergeeft: de gegevens van de zaak, de zittingen met aanwezigen en pauzes, het "
    "referentiekader, de uitleg bij de opening, de vragen en antwoorden met hun tijden en aantekeningen, de "
    "opmerkingen over het verloop, de verklaringen van derden zoals vastgelegd, de overgelegde stukken en de "
    "wijzigingen na het gehoor. Het rapport bevat ook een kopie van die tekst, waarmee de gemachtigde "
    "(interview-guide check-report) en de IND kunnen nagaan of de vastgelegde tekst onveranderd is.",
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
    "col_item": "Onderdeel",
    "col_recorded": "Zoals vastgelegd",
    "h_sittings": "2   Zittingen",
    "sitting": "Zitting {{ s.number }}",
    "s_date": "Datum",
    "s_times": "Aanvang en einde",
    "s_location": "Locatie",
    "s_interpreter": "Tolk (naam of nummer)",
    "s_register": "Registerstatus tolk",
    "s_gender": "Geslacht tolk",
    "s_mode": "Wijze van tolken",
    "s_attendees": "Overige aanwezigen (rol)",
    "s_breaks": "Pauzes",
    "h_frame": "3   Referentiekader",
    "frame_intro": "Het referentiekader beschrijft de achtergrond van de aanvrager waarmee bij het horen "
    "rekening is gehouden. Het is geen oordeel over de geloofwaardigheid. Alleen ingevulde onderdelen "
    "staan hier.",
    "h_instructions": "Voor de gemachtigde: correcties en aanvullingen",
    "i_sent": "Verzonden. Dit rapport is op {{ sent_on }} aan de gemachtigde gestuurd; de termijn loopt "
    "vanaf die datum.",
    "i_deadline": "Termijn. De aanvrager kan via de gemachtigde correcties en aanvullingen op dit rapport "
    "sturen, {{ deadline }}. Wat later binnenkomt, wordt wel bij het dossier gevoegd, maar als te laat "
    "gemarkeerd.",
    "i_corrections": "Correcties. Schrijf een correctie bij een vraag of antwoord in de laatste kolom, "
    "‘Correcties en aanvullingen’, in de rij van die vraag. Zo’n kolom staat ook naast de gegevens van de "
    "zaak, de zittingen en aanwezigen, het referentiekader, de uitleg bij de opening en de opmerkingen over "
    "het verloop, en bij elke zitting en pauze tussen de vragen.",
    "i_tracked": "Wijzigingen bijhouden en opmerkingen. U kunt werken met ‘Wijzigingen bijhouden’ en met "
    "opmerkingen, in Word of LibreOffice. Een opmerking bij een vraag geldt als correctie bij die vraag; "
    "een opmerking elders als algemene opmerking. Een bijgehouden wijziging in de tekst van een vraag of "
    "antwoord wordt gelezen als voorstel tot correctie van die vraag; de vastgelegde tekst zelf verandert "
    "daardoor niet. Een vraag waarvan de tekst zonder ‘Wijzigingen bijhouden’ is veranderd, wordt niet "
    "verwerkt maar aan de hoormedewerker voorgelegd; de andere vragen worden wel verwerkt.",
    "i_markers": "Soort. Begin een correctie zo nodig met een van deze aanduidingen: {markers} "
    "([verloop] is een opmerking over het verloop van het gehoor, [tolk] een klacht over de tolk). "
    "Zonder aanduiding geldt een tekst in de laatste kolom als feitelijke correctie en een tekst in het "
    "vak Aanvullingen als aanvulling.",
    "i_additions": "Aanvullingen. Nieuwe informatie schrijft u in het vak Aanvullingen aan het einde van "
    "dit rapport. Scheid aanvullingen met een lege regel; één aanvulling mag meerdere alinea’s hebben, "
    "zonder lege regel ertussen. Hoort een aanvulling bij een vraag, begin dan met het nummer van die "
    "vraag en een dubbele punt, bijvoorbeeld ‘12: …’.",
    "i_revise": "Herzien. Stuurt u een herziene versie, verander dan uw eerdere tekst in dezelfde cel. "
    "Schrapt u een eerder ingediende correctie met ‘Wijzigingen bijhouden’ aan, dan geldt zij als "
    "ingetrokken.",
    "i_return": "Terugsturen. Stuur dit rapport terug als Word-bestand (.docx), bewaard in Word of "
    "LibreOffice, met het V-nummer. Laat de vingerafdruk onderaan de pagina staan: daaraan ziet de IND "
    "bij welke versie van het rapport uw correcties horen.",
    "h_opening": "4   Uitleg aan het begin van het gehoor",
    "opening_intro": "De standaarduitleg zoals de hoormedewerker die aan het begin van het gehoor heeft "
    "voorgelezen.",
    "h_entries": "5   Vragen en antwoorden",
    "entries_intro": "De vragen en antwoorden staan in nummervolgorde, elk met het tijdstip waarop de vraag "
    "werd gesteld. De vragen van de hoormedewerker staan cursief; grijze aantekeningen zijn van de "
    "hoormedewerker.",
    "col_number": "Nr.",
    "col_question": "Vraag",
    "col_answer": "Antwoord",
    "h_course": "6   Op- en aanmerkingen over het verloop van het gehoor",
    "h_statements": "7   Verklaringen van derden",
    "statements_intro": "De ontvangen verklaringen zoals vastgelegd. Een verklaring van een derde geldt als "
    "verklaring op basis van eigen waarneming, niet als deskundigenbericht. Hoe een verklaring wordt "
    "gewogen, staat in de beslissing, niet in dit rapport.",
    "none": "(geen)",
    "statement": "Verklaring {{ st.number }}: {{ st.author }}",
    "st_role": "Rol",
    "st_relationship": "Relatie tot de aanvrager",
    "st_date": "Datum van de verklaring",
    "st_received": "Ontvangen op",
    "st_basis": "Grondslag",
    "st_class": "Aard",
    "st_new_facts": "Feiten die de verklaring noemt",
    "h_material": "8   Overgelegde stukken",
    "m_kind": "Soort",
    "m_category": "Inhoud",
    "m_description": "Beschrijving",
    "m_received": "Ontvangen",
    "h_experts": "Deskundigenrapporten",
    "h_signature": "9   Ondertekening",
    "signature_intro": "Dit rapport is opgemaakt door de hoormedewerker. Het geeft de vragen weer zoals "
    "gesteld en de antwoorden zoals de tolk ze vertaalde en de hoormedewerker ze uittypte.",
    "sig_name": "Hoormedewerker",
    "sig_date": "Datum",
    "sig_place": "Plaats",
    "sig_sign": "Handtekening",
    "h_additions": "10   Aanvullingen",
    "additions_intro": "Ruimte voor de gemachtigde (zie ‘Voor de gemachtigde’ aan het begin). Scheid "
    "aanvullingen met een lege regel; begin met ‘12:’ als een aanvulling bij vraag 12 hoort.",
    "h_changes": "Bijlage A   Wijzigingen na het gehoor",
    "changes_intro": "Elke vraag of elk antwoord dat na afloop van de zitting nog is gewijzigd, met de "
    "eerdere tekst en wat er is veranderd (doorgehaald: verwijderd; onderstreept: toegevoegd). Het rapport "
    "zelf geeft de tekst zoals die nu is vastgelegd; bij de vraag staat dat zij is gewijzigd.",
    "changes_none": "Na het gehoor is geen vraag of antwoord gewijzigd.",
    "change_item": "{{ a.number }}. {{ a.what }}, {{ a.reference }}",
    "a_diff": "Wat is veranderd",
    "h_annex": "Bijlage B   Correcties en aanvullingen met de reactie van de IND",
    "annex_intro": "De correcties en aanvullingen staan in volgorde van ontvangst, met een vast nummer. De "
    "vragen en antwoorden in het rapport zelf zijn niet veranderd.",
    "annex_item": "{{ c.number }}. {{ c.type }}, {{ c.reference }}",
    "c_by": "Ingediend door",
    "c_received": "Ontvangen",
    "c_status": "Stand",
    "c_text": "Tekst",
    "c_response": "Reactie van de IND",
    "h_audit": "Bijlage C   Alle wijzigingen na vastlegging (audittrail)",
    "audit_intro": "Elke wijziging van een vraag of antwoord nadat die was vastgelegd, in volgorde van tijd, "
    "met de oude en de nieuwe tekst letterlijk. Tijdstippen staan in de tijdzone van het gehoor. Het "
    "rapport zelf geeft de vragen en antwoorden zoals ze uiteindelijk zijn vastgelegd; de vingerafdruk "
    "hoort bij die versie.",
    "audit_none": "Na vastlegging is geen vraag of antwoord gewijzigd.",
    "audit_item": "{{ a.number }}. {{ a.what }}, {{ a.reference }}",
    "a_at": "Gewijzigd op",
    "a_old": "Eerdere tekst",
    "a_new": "Nieuwe tekst",
}

EN: dict[str, str] = {
    "doc_title": "Record of interview",
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
    "in annex B.",
    "record_intro": "This record is the typed account of the interview: the officer's questions as asked, "
    "and the applicant's answers as the interpreter rendered them and the officer typed them. It is not a "
    "word-for-word recording of what the applicant said in their own language. Sittings and breaks appear "
    "between the questions where they happened; each question has the time it was asked.",
    "fingerprint_scope": "The fingerprint at the foot of each page (SHA-256) belongs to everything this "
    "record shows from the case file: the case data, the sittings with those present and the breaks, the "
    "reference frame, the opening explanation, the questions and answers with their times and notes, the "
    "remarks on the course of the interview, third-party statements as recorded, the material submitted "
    "and the changes after the interview. The record also holds a copy of that text, with which counsel "
    "(interview-guide check-report) and the IND can check that the recorded text is unchanged.",
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
    "col_item": "Item",
    "col_recorded": "As recorded",
    "h_sittings": "2   Sittings",
    "sitting": "Sitting {{ s.number }}",
    "s_date": "Date",
    "s_times": "Start and end",
    "s_location": "Location",
    "s_interpreter": "Interpreter (name or number)",
    "s_register": "Interpreter's register status",
    "s_gender": "Interpreter's gender",
    "s_mode": "How the interpreter took part",
    "s_attendees": "Others present (role)",
    "s_breaks": "Breaks",
    "h_frame": "3   Reference frame",
    "frame_intro": "The reference frame describes the applicant's background that the interview took "
    "into account. It is not a finding on credibility. Only the parts filled in are shown.",
    "h_instructions": "For counsel: corrections and additions",
    "i_sent": "Sent. This record was sent to counsel on {{ sent_on }}; the deadline runs from that date.",
    "i_deadline": "Deadline. The applicant may send corrections and additions to this record through "
    "counsel, {{ deadline }}. Anything received later is added to the file but marked as late.",
    "i_corrections": "Corrections. Write a correction to a question or answer in the last column, "
    "‘Corrections and additions’, of that question's row. Such a column is also next to the case data, the "
    "sittings and those present, the reference frame, the opening explanation and the remarks on the "
    "course of the interview, and at each sitting and break between the questions.",
    "i_tracked": "Track Changes and comments. You may work with Track Changes and with comments, in Word or "
    "LibreOffice. A comment on a question counts as a correction to that question; a comment elsewhere as "
    "a general remark. A tracked change in the text of a question or answer is read as a proposed "
    "correction to that question; the recorded text itself does not change. A question whose text was "
    "changed without Track Changes is not processed but put to the officer; the other questions are.",
    "i_markers": "Type. Where useful, begin a correction with one of these markers: {markers} ([course of "
    "the hearing] is a remark on how the interview went, [interpreter] a complaint about the "
    "interpreter). Without a marker, text in the last column counts as a factual correction and text in "
    "the Additions box as an addition.",
    "i_additions": "Additions. Write new information in the Additions box at the end of this record. "
    "Separate additions with an empty line; one addition may have several paragraphs, without an empty "
    "line between them. If an addition belongs to a question, begin with that question's number and a "
    "colon, for example ‘12: …’.",
    "i_revise": "Revising. If you send a revised version, change your earlier text in the same cell. An "
    "earlier correction you strike out with Track Changes on counts as withdrawn.",
    "i_return": "Returning it. Send this record back as a Word file (.docx), saved in Word or LibreOffice, "
    "with the V-number. Leave the fingerprint at the foot of the page in place: it shows the IND which "
    "version of the record your corrections belong to.",
    "h_opening": "4   Explanation at the start of the interview",
    "opening_intro": "The standard explanation as the officer read it out at the start of the interview.",
    "h_entries": "5   Questions and answers",
    "entries_intro": "Questions and answers are in order of their number, each with the time the question "
    "was asked. The officer's questions are in italics; notes in grey are the officer's.",
    "col_number": "No.",
    "col_question": "Question",
    "col_answer": "Answer",
    "h_course": "6   Remarks on the course of the interview",
    "h_statements": "7   Third-party statements",
    "statements_intro": "The statements received, as recorded. A statement by a third party counts as a "
    "statement from their own observation, not as an expert report. How a statement is weighed belongs in "
    "the decision, not in this record.",
    "none": "(none)",
    "statement": "Statement {{ st.number }}: {{ st.author }}",
    "st_role": "Role",
    "st_relationship": "Relationship to the applicant",
    "st_date": "Date of the statement",
    "st_received": "Received on",
    "st_basis": "Basis",
    "st_class": "Nature",
    "st_new_facts": "Facts the statement names",
    "h_material": "8   Submitted material",
    "m_kind": "Kind",
    "m_category": "Content",
    "m_description": "Description",
    "m_received": "Received",
    "h_experts": "Expert reports",
    "h_signature": "9   Signature",
    "signature_intro": "This record was drawn up by the interviewing officer. It gives the questions as "
    "asked and the answers as the interpreter rendered them and the officer typed them.",
    "sig_name": "Interviewing officer",
    "sig_date": "Date",
    "sig_place": "Place",
    "sig_sign": "Signature",
    "h_additions": "10   Additions",
    "additions_intro": "Space for counsel (see ‘For counsel’ at the start). Separate additions with an "
    "empty line; begin with ‘12:’ if an addition belongs to question 12.",
    "h_changes": "Annex A   Changes after the interview",
    "changes_intro": "Every question or answer changed after the end of its sitting, with the earlier text "
    "and what changed (struck through: removed; underlined: added). The record itself gives the text as "
    "now recorded; the question is marked as changed.",
    "changes_none": "No question or answer was changed after the interview.",
    "change_item": "{{ a.number }}. {{ a.what }}, {{ a.reference }}",
    "a_diff": "What changed",
    "h_annex": "Annex B   Corrections and additions with the IND's response",
    "annex_intro": "Corrections and additions are listed in the order received, each with a fixed number. "
    "The questions and answers in the record itself have not been changed.",
    "annex_item": "{{ c.number }}. {{ c.type }}, {{ c.reference }}",
    "c_by": "Submitted by",
    "c_received": "Received",
    "c_status": "Status",
    "c_text": "Text",
    "c_response": "The IND's response",
    "h_audit": "Annex C   All changes after recording (audit trail)",
    "audit_intro": "Every change to a question or answer after it was recorded, in order of time, with the "
    "old and the new text verbatim. Times are in the time zone of the interview. The record itself gives "
    "the questions and answers as finally recorded; the fingerprint belongs to that version.",
    "audit_none": "No question or answer was changed after it was recorded.",
    "audit_item": "{{ a.number }}. {{ a.what }}, {{ a.reference }}",
    "a_at": "Changed on",
    "a_old": "Earlier text",
    "a_new": "New text",
}

TEXTS: dict[str, dict[str, str]] = {"nl": NL, "en": EN}
