<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CrisisLabels</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message numerus="yes">
        <source>%n scheduled posts are paused for this incident.</source>
        <translation>
            <numerusform>%n scheduled post is paused for this incident.</numerusform>
            <numerusform>%n scheduled posts are paused for this incident.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message numerus="yes">
        <source>%n scheduled posts paused</source>
        <translation>
            <numerusform>%n scheduled post paused</numerusform>
            <numerusform>%n scheduled posts paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A severe incident is open. Pause all %n scheduled posts until it is handled? They keep their status and can be resumed in one step.</source>
        <translation>
            <numerusform>A severe incident is open. Pause the %n scheduled post until it is handled? It keeps its status and can be resumed in one step.</numerusform>
            <numerusform>A severe incident is open. Pause all %n scheduled posts until it is handled? They keep their status and can be resumed in one step.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message numerus="yes">
        <source>“%1” is named in %n incidents or requests. Delete it anyway? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>“%1” is named in %n incident or request. Delete it anyway? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>“%1” is named in %n incidents or requests. Delete it anyway? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaybooksTab</name>
    <message numerus="yes">
        <source>%n default playbooks added</source>
        <translation>
            <numerusform>%n default playbook added</numerusform>
            <numerusform>%n default playbooks added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityForm</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
