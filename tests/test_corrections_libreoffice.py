"""A report filled in with LibreOffice as a law firm does: change recording on, comments; then imported.

The test drives LibreOffice itself: a Basic macro in a fresh profile opens the exported report, turns
change recording on, types counsel's corrections (into the corrections column, the Additions box and,
as a proposal, into a recorded answer), adds a comment to an answer, and saves as .docx. A second run
strikes an imported correction with change recording on, which withdraws it. (LibreOffice 7.4 itself
aborts when a cell is edited after a new comment, or when it closes after saving a new comment straight
to DOCX; the macro adds the comment last and saves an ODT copy first, which avoids both.)
"""

from __future__ import annotations

import datetime as dt
import subprocess
import time
from pathlib import Path

import pytest
from docx import Document
from report_helpers import entries_table, entry_rows, export_kept
from test_report_data import rich_hearing
from test_report_libreoffice import need

from interview_guide.core.statements import CorrectionSource, CorrectionType
from interview_guide.report.corrections import import_corrections

pytestmark = pytest.mark.slow

RECEIVED = dt.datetime(2026, 3, 4, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))

_MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Counsel"
 script:language="StarBasic">
Function EntryRow(t As Object, n As String) As Integer
  Dim i As Integer
  For i = 2 To t.getRows().getCount()
    On Error Resume Next
    If t.getCellByName("A" &amp; i).getString() = n Then
      EntryRow = i
      Exit Function
    End If
  Next i
  EntryRow = 0
End Function

Function FindTable(doc As Object, head As String) As Object
  Dim i As Integer
  For i = 0 To doc.getTextTables().getCount() - 1
    t = doc.getTextTables().getByIndex(i)
    If t.getCellByName("A1").getString() = head Then
      FindTable = t
      Exit Function
    End If
  Next i
End Function

Sub Append(cell As Object, s As String)
  cell.getText().insertString(cell.getText().getEnd(), s, False)
End Sub

Sub Fill(src As String, dst As String, mode As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), "_blank", 0, args())
  doc.RecordChanges = True
  t = FindTable(doc, "Nr.")
  If mode = "fill" Then
    Append(t.getCellByName("D" &amp; EntryRow(t, "2")), "[vertaalfout] Getypt in LibreOffice.")
    Append(t.getCellByName("C" &amp; EntryRow(t, "1")), " Dat is niet wat ik zei.")
    box = FindTable(doc, "Aanvullingen")
    Append(box.getCellByName("A2"), "6: De groep komt op donderdag bijeen.")
    REM The comment goes in last: LibreOffice 7.4 aborts (NoSuchElementException) when a table cell
    REM is edited after a new comment was inserted with change recording on (3 of 3 runs).
    ann = doc.createInstance("com.sun.star.text.textfield.Annotation")
    ann.Author = "mr. A. Jansen"
    ann.Content = "Opmerking uit LibreOffice bij het antwoord."
    c = t.getCellByName("C" &amp; EntryRow(t, "5"))
    c.getText().insertTextContent(c.getText().getEnd(), ann, False)
  Else
    cell = t.getCellByName("D" &amp; EntryRow(t, "3"))
    cell.setString("")
  End If
  REM Saved straight to DOCX after a new comment, LibreOffice 7.4 writes the file and then aborts on
  REM closing (3 of 3 runs); stored as ODT first, it closes cleanly.
  Dim odt(0) As New com.sun.star.beans.PropertyValue
  odt(0).Name = "FilterName"
  odt(0).Value = "writer8"
  doc.storeToURL(ConvertToURL(dst &amp; ".odt"), odt())
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = "FilterName"
  out(0).Value = "MS Word 2007 XML"
  doc.storeToURL(ConvertToURL(dst), out())
  doc.close(True)
