<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../planner/ui/calendar/agenda_paint.py" line="121"/>
        <source>%1 (quiet day: no campaign posts)</source>
        <translation>%1 (يوم هادئ: بلا منشورات للحملات)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="68"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="69"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="70"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="71"/>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="72"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="73"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="204"/>
        <source>Occasion: %1</source>
        <translation>مناسبة: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="211"/>
        <source>Approximate: depends on the moon sighting.</source>
        <translation>تقريبي: يتوقف على رؤية الهلال.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="213"/>
        <source>Added by you (More › Occasions, hashtags and snippets…).</source>
        <translation>أضفتها أنت (المزيد › المناسبات والوسوم والنصوص الجاهزة…).</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="277"/>
        <source>Posts of the month</source>
        <translation>منشورات الشهر</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="78"/>
        <location filename="../planner/ui/calendar/attachments.py" line="93"/>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="80"/>
        <source>Attach from the library</source>
        <translation>إرفاق من مكتبة الوسائط</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="89"/>
        <source>Remove the chosen file from this post</source>
        <translation>إزالة الملف المحدد من هذا المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="100"/>
        <source>Picture sizes</source>
        <translation>مقاسات الصور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="131"/>
        <source>Pictures and files of the media library (Visual identity)</source>
        <translation>صور مكتبة الوسائط وملفاتها (الهوية البصرية)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="133"/>
        <source>Write the post first: it is saved as soon as it has a text or a detail.</source>
        <translation>اكتب المنشور أولًا: يُحفظ بمجرد أن يكون له نص أو تفصيل.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="197"/>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="216"/>
        <source>at least %1 pixels wide</source>
        <translation>بعرض %1 بكسل على الأقل</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="224"/>
        <source>%1 cannot go on %2, which takes %3 files.</source>
        <translation>لا يمكن نشر %1 على %2، فهي تقبل ملفات %3.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="225"/>
        <source>The pixel size of %1 is unknown: check it against the post sizes of %2 (%3).</source>
        <translation>مقاس %1 بالبكسل غير معروف: قارنه بمقاسات منشورات %2 (%3).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="227"/>
        <source>%1 (%4) will be cropped on %2, whose post sizes are %3.</source>
        <translation>سيُقص %1 (%4) على %2، فمقاسات منشوراتها %3.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="229"/>
        <source>%1 (%4) is too small for %2 (%3): it will look blurred.</source>
        <translation>%1 (%4) أصغر مما تحتاجه %2 (%3): سيبدو غير واضح.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="231"/>
        <source>%1 (%4) is too heavy for %2 (%3 at most).</source>
        <translation>حجم %1 (%4) أكبر مما تقبله %2 (%3 على الأكثر).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="257"/>
        <source>No more pictures in the media library: add them in Visual identity.</source>
        <translation>لا مزيد من الصور في مكتبة الوسائط: أضفها من شاشة الهوية البصرية.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="266"/>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="277"/>
        <source>Remove an attached file</source>
        <translation>إزالة ملف مرفق</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="48"/>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="48"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="52"/>
        <source>Export to a calendar file</source>
        <translation>تصدير إلى ملف تقويم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="53"/>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="57"/>
        <source>content-calendar</source>
        <translation>تقويم-المحتوى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="71"/>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="74"/>
        <source>%1 posts exported to %2</source>
        <translation>تم تصدير %1 منشورًا إلى %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="81"/>
        <source>Import a content calendar</source>
        <translation>استيراد تقويم محتوى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="83"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>جداول البيانات (*.xlsx *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="100"/>
        <source>Import %1 posts</source>
        <translation>استيراد %1 منشورًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="102"/>
        <source>%1 posts imported from %2</source>
        <translation>تم استيراد %1 منشورًا من %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="111"/>
        <source>Pause all scheduled posts</source>
        <translation>إيقاف كل المنشورات المجدولة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="113"/>
        <source>No post is scheduled.</source>
        <translation>لا يوجد منشور مجدول.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="116"/>
        <source>%1 scheduled posts will be paused and will not go out until you resume them. Why? (for example: an incident, a day of mourning)</source>
        <translation>سيُوقف %1 منشورًا مجدولًا مؤقتًا ولن يُنشر حتى تستأنفه. ما السبب؟ (مثل: حادثة، يوم حداد)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="130"/>
        <source>%1 posts paused</source>
        <translation>أُوقف %1 منشورًا مؤقتًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="144"/>
        <location filename="../planner/ui/calendar/actions.py" line="152"/>
        <source>Resume paused posts</source>
        <translation>استئناف المنشورات الموقوفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="145"/>
        <source>No post is paused.</source>
        <translation>لا يوجد منشور موقوف مؤقتًا.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="153"/>
        <source>%1 posts resumed</source>
        <translation>استُؤنف %1 منشورًا</translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="15"/>
        <source>%1 over the limit of %2</source>
        <translation>يتجاوز الحد (%2) بمقدار %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="16"/>
        <source>%1 hashtags: at most %2 are allowed</source>
        <translation>%1 وسمًا: الحد الأقصى %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="18"/>
        <source>%1 mentions: at most %2 are allowed</source>
        <translation>%1 إشارة: الحد الأقصى %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="20"/>
        <source>%1 characters the platform refuses</source>
        <translation>%1 من الرموز ترفضها المنصة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="25"/>
        <source>Another post goes out on %1 within an hour of this one (at %2).</source>
        <translation>منشور آخر على %1 في غضون ساعة من هذا المنشور (الساعة %2).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="27"/>
        <source>The date is outside the campaign (%1).</source>
        <translation>الموعد خارج مدة الحملة (%1).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="29"/>
        <source>The date is outside its phase (%1).</source>
        <translation>الموعد خارج مرحلته (%1).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="31"/>
        <source>The day is a quiet occasion: campaign posts should not go out.</source>
        <translation>اليوم مناسبة هادئة: لا يُنصح بنشر منشورات الحملات فيه.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="51"/>
        <source>The file could not be read as a spreadsheet (.xlsx or .csv).</source>
        <translation>تعذّرت قراءة الملف كجدول بيانات (.xlsx أو .csv).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="53"/>
        <source>The file has no rows under its header.</source>
        <translation>لا توجد صفوف تحت عناوين الملف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="54"/>
        <source>The file has more than 20,000 rows: split it first.</source>
        <translation>في الملف أكثر من ٢٠٬٠٠٠ صف: قسّمه أولًا.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="56"/>
        <source>Choose the column that holds the posts&apos; text.</source>
        <translation>اختر العمود الذي يحوي نص المنشورات.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="58"/>
        <source>“%1” is not a date</source>
        <translation>«%1» ليس تاريخًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="59"/>
        <source>“%1” is not a time</source>
        <translation>«%1» ليس وقتًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="60"/>
        <source>no platform</source>
        <translation>بلا منصة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="61"/>
        <source>“%1” is not a platform</source>
        <translation>«%1» ليست منصة معروفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="62"/>
        <source>no text</source>
        <translation>بلا نص</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="63"/>
        <source>no campaign is called “%1”</source>
        <translation>لا توجد حملة باسم «%1»</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="65"/>
        <source>“%1” is not a status</source>
        <translation>«%1» ليست حالة معروفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="66"/>
        <source>scheduled but without a date</source>
        <translation>مجدول بلا موعد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="71"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="72"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="73"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="74"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="75"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="76"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="109"/>
        <source>Content calendar</source>
        <translation>تقويم المحتوى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="110"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="111"/>
        <source>Hijri date</source>
        <translation>التاريخ الهجري</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="112"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="113"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="114"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="115"/>
        <source>Text for %1</source>
        <translation>نص %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="116"/>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="69"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="72"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="73"/>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="97"/>
        <source>Ideas</source>
        <translation>أفكار</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="98"/>
        <source>Posts with no date yet: drag one onto a day.</source>
        <translation>منشورات بلا موعد بعد: اسحب أحدها إلى يوم في التقويم.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="164"/>
        <source>Go to today</source>
        <translation>الذهاب إلى اليوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="172"/>
        <source>Import a content calendar…</source>
        <translation>استيراد تقويم محتوى…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="174"/>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="175"/>
        <source>Export to a calendar file (.ics)…</source>
        <translation>تصدير إلى ملف تقويم (.ics)…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="178"/>
        <source>Occasions, hashtags and snippets…</source>
        <translation>المناسبات والوسوم والنصوص الجاهزة…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="182"/>
        <source>Pause all scheduled posts…</source>
        <translation>إيقاف كل المنشورات المجدولة مؤقتًا…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="185"/>
        <source>Resume paused posts</source>
        <translation>استئناف المنشورات الموقوفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="250"/>
        <source>Scheduled posts are paused since %1: %2. Choose More › Resume paused posts when it is time to post again.</source>
        <translation>المنشورات المجدولة موقوفة مؤقتًا منذ %1: %2. اختر المزيد › استئناف المنشورات الموقوفة حين يحين وقت النشر من جديد.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="256"/>
        <source>Ideas (%1)</source>
        <translation>أفكار (%1)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="280"/>
        <location filename="../planner/ui/calendar/view.py" line="318"/>
        <source>%1 posts</source>
        <translation>عدد المنشورات: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="315"/>
        <source>%1 of %2 posts</source>
        <translation>%1 من %2 منشورًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="24"/>
        <source>A published post cannot be moved.</source>
        <translation>لا يمكن نقل منشور تم نشره.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="46"/>
        <location filename="../planner/ui/calendar/rescheduling.py" line="57"/>
        <source>Reschedule post</source>
        <translation>تغيير موعد المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="73"/>
        <source>Move post to the ideas</source>
        <translation>نقل المنشور إلى الأفكار</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="83"/>
        <source>Post moved to %1</source>
        <translation>نُقل المنشور إلى %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="86"/>
        <source>Post moved to the ideas</source>
        <translation>نُقل المنشور إلى الأفكار</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="92"/>
        <source>Delete post</source>
        <translation>حذف المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="93"/>
        <source>Delete this post with its text for every platform? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف هذا المنشور بنصوصه لكل المنصات؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="101"/>
        <source>Post deleted</source>
        <translation>تم حذف المنشور</translation>
    </message>
</context>
<context>
    <name>ChipGrid</name>
    <message>
        <location filename="../planner/ui/calendar/grid.py" line="102"/>
        <source>+%1 more</source>
        <translation>+%1 أخرى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/grid.py" line="339"/>
        <source>Show every post at this time (Enter)</source>
        <translation>عرض كل منشورات هذا الوقت (Enter)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="71"/>
        <location filename="../planner/ui/calendar/composer.py" line="247"/>
        <source>Post</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="71"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="72"/>
        <source>Post composer</source>
        <translation>محرر المنشورات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="88"/>
        <location filename="../planner/ui/calendar/composer.py" line="94"/>
        <source>Shared text</source>
        <translation>النص المشترك</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="89"/>
        <source>The text every platform uses unless it has its own version. Write in Arabic, English or both.</source>
        <translation>النص الذي تستخدمه كل المنصات ما لم يكن لإحداها نص خاص. اكتب بالعربية أو الإنجليزية أو بهما معًا.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="98"/>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="99"/>
        <source>Snippets</source>
        <translation>نصوص جاهزة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="101"/>
        <source>Warnings about the time</source>
        <translation>تنبيهات الموعد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="122"/>
        <location filename="../planner/ui/calendar/composer.py" line="320"/>
        <location filename="../planner/ui/calendar/composer.py" line="327"/>
        <source>Delete post</source>
        <translation>حذف المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="133"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="135"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="155"/>
        <location filename="../planner/ui/calendar/composer.py" line="246"/>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="156"/>
        <source>Not saved yet: nothing typed</source>
        <translation>لم يُحفظ بعد: لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="175"/>
        <source>Text for %1</source>
        <translation>نص %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="177"/>
        <source>Empty: %1 uses the shared text. Type here to give it its own version.</source>
        <translation>فارغ: تستخدم %1 النص المشترك. اكتب هنا لتخصيص نص لها.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="181"/>
        <source>The first line is the video&apos;s title (at most %2 characters), the lines after it its description.</source>
        <translation>السطر الأول هو عنوان الفيديو (الحد الأقصى: %2 حرف)، وما بعده وصفه.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="262"/>
        <source>Edit post text</source>
        <translation>تعديل نص المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="293"/>
        <source>Edit post</source>
        <translation>تعديل المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="303"/>
        <source>No free good hour in the next two weeks: choose the time yourself.</source>
        <translation>لا يوجد وقت مناسب شاغر خلال الأسبوعين القادمين: اختر الموعد بنفسك.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="306"/>
        <source>Suggested: %1</source>
        <translation>الموعد المقترح: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="321"/>
        <source>Delete this post with its text for every platform? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف هذا المنشور بنصوصه لكل المنصات؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="346"/>
        <source>Campaign hashtags</source>
        <translation>وسوم الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="354"/>
        <source>No hashtag sets yet.</source>
        <translation>لا توجد مجموعات وسوم بعد.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="357"/>
        <source>No snippets yet.</source>
        <translation>لا توجد نصوص جاهزة بعد.</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="153"/>
        <source>%1 title</source>
        <translation>عنوان %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="155"/>
        <source>%1 description</source>
        <translation>وصف %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="165"/>
        <source>%1: %2 characters (no documented limit)</source>
        <translation>%1: %2 حرفًا (لا يوجد حد موثّق)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="172"/>
        <source>Title %1</source>
        <translation>العنوان %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="174"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 من %3</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="184"/>
        <source>The first line of the text is the video&apos;s title; the lines after it are its description.</source>
        <translation>السطر الأول من النص هو عنوان الفيديو، والأسطر التي تليه وصفه.</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="50"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="108"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="51"/>
        <source>Target segment</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="52"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="110"/>
        <source>Key message</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="53"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="111"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="54"/>
        <source>Content type</source>
        <translation>نوع المحتوى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="57"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="113"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="61"/>
        <source>Has a date</source>
        <translation>له موعد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="62"/>
        <source>Without a date the post stays in the ideas.</source>
        <translation>المنشور بلا موعد يبقى ضمن الأفكار.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="65"/>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="71"/>
        <source>Suggest a time</source>
        <translation>اقترح موعدًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="72"/>
        <source>The next free good hour on the post&apos;s first platform, from the account&apos;s best posting times.</source>
        <translation>أقرب وقت مناسب شاغر على أول منصة للمنشور، من أفضل أوقات النشر للحساب.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="92"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="118"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="93"/>
        <source>For the team: sources, design, who approves…</source>
        <translation>للفريق: المصادر، التصميم، جهة الاعتماد…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="109"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="112"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="114"/>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="117"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="143"/>
        <source>No campaign</source>
        <translation>بلا حملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="147"/>
        <source>No segment</source>
        <translation>بلا شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="159"/>
        <source>No key message</source>
        <translation>بلا رسالة رئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="161"/>
        <source>No phase</source>
        <translation>بلا مرحلة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="184"/>
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
    <name>HashtagsPage</name>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="217"/>
        <source>hashtag set</source>
        <translation>مجموعة وسوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="219"/>
        <source>New hashtag set</source>
        <translation>مجموعة وسوم جديدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="224"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="225"/>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="226"/>
        <source>Separate the hashtags with spaces.</source>
        <translation>افصل بين الوسوم بمسافات.</translation>
    </message>
</context>
<context>
    <name>IdeasList</name>
    <message>
        <location filename="../planner/ui/calendar/ideas.py" line="136"/>
        <source>Ideas</source>
        <translation>أفكار</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="93"/>
        <source>Import a content calendar</source>
        <translation>استيراد تقويم محتوى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="101"/>
        <source>— not in the file —</source>
        <translation>— غير موجود في الملف —</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="103"/>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="111"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="119"/>
        <source>Rows to correct</source>
        <translation>صفوف تحتاج إلى تصحيح</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="122"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="129"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="130"/>
        <source>Which column of “%1” holds what? Rows are checked as you choose.</source>
        <translation>أي عمود في «%1» يحوي ماذا؟ تُفحص الصفوف مع كل اختيار.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="159"/>
        <source>%1 rows need correcting: correct them in the file, or choose other columns. Nothing is imported until every row is good.</source>
        <translation>%1 من الصفوف تحتاج إلى تصحيح: صحّحها في الملف أو اختر أعمدة أخرى. لن يُستورد شيء حتى تسلم كل الصفوف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="163"/>
        <source>%1 posts are ready to import.</source>
        <translation>%1 منشورًا جاهزًا للاستيراد.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="276"/>
        <source>Occasions, hashtags and snippets</source>
        <translation>المناسبات والوسوم والنصوص الجاهزة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="282"/>
        <source>Local occasions</source>
        <translation>المناسبات المحلية</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="283"/>
        <source>Hashtag sets</source>
        <translation>مجموعات الوسوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="284"/>
        <source>Snippets</source>
        <translation>نصوص جاهزة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="290"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="292"/>
        <source>Redo</source>
        <translation>إعادة</translation>
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
    <name>OccasionsPage</name>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="148"/>
        <source>local occasion</source>
        <translation>مناسبة محلية</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="150"/>
        <source>New occasion</source>
        <translation>مناسبة جديدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="159"/>
        <source>A quiet day: no campaign posts</source>
        <translation>يوم هادئ: بلا منشورات للحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="161"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="162"/>
        <source>Name in English</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="163"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="164"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="166"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="179"/>
        <source>quiet day</source>
        <translation>يوم هادئ</translation>
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
    <name>RecordPage</name>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="66"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="68"/>
        <location filename="../planner/ui/calendar/library.py" line="134"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="116"/>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="127"/>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="134"/>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف «%1»؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="138"/>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <location filename="../planner/ui/calendar/models.py" line="134"/>
        <source>Posts: %1</source>
        <translation>المنشورات: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/models.py" line="143"/>
        <source>(approximate: depends on the moon sighting)</source>
        <translation>(تقريبي: يتوقف على رؤية الهلال)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/models.py" line="145"/>
        <source>(quiet day: no campaign posts)</source>
        <translation>(يوم هادئ: بلا منشورات للحملات)</translation>
    </message>
</context>
<context>
    <name>SlotPosts</name>
    <message>
        <location filename="../planner/ui/calendar/slot_posts.py" line="59"/>
        <source>Posts at this time</source>
        <translation>منشورات هذا الوقت</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/slot_posts.py" line="74"/>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/slot_posts.py" line="91"/>
        <source>%1 posts</source>
        <translation>عدد المنشورات: %1</translation>
    </message>
</context>
<context>
    <name>SnippetsPage</name>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="245"/>
        <source>snippet</source>
        <translation>نص جاهز</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="247"/>
        <source>New snippet</source>
        <translation>نص جاهز جديد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="252"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="253"/>
        <source>Text</source>
        <translation>النص</translation>
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
