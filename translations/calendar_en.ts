<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarActions</name>
    <message numerus="yes">
        <source>Import %n posts</source>
        <translation>
            <numerusform>Import %n post</numerusform>
            <numerusform>Import %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled posts will be paused and will not go out until you resume them. Why? (for example: an incident, a day of mourning)</source>
        <translation>
            <numerusform>%n scheduled post will be paused and will not go out until you resume it. Why? (for example: an incident, a day of mourning)</numerusform>
            <numerusform>%n scheduled posts will be paused and will not go out until you resume them. Why? (for example: an incident, a day of mourning)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts paused</source>
        <translation>
            <numerusform>%n post paused</numerusform>
            <numerusform>%n posts paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts resumed</source>
        <translation>
            <numerusform>%n post resumed</numerusform>
            <numerusform>%n posts resumed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message numerus="yes">
        <source>%n over the limit of %1</source>
        <translation>
            <numerusform>%n over the limit of %1</numerusform>
            <numerusform>%n over the limit of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hashtags: at most %1 are allowed</source>
        <translation>
            <numerusform>%n hashtag: at most %1 are allowed</numerusform>
            <numerusform>%n hashtags: at most %1 are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions: at most %1 are allowed</source>
        <translation>
            <numerusform>%n mention: at most %1 are allowed</numerusform>
            <numerusform>%n mentions: at most %1 are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters the platform refuses</source>
        <translation>
            <numerusform>%n character the platform refuses</numerusform>
            <numerusform>%n characters the platform refuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has more than %n rows: split it first.</source>
        <translation>
            <numerusform>The file has more than %n row: split it first.</numerusform>
            <numerusform>The file has more than %n rows: split it first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing imported, %n bad rows: %1</source>
        <translation>
            <numerusform>nothing imported, %n bad row: %1</numerusform>
            <numerusform>nothing imported, %n bad rows: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts imported from %1</source>
        <translation>
            <numerusform>%n post imported from %1</numerusform>
            <numerusform>%n posts imported from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows already in the workspace, skipped</source>
        <translation>
            <numerusform>%n row already in the workspace, skipped</numerusform>
            <numerusform>%n rows already in the workspace, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts updated</source>
        <translation>
            <numerusform>%n post updated</numerusform>
            <numerusform>%n posts updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns created: %1</source>
        <translation>
            <numerusform>%n campaign created: %1</numerusform>
            <numerusform>%n campaigns created: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts without a time set at %1</source>
        <translation>
            <numerusform>%n post without a time set at %1</numerusform>
            <numerusform>%n posts without a time set at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts are ready to import.</source>
        <translation>
            <numerusform>%n post is ready to import.</numerusform>
            <numerusform>%n posts are ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows need correcting: correct them in the file, or choose other columns. Nothing is imported until every row is good.</source>
        <translation>
            <numerusform>%n row needs correcting: correct it in the file, or choose other columns. Nothing is imported until every row is good.</numerusform>
            <numerusform>%n rows need correcting: correct them in the file, or choose other columns. Nothing is imported until every row is good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already in the workspace (rows %1).</source>
        <translation>
            <numerusform>%n of them already in the workspace (row %1).</numerusform>
            <numerusform>%n of them already in the workspace (rows %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns named in the file do not exist yet: %1</source>
        <translation>
            <numerusform>%n campaign named in the file does not exist yet: %1</numerusform>
            <numerusform>%n campaigns named in the file do not exist yet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not handed off — posts in the past or less than %n minutes ahead: %1</source>
        <translation>
            <numerusform>Not handed off — posts in the past or less than %n minute ahead: %1</numerusform>
            <numerusform>Not handed off — posts in the past or less than %n minutes ahead: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The post of %1 cannot go into Excel: its “%2” is longer than the %n characters a cell holds. Nothing was written; export the calendar as CSV instead.</source>
        <translation>
            <numerusform>The post of %1 cannot go into Excel: its “%2” is longer than the %n character a cell holds. Nothing was written; export the calendar as CSV instead.</numerusform>
            <numerusform>The post of %1 cannot go into Excel: its “%2” is longer than the %n characters a cell holds. Nothing was written; export the calendar as CSV instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n posts</source>
        <translation>
            <numerusform>%1 of %n post</numerusform>
            <numerusform>%1 of %n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message numerus="yes">
        <source>The first line is the video&apos;s title (at most %n characters), the lines after it its description.</source>
        <translation>
            <numerusform>The first line is the video&apos;s title (at most %n character), the lines after it its description.</numerusform>
            <numerusform>The first line is the video&apos;s title (at most %n characters), the lines after it its description.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: a post&apos;s text keeps at most %n characters (this one has %1).</source>
        <translation>
            <numerusform>Not saved: a post&apos;s text keeps at most %n character (this one has %1).</numerusform>
            <numerusform>Not saved: a post&apos;s text keeps at most %n characters (this one has %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message numerus="yes">
        <source>%1: %n characters (no documented limit)</source>
        <translation>
            <numerusform>%1: %n character (no documented limit)</numerusform>
            <numerusform>%1: %n characters (no documented limit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HijriDialog</name>
    <message numerus="yes">
        <source>With this first day %1 would have %n days, which no month has. Correct the neighbouring month&apos;s first day first.</source>
        <translation>
            <numerusform>With this first day %1 would have %n day, which no month has. Correct the neighbouring month&apos;s first day first.</numerusform>
            <numerusform>With this first day %1 would have %n days, which no month has. Correct the neighbouring month&apos;s first day first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A public holiday lasts at most %n days.</source>
        <translation>
            <numerusform>A public holiday lasts at most %n day.</numerusform>
            <numerusform>A public holiday lasts at most %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotPosts</name>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
</context>
</TS>
