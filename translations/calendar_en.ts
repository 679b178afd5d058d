<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarActions</name>
    <message numerus="yes">
        <source>%n posts exported to %1</source>
        <translation>
            <numerusform>%n post exported to %1</numerusform>
            <numerusform>%n posts exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n posts</source>
        <translation>
            <numerusform>Import %n post</numerusform>
            <numerusform>Import %n posts</numerusform>
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
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n rows need correcting: correct them in the file, or choose other columns. Nothing is imported until every row is good.</source>
        <translation>
            <numerusform>%n row needs correcting: correct it in the file, or choose other columns. Nothing is imported until every row is good.</numerusform>
            <numerusform>%n rows need correcting: correct them in the file, or choose other columns. Nothing is imported until every row is good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts are ready to import.</source>
        <translation>
            <numerusform>%n post is ready to import.</numerusform>
            <numerusform>%n posts are ready to import.</numerusform>
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
