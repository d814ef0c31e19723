; Workshopstöd – Windows installer (Inno Setup 6.3 or newer), a per-user install.
;
; Build the bundle first (make package, or pyinstaller with packaging/pyinstaller/workshop_app.spec
; on Windows), then: iscc packaging\windows\workshop-app.iss  ->  dist\installer\*.exe
; No administrator rights: installs into %LOCALAPPDATA%\Programs\Workshopstod. IT departments can
; deploy it silently (/VERYSILENT /SUPPRESSMSGBOXES) or for all users (/ALLUSERS, needs admin).
; packaging/check_inno_sources.py checks in CI that every file named here exists.

; AppVersion and AppVersionNumeric come from workshop_app/__init__.py: the PyInstaller spec writes
; them to build/installer/version.iss on every build; /DAppVersion=… on the command line wins.
#ifndef AppVersion
  #include "..\..\build\installer\version.iss"
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#define AppName "Workshopstöd"
#define AppExe "workshop-app.exe"
#define BundleDir "..\..\dist\workshop-app"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{48B1D5DA-D6F2-448C-88A2-1F4D2DF639D8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Workshopstöd developers
AppCopyright=Copyright (c) 2026 Workshopstöd developers, MIT License
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoDescription={#AppName} setup
VersionInfoCopyright=MIT License
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\Workshopstod
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\workshop-app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist\installer
OutputBaseFilename=workshop-app-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update or uninstall first asks a running Workshopstöd to close (it saves pending edits).
CloseApplications=yes

[Languages]
; Inno Setup ships no Swedish wizard text; add an unofficial Swedish.isl here when one is at hand.
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Brå's workshop on parallel social structures"; AppUserModelID: "se.workshopstod.WorkshopApp"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes only what was installed above. The user's workshops, backups, settings
; and logs live in %LOCALAPPDATA%\Workshopstod (outside {app}) and are deliberately kept, so
; there is no [UninstallDelete] section: never add one that reaches the data folder.
