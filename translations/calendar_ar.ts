<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="114"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="115"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="116"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="117"/>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="118"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="119"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="262"/>
        <source>Posts of the month</source>
        <translation>منشورات الشهر</translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="11"/>
        <source>%1 over the limit of %2</source>
        <translation>يتجاوز الحد (%2) بمقدار %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="12"/>
        <source>%1 hashtags: at most %2 are allowed</source>
        <translation>%1 وسمًا: الحد الأقصى %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="14"/>
        <source>%1 mentions: at most %2 are allowed</source>
        <translation>%1 إشارة: الحد الأقصى %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="16"/>
        <source>%1 characters the platform refuses</source>
        <translation>%1 من الرموز ترفضها المنصة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="21"/>
        <source>Another post goes out on %1 within an hour of this one (at %2).</source>
        <translation>منشور آخر على %1 في غضون ساعة من هذا المنشور (الساعة %2).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="23"/>
        <source>The date is outside the campaign (%1).</source>
        <translation>الموعد خارج مدة الحملة (%1).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="25"/>
        <source>The date is outside its phase (%1).</source>
        <translation>الموعد خارج مرحلته (%1).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="27"/>
        <source>The day is a quiet occasion: campaign posts should not go out.</source>
        <translation>اليوم مناسبة هادئة: لا يُنصح بنشر منشورات الحملات فيه.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="68"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="71"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="72"/>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="86"/>
        <source>Ideas</source>
        <translation>أفكار</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="87"/>
        <source>Posts with no date yet: drag one onto a day.</source>
        <translation>منشورات بلا موعد بعد: اسحب أحدها إلى يوم في التقويم.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="144"/>
        <source>Go to today</source>
        <translation>الذهاب إلى اليوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="190"/>
        <source>Ideas (%1)</source>
        <translation>أفكار (%1)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="213"/>
        <location filename="../planner/ui/calendar/view.py" line="227"/>
        <source>%1 posts</source>
        <translation>عدد المنشورات: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="224"/>
        <source>%1 of %2 posts</source>
        <translation>%1 من %2 منشورًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="302"/>
        <location filename="../planner/ui/calendar/view.py" line="319"/>
        <location filename="../planner/ui/calendar/view.py" line="335"/>
        <source>A published post cannot be moved.</source>
        <translation>لا يمكن نقل منشور تم نشره.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="312"/>
        <location filename="../planner/ui/calendar/view.py" line="323"/>
        <source>Reschedule post</source>
        <translation>تغيير موعد المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="339"/>
        <source>Move post to the ideas</source>
        <translation>نقل المنشور إلى الأفكار</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="347"/>
        <source>Post moved to %1</source>
        <translation>نُقل المنشور إلى %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="348"/>
        <source>Post moved to the ideas</source>
        <translation>نُقل المنشور إلى الأفكار</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="353"/>
        <location filename="../planner/ui/calendar/view.py" line="357"/>
        <source>Delete post</source>
        <translation>حذف المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="354"/>
        <source>Delete this post with its text for every platform? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف هذا المنشور بنصوصه لكل المنصات؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="358"/>
        <source>Post deleted</source>
        <translation>تم حذف المنشور</translation>
    </message>
