<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- What Qt's own Portuguese file (qtbase_pt_BR) lacks in the dialogs Fiado shows: the file
     dialog asks for "&Look in:" and "Files of &type:", which it has only without the "&".
     Loaded after qtbase_pt_BR (fiado_app/ui/app.py); compiled with pyside6-lrelease. -->
<TS version="2.1" language="pt_BR">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Arquivos do &amp;tipo:</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
</context>
</TS>
