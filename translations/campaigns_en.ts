<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CampaignActions</name>
    <message numerus="yes">
        <source>Campaign duplicated with %n posts</source>
        <translation>
            <numerusform>Campaign duplicated with %n post</numerusform>
            <numerusform>Campaign duplicated with %n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message numerus="yes">
        <source>%n problems to correct</source>
        <translation>
            <numerusform>%n problem to correct</numerusform>
            <numerusform>%n problems to correct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: correct the %n marked problems</source>
        <translation>
            <numerusform>Not saved: correct the %n marked problem</numerusform>
            <numerusform>Not saved: correct the %n marked problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationSection</name>
    <message numerus="yes">
        <source>%1 of %n KPIs have an actual value; %2 met their target.</source>
        <translation>
            <numerusform>%1 of %n KPI has an actual value; %2 met its target.</numerusform>
            <numerusform>%1 of %n KPIs have an actual value; %2 met their target.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message numerus="yes">
        <source>Lasts %n days</source>
        <translation>
            <numerusform>Lasts %n day</numerusform>
            <numerusform>Lasts %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
