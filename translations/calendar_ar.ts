<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../planner/ui/calendar/agenda_paint.py" line="142"/>
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
        <location filename="../planner/ui/calendar/agenda.py" line="216"/>
        <source>Occasion: %1</source>
        <translation>مناسبة: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="222"/>
        <source>Approximate: depends on the moon sighting.</source>
        <translation>تقريبي: يتوقف على رؤية الهلال.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="224"/>
        <source>Added by you (More › Occasions, hashtags and snippets…).</source>
        <translation>أضفتها أنت (المزيد › المناسبات والوسوم والنصوص الجاهزة…).</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../planner/ui/calendar/agenda.py" line="288"/>
        <source>Posts of the month</source>
        <translation>منشورات الشهر</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="79"/>
        <location filename="../planner/ui/calendar/attachments.py" line="94"/>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="81"/>
        <source>Attach from the library</source>
        <translation>إرفاق من مكتبة الوسائط</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="90"/>
        <source>Remove the chosen file from this post</source>
        <translation>إزالة الملف المحدد من هذا المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="101"/>
        <source>Picture sizes</source>
        <translation>مقاسات الصور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="133"/>
        <source>Pictures and files of the media library (Visual identity)</source>
        <translation>صور مكتبة الوسائط وملفاتها (الهوية البصرية)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="135"/>
        <source>Write the post first: it is saved as soon as it has a text or a detail.</source>
        <translation>اكتب المنشور أولًا: يُحفظ بمجرد أن يكون له نص أو تفصيل.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="212"/>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="231"/>
        <source>at least %1 pixels wide</source>
        <translation>بعرض %1 بكسل على الأقل</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="240"/>
        <source>%1 cannot go on %2, which takes %3 files.</source>
        <translation>لا يمكن نشر %1 على %2، فهي تقبل ملفات %3.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="242"/>
        <source>The pixel size of %1 is unknown: check it against the post sizes of %2 (%3).</source>
        <translation>مقاس %1 بالبكسل غير معروف: قارنه بمقاسات منشورات %2 (%3).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="244"/>
        <source>%1 (%4) will be cropped on %2, whose post sizes are %3.</source>
        <translation>سيُقص %1 (%4) على %2، فمقاسات منشوراتها %3.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="245"/>
        <source>%1 (%4) is too small for %2 (%3): it will look blurred.</source>
        <translation>%1 (%4) أصغر مما تحتاجه %2 (%3): سيبدو غير واضح.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="246"/>
        <source>%1 (%4) is too heavy for %2 (%3 at most).</source>
        <translation>حجم %1 (%4) أكبر مما تقبله %2 (%3 على الأكثر).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="286"/>
        <source>No more pictures in the media library: add them in Visual identity.</source>
        <translation>لا مزيد من الصور في مكتبة الوسائط: أضفها من شاشة الهوية البصرية.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="295"/>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/attachments.py" line="311"/>
        <source>Remove an attached file</source>
        <translation>إزالة ملف مرفق</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="55"/>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="55"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="60"/>
        <source>Export to a calendar file</source>
        <translation>تصدير إلى ملف تقويم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="60"/>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="65"/>
        <source>content-calendar</source>
        <translation>تقويم-المحتوى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="83"/>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="89"/>
        <source>%1 posts exported to %2</source>
        <translation>تم تصدير %1 منشورًا إلى %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="98"/>
        <source>Import a content calendar</source>
        <translation>استيراد تقويم محتوى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="100"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>جداول البيانات (*.xlsx *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="124"/>
        <source>Import %1 posts</source>
        <translation>استيراد %1 منشورًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="128"/>
        <source>%1 posts imported from %2</source>
        <translation>تم استيراد %1 منشورًا من %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="139"/>
        <source>Pause all scheduled posts</source>
        <translation>إيقاف كل المنشورات المجدولة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="141"/>
        <source>No post is scheduled.</source>
        <translation>لا يوجد منشور مجدول.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="147"/>
        <source>%1 scheduled posts will be paused and will not go out until you resume them. Why? (for example: an incident, a day of mourning)</source>
        <translation>سيُوقف %1 منشورًا مجدولًا مؤقتًا ولن يُنشر حتى تستأنفه. ما السبب؟ (مثل: حادثة، يوم حداد)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="166"/>
        <source>%1 posts paused</source>
        <translation>أُوقف %1 منشورًا مؤقتًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="182"/>
        <location filename="../planner/ui/calendar/actions.py" line="195"/>
        <source>Resume paused posts</source>
        <translation>استئناف المنشورات الموقوفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="182"/>
        <source>No post is paused.</source>
        <translation>لا يوجد منشور موقوف مؤقتًا.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/actions.py" line="197"/>
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
        <location filename="../planner/ui/calendar/labels.py" line="19"/>
        <source>%1 mentions: at most %2 are allowed</source>
        <translation>%1 إشارة: الحد الأقصى %2</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="22"/>
        <source>%1 characters the platform refuses</source>
        <translation>%1 من الرموز ترفضها المنصة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="28"/>
        <source>Another post goes out on %1 within an hour of this one (at %2).</source>
        <translation>منشور آخر على %1 في غضون ساعة من هذا المنشور (الساعة %2).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="31"/>
        <source>The date is outside the campaign (%1).</source>
        <translation>الموعد خارج مدة الحملة (%1).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="34"/>
        <source>The date is outside its phase (%1).</source>
        <translation>الموعد خارج مرحلته (%1).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="37"/>
        <source>The day is a quiet occasion: campaign posts should not go out.</source>
        <translation>اليوم مناسبة هادئة: لا يُنصح بنشر منشورات الحملات فيه.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="59"/>
        <source>The file could not be read as a spreadsheet (.xlsx or .csv).</source>
        <translation>تعذّرت قراءة الملف كجدول بيانات (.xlsx أو .csv).</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="62"/>
        <source>The file has no rows under its header.</source>
        <translation>لا توجد صفوف تحت عناوين الملف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="63"/>
        <source>The file has more than 20,000 rows: split it first.</source>
        <translation>في الملف أكثر من ٢٠٬٠٠٠ صف: قسّمه أولًا.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="66"/>
        <source>Choose the column that holds the posts&apos; text.</source>
        <translation>اختر العمود الذي يحوي نص المنشورات.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="69"/>
        <source>“%1” is not a date</source>
        <translation>«%1» ليس تاريخًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="70"/>
        <source>“%1” is not a time</source>
        <translation>«%1» ليس وقتًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="71"/>
        <source>no platform</source>
        <translation>بلا منصة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="72"/>
        <source>“%1” is not a platform</source>
        <translation>«%1» ليست منصة معروفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="73"/>
        <source>no text</source>
        <translation>بلا نص</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="74"/>
        <source>no campaign is called “%1”</source>
        <translation>لا توجد حملة باسم «%1»</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="75"/>
        <source>“%1” is not a status</source>
        <translation>«%1» ليست حالة معروفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="76"/>
        <source>scheduled but without a date</source>
        <translation>مجدول بلا موعد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="82"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="83"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="84"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="85"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="86"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="87"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="131"/>
        <source>Content calendar</source>
        <translation>تقويم المحتوى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="132"/>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="133"/>
        <source>Hijri date</source>
        <translation>التاريخ الهجري</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="134"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="135"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="136"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="137"/>
        <source>Text for %1</source>
        <translation>نص %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/labels.py" line="138"/>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="74"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="77"/>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="78"/>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="105"/>
        <source>Ideas</source>
        <translation>أفكار</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="106"/>
        <source>Posts with no date yet: drag one onto a day.</source>
        <translation>منشورات بلا موعد بعد: اسحب أحدها إلى يوم في التقويم.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="172"/>
        <source>Go to today</source>
        <translation>الذهاب إلى اليوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="180"/>
        <source>Import a content calendar…</source>
        <translation>استيراد تقويم محتوى…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="181"/>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="182"/>
        <source>Export to a calendar file (.ics)…</source>
        <translation>تصدير إلى ملف تقويم (.ics)…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="186"/>
        <source>Occasions, hashtags and snippets…</source>
        <translation>المناسبات والوسوم والنصوص الجاهزة…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="190"/>
        <source>Pause all scheduled posts…</source>
        <translation>إيقاف كل المنشورات المجدولة مؤقتًا…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="194"/>
        <source>Resume paused posts</source>
        <translation>استئناف المنشورات الموقوفة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="262"/>
        <source>Scheduled posts are paused since %1: %2. Choose More › Resume paused posts when it is time to post again.</source>
        <translation>المنشورات المجدولة موقوفة مؤقتًا منذ %1: %2. اختر المزيد › استئناف المنشورات الموقوفة حين يحين وقت النشر من جديد.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="272"/>
        <source>Ideas (%1)</source>
        <translation>أفكار (%1)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="297"/>
        <location filename="../planner/ui/calendar/view.py" line="338"/>
        <source>%1 posts</source>
        <translation>عدد المنشورات: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/view.py" line="334"/>
        <source>%1 of %2 posts</source>
        <translation>%1 من %2 منشورًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="25"/>
        <source>A published post cannot be moved.</source>
        <translation>لا يمكن نقل منشور تم نشره.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="48"/>
        <location filename="../planner/ui/calendar/rescheduling.py" line="60"/>
        <source>Reschedule post</source>
        <translation>تغيير موعد المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="85"/>
        <source>Move post to the ideas</source>
        <translation>نقل المنشور إلى الأفكار</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="95"/>
        <source>Post moved to %1</source>
        <translation>نُقل المنشور إلى %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="99"/>
        <source>Post moved to the ideas</source>
        <translation>نُقل المنشور إلى الأفكار</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="105"/>
        <source>Delete post</source>
        <translation>حذف المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="106"/>
        <source>Delete this post with its text for every platform? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف هذا المنشور بنصوصه لكل المنصات؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/rescheduling.py" line="113"/>
        <source>Post deleted</source>
        <translation>تم حذف المنشور</translation>
    </message>
</context>
<context>
    <name>ChipGrid</name>
    <message>
        <location filename="../planner/ui/calendar/grid.py" line="106"/>
        <source>+%1 more</source>
        <translation>+%1 أخرى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/grid.py" line="344"/>
        <source>Show every post at this time (Enter)</source>
        <translation>عرض كل منشورات هذا الوقت (Enter)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="77"/>
        <location filename="../planner/ui/calendar/composer.py" line="279"/>
        <source>Post</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="77"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="78"/>
        <source>Post composer</source>
        <translation>محرر المنشورات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="99"/>
        <location filename="../planner/ui/calendar/composer.py" line="109"/>
        <source>Shared text</source>
        <translation>النص المشترك</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="102"/>
        <source>The text every platform uses unless it has its own version. Write in Arabic, English or both.</source>
        <translation>النص الذي تستخدمه كل المنصات ما لم يكن لإحداها نص خاص. اكتب بالعربية أو الإنجليزية أو بهما معًا.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="113"/>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="114"/>
        <source>Snippets</source>
        <translation>نصوص جاهزة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="116"/>
        <source>Warnings about the time</source>
        <translation>تنبيهات الموعد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="137"/>
        <location filename="../planner/ui/calendar/composer.py" line="364"/>
        <location filename="../planner/ui/calendar/composer.py" line="372"/>
        <source>Delete post</source>
        <translation>حذف المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="150"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="154"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="176"/>
        <location filename="../planner/ui/calendar/composer.py" line="278"/>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="178"/>
        <source>Not saved yet: nothing typed</source>
        <translation>لم يُحفظ بعد: لم يُكتب شيء</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="199"/>
        <source>Text for %1</source>
        <translation>نص %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="202"/>
        <source>Empty: %1 uses the shared text. Type here to give it its own version.</source>
        <translation>فارغ: تستخدم %1 النص المشترك. اكتب هنا لتخصيص نص لها.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="207"/>
        <source>The first line is the video&apos;s title (at most %2 characters), the lines after it its description.</source>
        <translation>السطر الأول هو عنوان الفيديو (الحد الأقصى: %2 حرف)، وما بعده وصفه.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="297"/>
        <source>Edit post text</source>
        <translation>تعديل نص المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="330"/>
        <source>Edit post</source>
        <translation>تعديل المنشور</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="340"/>
        <source>No free good hour in the next two weeks: choose the time yourself.</source>
        <translation>لا يوجد وقت مناسب شاغر خلال الأسبوعين القادمين: اختر الموعد بنفسك.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="345"/>
        <source>Suggested: %1</source>
        <translation>الموعد المقترح: %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="366"/>
        <source>Delete this post with its text for every platform? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف هذا المنشور بنصوصه لكل المنصات؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="391"/>
        <source>Campaign hashtags</source>
        <translation>وسوم الحملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="399"/>
        <source>No hashtag sets yet.</source>
        <translation>لا توجد مجموعات وسوم بعد.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer.py" line="402"/>
        <source>No snippets yet.</source>
        <translation>لا توجد نصوص جاهزة بعد.</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="164"/>
        <source>%1 title</source>
        <translation>عنوان %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="166"/>
        <source>%1 description</source>
        <translation>وصف %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="176"/>
        <source>%1: %2 characters (no documented limit)</source>
        <translation>%1: %2 حرفًا (لا يوجد حد موثّق)</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="182"/>
        <source>Title %1</source>
        <translation>العنوان %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="185"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 من %3</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_text.py" line="202"/>
        <source>The first line of the text is the video&apos;s title; the lines after it are its description.</source>
        <translation>السطر الأول من النص هو عنوان الفيديو، والأسطر التي تليه وصفه.</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="49"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="110"/>
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
        <location filename="../planner/ui/calendar/composer_form.py" line="112"/>
        <source>Key message</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="52"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="113"/>
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
        <location filename="../planner/ui/calendar/composer_form.py" line="115"/>
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
        <location filename="../planner/ui/calendar/composer_form.py" line="69"/>
        <source>Suggest a time</source>
        <translation>اقترح موعدًا</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="72"/>
        <source>The next free good hour on the post&apos;s first platform, from the account&apos;s best posting times.</source>
        <translation>أقرب وقت مناسب شاغر على أول منصة للمنشور، من أفضل أوقات النشر للحساب.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="95"/>
        <location filename="../planner/ui/calendar/composer_form.py" line="120"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="96"/>
        <source>For the team: sources, design, who approves…</source>
        <translation>للفريق: المصادر، التصميم، جهة الاعتماد…</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="111"/>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="114"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="116"/>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="119"/>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="145"/>
        <source>No campaign</source>
        <translation>بلا حملة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="149"/>
        <source>No segment</source>
        <translation>بلا شريحة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="171"/>
        <source>No key message</source>
        <translation>بلا رسالة رئيسية</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="173"/>
        <source>No phase</source>
        <translation>بلا مرحلة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/composer_form.py" line="203"/>
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
        <location filename="../planner/ui/calendar/library.py" line="260"/>
        <source>hashtag set</source>
        <translation>مجموعة وسوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="262"/>
        <source>New hashtag set</source>
        <translation>مجموعة وسوم جديدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="268"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="269"/>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="270"/>
        <source>Separate the hashtags with spaces.</source>
        <translation>افصل بين الوسوم بمسافات.</translation>
    </message>
</context>
<context>
    <name>IdeasList</name>
    <message>
        <location filename="../planner/ui/calendar/ideas.py" line="138"/>
        <source>Ideas</source>
        <translation>أفكار</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="100"/>
        <source>Import a content calendar</source>
        <translation>استيراد تقويم محتوى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="108"/>
        <source>— not in the file —</source>
        <translation>— غير موجود في الملف —</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="110"/>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="118"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="125"/>
        <source>Rows to correct</source>
        <translation>صفوف تحتاج إلى تصحيح</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="128"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="135"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="138"/>
        <source>Which column of “%1” holds what? Rows are checked as you choose.</source>
        <translation>أي عمود في «%1» يحوي ماذا؟ تُفحص الصفوف مع كل اختيار.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="172"/>
        <source>%1 rows need correcting: correct them in the file, or choose other columns. Nothing is imported until every row is good.</source>
        <translation>%1 من الصفوف تحتاج إلى تصحيح: صحّحها في الملف أو اختر أعمدة أخرى. لن يُستورد شيء حتى تسلم كل الصفوف.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/import_dialog.py" line="180"/>
        <source>%1 posts are ready to import.</source>
        <translation>%1 منشورًا جاهزًا للاستيراد.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="332"/>
        <source>Occasions, hashtags and snippets</source>
        <translation>المناسبات والوسوم والنصوص الجاهزة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="338"/>
        <source>Local occasions</source>
        <translation>المناسبات المحلية</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="339"/>
        <source>Hashtag sets</source>
        <translation>مجموعات الوسوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="340"/>
        <source>Snippets</source>
        <translation>نصوص جاهزة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="348"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="352"/>
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
        <location filename="../planner/ui/calendar/library.py" line="183"/>
        <source>local occasion</source>
        <translation>مناسبة محلية</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="185"/>
        <source>New occasion</source>
        <translation>مناسبة جديدة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="195"/>
        <source>A quiet day: no campaign posts</source>
        <translation>يوم هادئ: بلا منشورات للحملات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="197"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="198"/>
        <source>Name in English</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="199"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="200"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="202"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="217"/>
        <source>quiet day</source>
        <translation>يوم هادئ</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="110"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="112"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="113"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="114"/>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="114"/>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/toolbar.py" line="114"/>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="73"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="75"/>
        <location filename="../planner/ui/calendar/library.py" line="155"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="129"/>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="146"/>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="156"/>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف «%1»؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="168"/>
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
        <location filename="../planner/ui/calendar/library.py" line="293"/>
        <source>snippet</source>
        <translation>نص جاهز</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="295"/>
        <source>New snippet</source>
        <translation>نص جاهز جديد</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="301"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../planner/ui/calendar/library.py" line="302"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../planner/ui/calendar/grids.py" line="114"/>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
</context>
</TS>
