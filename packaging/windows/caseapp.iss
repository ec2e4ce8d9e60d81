; SPDX-License-Identifier: GPL-3.0-or-later
; Inno Setup 6 script of the Windows installer; build.ps1 builds dist\caseapp first and runs
;   iscc /DAppVersion=0.1.0 packaging\windows\caseapp.iss
; Per-user by default (no administrator needed), Start-menu shortcut, .caseapp files open
; with CaseApp, and an uninstaller that keeps the data folder unless the volunteer says so.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "CaseApp"
#define AppExe "caseapp-gui.exe"

[Setup]
AppId={{6F3C2B1E-9A4D-4C7B-8E21-CA5EA2B0D114}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=CaseApp contributors
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=caseapp-{#AppVersion}-setup
SetupIconFile=resources\icons\caseapp.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "dist\caseapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Registry]
; .caseapp files (application/x-caseapp-bundle) open in CaseApp; per-user classes.
Root: HKA; Subkey: "Software\Classes\.caseapp"; ValueType: string; ValueName: ""; ValueData: "CaseApp.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.caseapp"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-caseapp-bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CaseApp.Bundle"; ValueType: string; ValueName: ""; ValueData: "CaseApp bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CaseApp.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\CaseApp.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The data folder (cases, backups, settings) is platformdirs' user data folder,
// %LOCALAPPDATA%\CaseApp. It stays unless the volunteer asks to remove it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\CaseApp');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox('Also delete your CaseApp data (cases, backups, settings) in ' + DataDir +
                '?' + #13#10#13#10 + 'Choose No to keep it (the usual choice).',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
