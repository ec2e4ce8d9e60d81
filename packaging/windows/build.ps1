# SPDX-License-Identifier: GPL-3.0-or-later
# Build CaseApp for Windows: the same one-folder bundle as `make dist` (packaging/caseapp.spec),
# then the installer (caseapp.iss, Inno Setup 6). Run in PowerShell from the repository root:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-Sign]
# Needs Python 3.11-3.13 (python.org, "py" launcher) and Inno Setup 6 (iscc.exe); -Sign
# needs signtool.exe (Windows SDK) and the code-signing certificate (docs/packaging.md).
param([switch]$Sign, [string]$Python = "py -3.11")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv\Scripts\python.exe)) { Invoke-Expression "$Python -m venv .venv" }
$py = ".venv\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q --only-binary=:all: -e ".[test,dist]"
if ($LASTEXITCODE) { throw "pip install failed" }

& $py -m caseapp.i18n_build                      # translations (.qm, .mo)
& $py packaging\make_icons.py                    # resources\icons\caseapp.ico and the PNGs
& $py packaging\windows\make_version_info.py     # packaging\pyinstaller\version_info.txt
if ($LASTEXITCODE) { throw "preparing the build failed" }

& .venv\Scripts\pyinstaller.exe --noconfirm --distpath dist --workpath build\pyinstaller `
    packaging\caseapp.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# The bundle must work before it is packed: version and self-test (no window shown).
& dist\caseapp\caseapp.exe --version
& dist\caseapp\caseapp.exe --self-test
if ($LASTEXITCODE) { throw "the bundle's self-test failed" }

function Sign-Files($files) {
    # The certificate is chosen by its thumbprint in $env:CASEAPP_SIGN_THUMBPRINT (in the
    # maintainer's certificate store or on the token), never stored in the repository.
    & signtool.exe sign /sha1 $env:CASEAPP_SIGN_THUMBPRINT /fd SHA256 `
        /tr http://timestamp.digicert.com /td SHA256 $files
    if ($LASTEXITCODE) { throw "signing failed" }
}
if ($Sign) { Sign-Files @("dist\caseapp\caseapp.exe", "dist\caseapp\caseapp-gui.exe") }

$version = & $py -c "import caseapp; print(caseapp.__version__)"
& iscc.exe /DAppVersion=$version packaging\windows\caseapp.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
if ($Sign) { Sign-Files @("dist\caseapp-$version-setup.exe") }
Write-Host "Installer: dist\caseapp-$version-setup.exe"
