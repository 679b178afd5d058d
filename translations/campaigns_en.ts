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
    <name>CampaignLabels</name>
    <message numerus="yes">
        <source>The text is too long: at most %n characters (%1 for a name, title or unit).</source>
        <translation>
            <numerusform>The text is too long: at most %n character (%1 for a name, title or unit).</numerusform>
            <numerusform>The text is too long: at most %n characters (%1 for a name, title or unit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A campaign takes at most %n hashtags.</source>
        <translation>
            <numerusform>A campaign takes at most %n hashtag.</numerusform>
            <numerusform>A campaign takes at most %n hashtags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A campaign takes at most %n objectives.</source>
        <translation>
            <numerusform>A campaign takes at most %n objective.</numerusform>
            <numerusform>A campaign takes at most %n objectives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An objective takes at most %n indicators.</source>
        <translation>
            <numerusform>An objective takes at most %n indicator.</numerusform>
            <numerusform>An objective takes at most %n indicators.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The field “%1” is too long: a text keeps at most %n characters, a name or title %2.</source>
        <translation>
            <numerusform>The field “%1” is too long: a text keeps at most %n character, a name or title %2.</numerusform>
            <numerusform>The field “%1” is too long: a text keeps at most %n characters, a name or title %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list “%1” is too long for one campaign file (at most %n posts; objectives: %2; anything else: %3).</source>
        <translation>
            <numerusform>The list “%1” is too long for one campaign file (at most %n post; objectives: %2; anything else: %3).</numerusform>
            <numerusform>The list “%1” is too long for one campaign file (at most %n posts; objectives: %2; anything else: %3).</numerusform>
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
