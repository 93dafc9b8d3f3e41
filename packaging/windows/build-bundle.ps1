# Builds the Windows bundle of Interview Guide into dist\interview-guide\ (the Windows branch of
# scripts/build-bundle.sh; NOT yet run on Windows, see README "For IT departments").
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-bundle.ps1
#
# From a checkout, on Windows 10/11 x64 with Python 3.11 x64 from python.org (the py launcher) and pip
# access to PyPI or an internal mirror. No compiler is needed: every dependency has a Windows wheel.
# The result: dist\interview-guide\interview-guide.exe (the window, no console) and
# interview-guide-cli.exe (the commands), with everything else in dist\interview-guide\_internal\.
# Sign both .exe files (signtool) before distributing them.
#
# Fonts: Windows' own fonts (Segoe UI, Tahoma) render Farsi and Arabic. To carry the same fonts as the
# Linux bundle, set IG_BUNDLE_FONTS to a folder with them (build\bundle\fonts of a Linux build: Noto
# Sans Arabic UI and DejaVu Sans with their licences; font files are the same on every platform).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$started = Get-Date

$python = if ($env:BUNDLE_PYTHON) { $env:BUNDLE_PYTHON } else { "py" }
$pythonArgs = if ($env:BUNDLE_PYTHON) { @() } else { @("-3.11") }
$venv = "build\bundle\venv"
if (-not (Test-Path "$venv\Scripts\python.exe")) {
    & $python @pythonArgs -m venv $venv
    if ($LASTEXITCODE -ne 0) { throw "build-bundle: cannot make a virtualenv with $python $pythonArgs" }
}
$vpy = "$venv\Scripts\python.exe"
function Invoke-Checked { & $args[0] $args[1..($args.Length - 1)]; if ($LASTEXITCODE -ne 0) { throw "failed: $args" } }

Invoke-Checked $vpy -m pip install --quiet --upgrade pip
Invoke-Checked $vpy -m pip install --quiet -r packaging\requirements-build.txt
Remove-Item -Recurse -Force build\lib, build\bdist.* -ErrorAction SilentlyContinue
Invoke-Checked $vpy -m pip install --quiet -c packaging\constraints.txt .
Invoke-Checked $vpy -m pip install --quiet --force-reinstall --no-deps .

$fonts = if ($env:IG_BUNDLE_FONTS) { $env:IG_BUNDLE_FONTS } else { "build\bundle\fonts-windows" }
New-Item -ItemType Directory -Force -Path $fonts | Out-Null
$env:IG_BUNDLE_FONTS = (Resolve-Path $fonts).Path

Remove-Item -Recurse -Force dist\interview-guide -ErrorAction SilentlyContinue
Invoke-Checked "$venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\bundle\pyinstaller packaging\interview-guide.spec
Invoke-Checked $vpy packaging\check_bundle.py dist\interview-guide

# A first smoke run, with a private data folder and no window.
$env:INTERVIEW_GUIDE_DATA_DIR = Join-Path $env:TEMP "interview-guide-smoke"
$env:QT_QPA_PLATFORM = "offscreen"
$cli = "dist\interview-guide\interview-guide-cli.exe"
Invoke-Checked $cli --version
Invoke-Checked $cli check-banks
Invoke-Checked $cli demo-case -o "$env:INTERVIEW_GUIDE_DATA_DIR\demo.igcase"
Invoke-Checked $cli export "$env:INTERVIEW_GUIDE_DATA_DIR\demo.igcase" -o "$env:INTERVIEW_GUIDE_DATA_DIR\report.docx"
Invoke-Checked $cli lint "Kunt u foto's laten zien van de seks met uw partner?"
Invoke-Checked $cli gui --demo --quit-when-shown

$seconds = [int]((Get-Date) - $started).TotalSeconds
Write-Output "build-bundle: dist\interview-guide built and checked in $seconds s"