</context>
<context>
    <name>ChipGrid</name>
    <message>
        <location filename="../planner/ui/calendar/grid.py" line="234"/>
        <source>+%1 more</source>
        <translation>+%1 أخرى</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="68"/>
        <location filename="../planner/ui/calendar/composer.py" line="239"/>
        <source>Post</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="68"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="69"/>
        <source>Post composer</source>
        <translation>محرر المنشورات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="85"/>
        <location filename="../planner/ui/calendar/composer.py" line="91"/>
        <source>Shared text</source>
        <translation>النص المشترك</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="86"/>
        <source>The text every platform uses unless it has its own version. Write in Arabic, English or both.</source>
        <translation>النص الذي تستخدمه كل المنصات ما لم يكن لإحداها نص خاص. اكتب بالعربية أو الإنجليزية أو بهما معًا.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="95"/>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="96"/>
        <source>Snippets</source>
        <translation>نصوص جاهزة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="98"/>
        <source>Warnings about the time</source>
        <translation>تنبيهات الموعد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="119"/>
        <location filename="../planner/ui/calendar/composer.py" line="311"/>
        <location filename="../planner/ui/calendar/composer.py" line="318"/>
        <source>Delete post</source>
        <translation>حذف المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="130"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="132"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="152"/>
        <location filename="../planner/ui/calendar/composer.py" line="238"/>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="153"/>
        <source>Not saved yet: nothing typed</source>
        <translation>لم يُحفظ بعد: لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="172"/>
        <source>Text for %1</source>
        <translation>نص %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="175"/>
        <source>Empty: %1 uses the shared text. Type here to give it its own version.</source>
        <translation>فارغ: تستخدم %1 النص المشترك. اكتب هنا لتخصيص نص لها.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="254"/>
        <source>Edit post text</source>
        <translation>تعديل نص المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="285"/>
        <source>Edit post</source>
        <translation>تعديل المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="295"/>
        <source>No free good hour in the next two weeks: choose the time yourself.</source>
        <translation>لا يوجد وقت مناسب شاغر خلال الأسبوعين القادمين: اختر الموعد بنفسك.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="297"/>
        <source>Suggested: %1</source>
        <translation>الموعد المقترح: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="312"/>
        <source>Delete this post with its text for every platform? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف هذا المنشور بنصوصه لكل المنصات؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="337"/>
        <source>Campaign hashtags</source>
        <translation>وسوم الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="345"/>
        <source>No hashtag sets yet.</source>
        <translation>لا توجد مجموعات وسوم بعد.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="348"/>
        <source>No snippets yet.</source>
        <translation>لا توجد نصوص جاهزة بعد.</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="142"/>
        <source>%1: %2 characters (no documented limit)</source>
        <translation>%1: %2 حرفًا (لا يوجد حد موثّق)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="148"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 من %3</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="49"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="107"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="50"/>
        <source>Target segment</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="51"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="109"/>
        <source>Key message</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="52"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="110"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="53"/>
        <source>Content type</source>
        <translation>نوع المحتوى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="56"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="112"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="60"/>
        <source>Has a date</source>
        <translation>له موعد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="61"/>
        <source>Without a date the post stays in the ideas.</source>
        <translation>المنشور بلا موعد يبقى ضمن الأفكار.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="64"/>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="70"/>
        <source>Suggest a time</source>
        <translation>اقترح موعدًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="71"/>
        <source>The next free good hour on the post&apos;s first platform, from the account&apos;s best posting times.</source>
        <translation>أقرب وقت مناسب شاغر على أول منصة للمنشور، من أفضل أوقات النشر للحساب.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="91"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="117"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="92"/>
        <source>For the team: sources, design, who approves…</source>
        <translation>للفريق: المصادر، التصميم، جهة الاعتماد…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="108"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="111"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="113"/>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="116"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="142"/>
        <source>No campaign</source>
        <translation>بلا حملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="146"/>
        <source>No segment</source>
        <translation>بلا شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="158"/>
        <source>No key message</source>
        <translation>بلا رسالة رئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="160"/>
        <source>No phase</source>
        <translation>بلا مرحلة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="183"/>
        <source>No date yet: the post is an idea.</source>
        <translation>لا موعد بعد: المنشور فكرة.</translation>
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
        <location filename="../planner/ui/calendar/models.py" line="128"/>
        <source>Posts: %1</source>
        <translation>المنشورات: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/models.py" line="137"/>
        <source>(approximate: depends on the moon sighting)</source>
        <translation>(تقريبي: يتوقف على رؤية الهلال)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/models.py" line="139"/>
        <source>(quiet day: no campaign posts)</source>
        <translation>(يوم هادئ: بلا منشورات للحملات)</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../planner/ui/calendar/grids.py" line="103"/>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
</context>
</TS>
