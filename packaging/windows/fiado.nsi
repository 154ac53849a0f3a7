; Fiado's Windows installer (NSIS 3, Modern UI 2), after Picard's installer/picard-setup.nsi.
; Built by packaging/build.py, which passes the version and the folders:
;
;   makensis /DVERSION=0.1.0 /DFILE_VERSION=0.1.0.0 /DSOURCE_DIR=dist\Fiado
;            /DICON=build\icons\fiado.ico /DOUTFILE=dist\Fiado-Setup-0.1.0.exe
;            packaging\windows\fiado.nsi
;
; Per user, no administrator needed: into %LOCALAPPDATA%\Programs\Fiado, shortcuts and the
; uninstall entry of the current user (HKCU). The owner's data is not the program's: the shop's
; file and its backups live in %LOCALAPPDATA%\Fiado (platformdirs' user_data_dir for "Fiado",
; fiado_app/services/paths.py) and the uninstaller leaves them there, and says so.

!ifndef VERSION
  !error "VERSION is not defined: build with packaging/build.py (or /DVERSION=...)"
!endif
!ifndef FILE_VERSION
  !error "FILE_VERSION (four numbers, 0.1.0.0) is not defined"
!endif
!ifndef SOURCE_DIR
  !error "SOURCE_DIR (PyInstaller's dist\Fiado folder) is not defined"
!endif
!ifndef ICON
  !error "ICON (build\icons\fiado.ico) is not defined"
!endif
!ifndef OUTFILE
  !define OUTFILE "Fiado-Setup-${VERSION}.exe"
!endif

!define PRODUCT_NAME "Fiado"
!define PRODUCT_PUBLISHER "Fiado"
!define PRODUCT_DESCRIPTION "Caderneta de fiado para pequenos comércios"
!define PRODUCT_EXE "Fiado.exe"
!define PRODUCT_UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT_NAME}"
!define UNINSTALLER "Desinstalar Fiado.exe"
; Where the app keeps the owner's data (not removed by the uninstaller).
!define DATA_DIR "$LOCALAPPDATA\Fiado"

Unicode true
!ifdef UNCOMPRESSED  ; build.py --check-nsis: the script checked in seconds, not minutes
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
Name "${PRODUCT_NAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT_NAME}"
; An update goes where the last install went. (Not Software\Fiado\Fiado: the app's own
; settings live there, QSettings, and are the owner's.)
InstallDirRegKey HKCU "${PRODUCT_UNINST_KEY}" "InstallLocation"
ShowInstDetails show
ShowUnInstDetails show
BrandingText " "

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING

; Installer pages
!define MUI_WELCOMEPAGE_TITLE_3LINES
!insertmacro MUI_PAGE_WELCOME
!define MUI_COMPONENTSPAGE_SMALLDESC
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE_3LINES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${PRODUCT_EXE}"
!insertmacro MUI_PAGE_FINISH

; Uninstaller pages
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(KeepData)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_UNFINISHPAGE_NOAUTOCLOSE
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "PortugueseBR"

LangString SectionProgram ${LANG_PORTUGUESEBR} "Fiado (programa e atalho no menu Iniciar)"
LangString SectionProgramDesc ${LANG_PORTUGUESEBR} "O programa e o atalho no menu Iniciar."
LangString SectionDesktop ${LANG_PORTUGUESEBR} "Atalho na área de trabalho"
LangString SectionDesktopDesc ${LANG_PORTUGUESEBR} "Um atalho do Fiado na área de trabalho."
LangString KeepData ${LANG_PORTUGUESEBR} "Só o programa será removido. Os dados da loja e as cópias de segurança continuam em ${DATA_DIR} (apague essa pasta só se não quiser mais os dados)."
LangString DataKept ${LANG_PORTUGUESEBR} "O Fiado foi removido. Os dados da loja e as cópias de segurança foram mantidos em:$\r$\n${DATA_DIR}"

VIProductVersion "${FILE_VERSION}"
VIFileVersion "${FILE_VERSION}"
VIAddVersionKey /LANG=${LANG_PORTUGUESEBR} "ProductName" "${PRODUCT_NAME}"
VIAddVersionKey /LANG=${LANG_PORTUGUESEBR} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_PORTUGUESEBR} "CompanyName" "${PRODUCT_PUBLISHER}"
VIAddVersionKey /LANG=${LANG_PORTUGUESEBR} "LegalCopyright" "© ${PRODUCT_PUBLISHER}"
VIAddVersionKey /LANG=${LANG_PORTUGUESEBR} "FileDescription" "Instalação do ${PRODUCT_NAME} ${VERSION}"
VIAddVersionKey /LANG=${LANG_PORTUGUESEBR} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_PORTUGUESEBR} "Comments" "${PRODUCT_DESCRIPTION}"

Section "!$(SectionProgram)" SecProgram
  SectionIn RO
  SetShellVarContext current
  ; An older version's modules must not linger beside the new ones.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  SetOverwrite on
  File /r "${SOURCE_DIR}\*"

  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  CreateShortCut "$SMPROGRAMS\${PRODUCT_NAME}.lnk" "$INSTDIR\${PRODUCT_EXE}" "" \
    "$INSTDIR\${PRODUCT_EXE}" 0 SW_SHOWNORMAL "" "${PRODUCT_DESCRIPTION}"

  WriteRegStr HKCU "${PRODUCT_UNINST_KEY}" "DisplayName" "${PRODUCT_NAME}"
  WriteRegStr HKCU "${PRODUCT_UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${PRODUCT_UNINST_KEY}" "Publisher" "${PRODUCT_PUBLISHER}"
  WriteRegStr HKCU "${PRODUCT_UNINST_KEY}" "Comments" "${PRODUCT_DESCRIPTION}"
  WriteRegStr HKCU "${PRODUCT_UNINST_KEY}" "DisplayIcon" "$INSTDIR\${PRODUCT_EXE}"
  WriteRegStr HKCU "${PRODUCT_UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${PRODUCT_UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${PRODUCT_UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${PRODUCT_UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${PRODUCT_UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${PRODUCT_UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SectionDesktop)" SecDesktop
  SetShellVarContext current
  CreateShortCut "$DESKTOP\${PRODUCT_NAME}.lnk" "$INSTDIR\${PRODUCT_EXE}" "" \
    "$INSTDIR\${PRODUCT_EXE}" 0 SW_SHOWNORMAL "" "${PRODUCT_DESCRIPTION}"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(SectionProgramDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SectionDesktopDesc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; The program's files only: never $INSTDIR as a whole (it may be a folder the owner chose, with
; other files in it), never the data folder.
Section "Uninstall"
  SetShellVarContext current
  Delete "$DESKTOP\${PRODUCT_NAME}.lnk"
  Delete "$SMPROGRAMS\${PRODUCT_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${PRODUCT_EXE}"
  Delete "$INSTDIR\fiado-cli.exe"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${PRODUCT_UNINST_KEY}"
SectionEnd

Function un.onUninstSuccess
  MessageBox MB_ICONINFORMATION|MB_OK "$(DataKept)" /SD IDOK
FunctionEnd
