# SPDX-License-Identifier: GPL-3.0-or-later
"""Write packaging/pyinstaller/version_info.txt: the version resource of the Windows
executables (Explorer's Properties ▸ Details), from caseapp.__version__.

build.ps1 runs this before PyInstaller; the spec uses the file on Windows only.
"""

from __future__ import annotations

from pathlib import Path

from caseapp import APP_NAME, __version__

TARGET = Path(__file__).resolve().parent.parent / "pyinstaller" / "version_info.txt"
TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', '{name} contributors'),
      StringStruct('FileDescription', '{name}: case tracking for defenders of detainees'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'caseapp'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later'),
      StringStruct('OriginalFilename', 'caseapp-gui.exe'),
      StringStruct('ProductName', '{name}'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" → (0, 1, 0, 0): four numbers, as Windows wants them."""
    parts = [int("".join(ch for ch in part if ch.isdigit()) or 0)
             for part in version.split(".")[:4]]
    first, second, third, fourth = (parts + [0, 0, 0, 0])[:4]
    return first, second, third, fourth


def main() -> None:
    TARGET.write_text(TEMPLATE.format(numbers=version_numbers(__version__), name=APP_NAME,
                                      version=__version__), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
