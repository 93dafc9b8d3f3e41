"""The bundle's build inputs: pinned dependencies, the Qt parts it keeps, the system packages it names.

The bundle itself is built and run in a bare Debian by scripts/build-bundle.sh and
scripts/test-bundle-debian.sh (a separate CI step, see .ci/run); these tests guard its inputs.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path, PurePosixPath

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_data  # noqa: E402
import check_bundle  # noqa: E402
import qt_selection  # noqa: E402


def _pins(path: Path) -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"{path.name}: {line!r} is not an exact pin"
            pins[canonicalize_name(name)] = version
    return pins


def test_constraints_pin_every_runtime_dependency_within_the_declared_ranges() -> None:
    pins = _pins(ROOT / "packaging" / "constraints.txt")
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    for line in declared:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"packaging/constraints.txt does not pin {requirement.name}"
        assert requirement.specifier.contains(pins[name]), f"{name}=={pins[name]} is outside {line!r}"
    # Indirect dependencies too: a new one (a lemmatiser, say) must be pinned before it is bundled.
    installed = bundle_data.runtime_distributions()
    missing = sorted(set(installed) - set(pins) - {canonicalize_name(bundle_data.APP)})
    assert not missing, f"packaging/constraints.txt does not pin {', '.join(missing)}"


def test_the_freezer_is_pinned() -> None:
    pins = _pins(ROOT / "packaging" / "requirements-build.txt")
    assert {"pyinstaller", "pyinstaller-hooks-contrib"} <= set(pins)


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("site/PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("site/PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("site\\PySide6\\plugins\\platforms\\qwindows.dll".replace("\\", "/"), True),
        ("site/PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("site/PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("site/PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("site/PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("site/PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("site/PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("site/PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
        ("site/PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("site/PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("site/PySide6/Qt/translations/qtbase_nl.qm", True),
        ("site/PySide6/Qt/translations/qtbase_de.qm", False),
        ("site/PySide6/Qt/translations/qt_nl.qm", False),
        ("site/PySide6/Qt/lib/libQt6Core.so.6", True),
    ],
)
def test_qt_selection_keeps_only_what_the_app_uses(source: str, kept: bool) -> None:
    assert qt_selection._kept((source, "dest")) is kept


def test_system_packages_name_no_python_and_no_qt(tmp_path: Path) -> None:
    (tmp_path / "SYSTEM-PACKAGES.txt").write_bytes(
        (ROOT / "packaging" / "linux" / "system-packages.txt").read_bytes()
    )
    names, problems = check_bundle.system_packages(tmp_path)
    assert problems == []
    assert {"libgl1", "libegl1", "libxcb1", "fontconfig-config"} <= set(names)


@pytest.mark.parametrize("bad", ["python3", "libpython3.11", "libqt6widgets6", "python3-pyside6.qtwidgets"])
def test_a_python_or_qt_package_in_system_packages_is_refused(tmp_path: Path, bad: str) -> None:
    (tmp_path / "SYSTEM-PACKAGES.txt").write_text(f"# comment\n\nlibgl1\n{bad}\n", encoding="utf-8")
    names, problems = check_bundle.system_packages(tmp_path)
    assert names == ["libgl1", bad]
    assert len(problems) == 1 and bad in problems[0] and ":4:" in problems[0]


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("docx/templates/default.docx", True),
        ("simplemma/strategies/dictionaries/data/nl.plzma", True),
        ("yaml/__init__.py", False),
        ("pydantic_core/_pydantic_core.cpython-311-x86_64-linux-gnu.so", False),
        ("pydantic/py.typed", False),
        ("lxml/includes/tree.h", False),
        ("docx/__pycache__/api.cpython-311.pyc", False),
        ("python_docx-1.2.0.dist-info/METADATA", False),
        ("../../../bin/interview-guide", False),
    ],
)
def test_data_files_of_dependencies(path: str, data: bool) -> None:
    assert bundle_data.is_data_file(PurePosixPath(path)) is data


def test_python_docx_default_template_is_a_data_file_of_a_runtime_dependency() -> None:
    dists = bundle_data.runtime_distributions()
    assert "python-docx" in dists and "pyside6-essentials" in dists
    files = {str(f) for f in bundle_data.data_files(dists["python-docx"])}
    assert "docx/templates/default.docx" in files