End Sub
</script:module>
"""
_LIBRARY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard"
 library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Counsel"/>
</library:library>
"""


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A LibreOffice profile holding the macro (made by a first start, then the module added)."""
    soffice = need("soffice")["soffice"]
    folder = tmp_path_factory.mktemp("lo-counsel")
    subprocess.run(
        [soffice, f"-env:UserInstallation={folder.as_uri()}", "--headless", "--terminate_after_init"],
        check=True,
        capture_output=True,
        timeout=300,
    )
    basic = folder / "user" / "basic" / "Standard"
    basic.mkdir(parents=True, exist_ok=True)
    (basic / "Counsel.xba").write_text(_MODULE, encoding="utf-8")
    (basic / "script.xlb").write_text(_LIBRARY, encoding="utf-8")
    return folder


def run_macro(profile: Path, source: Path, target: Path, mode: str) -> Path:
    soffice = need("soffice")["soffice"]
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        f'macro:///Standard.Counsel.Fill("{source}","{target}","{mode}")',
    ]
    # On a loaded machine the instance that set up the profile can still be shutting down; a new start
    # then hands the macro to it and gives up. Starting again a little later works; what LibreOffice
    # wrote is checked below either way.
    for pause in (0, 1, 2, 4, 8):
        time.sleep(pause)
        done = subprocess.run(command, capture_output=True, timeout=600, check=False)
        if done.returncode == 0 and target.is_file():
            break
    assert target.is_file(), (
        f"LibreOffice did not save the filled report (exit {done.returncode}): "
        f"{done.stdout.decode()[-300:]} {done.stderr.decode()[:1500]}"
    )
    return target


def test_a_return_typed_in_libreoffice_with_change_recording(profile: Path, tmp_path: Path) -> None:
    hearing = rich_hearing()
    exported = tmp_path / "report.docx"
    export_kept(hearing, exported)
    filled = run_macro(profile, exported, tmp_path / "filled.docx", "fill")
    xml = Document(str(filled)).element.xml
    assert "w:ins" in xml, "LibreOffice recorded the typing as tracked changes"
    before = [e.answer_text for e in hearing.entries]
    result = import_corrections(hearing, filled, received_at=RECEIVED)
    assert result.complete, result.lines()
    got = {(c.entry_number, c.source, c.type, c.text) for c in result.added}
    assert (2, CorrectionSource.ENTRY_CELL, CorrectionType.TRANSLATION_ERROR, "Getypt in LibreOffice.") in got
    assert (
        5,
        CorrectionSource.COMMENT,
        CorrectionType.FACTUAL_CORRECTION,
        "Opmerking uit LibreOffice bij het antwoord.",
    ) in got
    assert (
        6,
        CorrectionSource.ADDITIONS,
        CorrectionType.ADDITION,
        "De groep komt op donderdag bijeen.",
    ) in got
    proposal = next(c for c in result.added if c.source == CorrectionSource.TRACKED_CHANGE)
    assert proposal.entry_number == 1 and "Dat is niet wat ik zei." in proposal.text
    assert [e.answer_text for e in hearing.entries] == before, "a tracked change never becomes the record"


def test_a_correction_struck_in_libreoffice_is_withdrawn(profile: Path, tmp_path: Path) -> None:
    hearing = rich_hearing()
    exported = tmp_path / "report.docx"
    export_kept(hearing, exported)
    doc = Document(str(exported))
    entry_rows(entries_table(doc, "nl"))[2].cells[3].paragraphs[0].text = "Eerdere correctie bij drie."
    first = tmp_path / "first.docx"
    doc.save(str(first))
    assert [c.text for c in import_corrections(hearing, first, received_at=RECEIVED).added] == [
        "Eerdere correctie bij drie."
    ]
    struck = run_macro(profile, first, tmp_path / "struck.docx", "strike")
    assert "w:del" in Document(str(struck)).element.xml
    result = import_corrections(hearing, struck, received_at=RECEIVED + dt.timedelta(hours=2))
    assert result.withdrawn == [1] and result.added == []
    assert hearing.corrections[0].withdrawn_at is not None
