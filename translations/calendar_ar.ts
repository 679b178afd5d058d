<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="38"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="39"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="40"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="41"/>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="42"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="43"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="175"/>
        <source>Posts of the month</source>
        <translation>منشورات الشهر</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="66"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="69"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="70"/>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="84"/>
        <source>Ideas</source>
        <translation>أفكار</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="85"/>
        <source>Posts with no date yet: drag one onto a day.</source>
        <translation>منشورات بلا موعد بعد: اسحب أحدها إلى يوم في التقويم.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="141"/>
        <source>Go to today</source>
        <translation>الذهاب إلى اليوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="201"/>
        <source>Ideas (%1)</source>
        <translation>أفكار (%1)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="203"/>
        <location filename="../planner/ui/calendar/view.py" line="217"/>
        <source>%1 posts</source>
        <translation>عدد المنشورات: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="214"/>
        <source>%1 of %2 posts</source>
        <translation>%1 من %2 منشورًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="276"/>
        <location filename="../planner/ui/calendar/view.py" line="293"/>
        <location filename="../planner/ui/calendar/view.py" line="309"/>
        <source>A published post cannot be moved.</source>
        <translation>لا يمكن نقل منشور تم نشره.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="286"/>
        <location filename="../planner/ui/calendar/view.py" line="297"/>
        <source>Reschedule post</source>
        <translation>تغيير موعد المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="313"/>
        <source>Move post to the ideas</source>
        <translation>نقل المنشور إلى الأفكار</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="321"/>
        <source>Post moved to %1</source>
        <translation>نُقل المنشور إلى %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="322"/>
        <source>Post moved to the ideas</source>
        <translation>نُقل المنشور إلى الأفكار</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="327"/>
        <location filename="../planner/ui/calendar/view.py" line="331"/>
        <source>Delete post</source>
        <translation>حذف المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="328"/>
        <source>Delete this post with its text for every platform? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف هذا المنشور بنصوصه لكل المنصات؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="332"/>
        <source>Post deleted</source>
        <translation>تم حذف المنشور</translation>
    </message>
</context>
<context>
    <name>ChipGrid</name>
    <message>
        <location filename="../planner/ui/calendar/grid.py" line="199"/>
        <source>+%1 more</source>
        <translation>+%1 أخرى</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="32"/>
        <source>Filter by campaign</source>
        <translation>تصفية حسب الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="33"/>
        <source>Filter by platform</source>
        <translation>تصفية حسب المنصة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="34"/>
        <source>Filter by status</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="35"/>
        <source>Filter by segment</source>
        <translation>تصفية حسب الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="36"/>
        <source>All platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="39"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="43"/>
        <source>Search posts…</source>
        <translation>ابحث في المنشورات…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="44"/>
        <source>Search posts</source>
        <translation>البحث في المنشورات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="70"/>
        <source>All campaigns</source>
        <translation>كل الحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="71"/>
        <source>No campaign</source>
        <translation>بلا حملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="74"/>
        <source>All segments</source>
        <translation>كل الشرائح</translation>
    </message>
</context>
<context>
    <name>IdeasList</name>
    <message>
        <location filename="../planner/ui/calendar/ideas.py" line="131"/>
        <source>Ideas</source>
        <translation>أفكار</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../planner/ui/calendar/grids.py" line="25"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="108"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="110"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="111"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="112"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="112"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="112"/>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <location filename="../planner/ui/calendar/models.py" line="120"/>
        <source>Posts: %1</source>
        <translation>المنشورات: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/models.py" line="129"/>
        <source>(approximate: depends on the moon sighting)</source>
        <translation>(تقريبي: يتوقف على رؤية الهلال)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/models.py" line="131"/>
        <source>(quiet day: no campaign posts)</source>
        <translation>(يوم هادئ: بلا منشورات للحملات)</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../planner/ui/calendar/grids.py" line="102"/>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
</context>
</TS>
