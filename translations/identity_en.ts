<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AssetImporter</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message numerus="yes">
        <source>%n campaigns use it and will have no kit.</source>
        <translation>
            <numerusform>%n campaign uses it and will have no kit.</numerusform>
            <numerusform>%n campaigns use it and will have no kit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n posts. Delete it anyway? The posts will lose it.</source>
        <translation>
            <numerusform>“%1” is used by %n post. Delete it anyway? The post will lose it.</numerusform>
            <numerusform>“%1” is used by %n posts. Delete it anyway? The posts will lose it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 are used by %n posts. Delete them anyway? The posts will lose them.</source>
        <translation>
            <numerusform>%1 are used by %n post. Delete them anyway? The post will lose them.</numerusform>
            <numerusform>%1 are used by %n posts. Delete them anyway? The posts will lose them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n files?</source>
        <translation>
            <numerusform>Delete %n file?</numerusform>
            <numerusform>Delete %n files?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files deleted</source>
        <translation>
            <numerusform>%n file deleted</numerusform>
            <numerusform>%n files deleted</numerusform>
        </translation>
    </message>
</context>
</TS>
