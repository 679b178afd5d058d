<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>%1 (public holiday: %2)</source>
        <translation>%1 (عطلة رسمية: %2)</translation>
    </message>
    <message>
        <source>%1 (quiet day: no campaign posts)</source>
        <translation>%1 (يوم هادئ: بلا منشورات للحملات)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Occasion: %1</source>
        <translation>مناسبة: %1</translation>
    </message>
    <message>
        <source>Approximate: depends on the moon sighting.</source>
        <translation>تقريبي: يتوقف على رؤية الهلال.</translation>
    </message>
    <message>
        <source>Added by you (More › Occasions, hashtags and snippets…).</source>
        <translation>أضفتها أنت (المزيد › المناسبات والوسوم والنصوص الجاهزة…).</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Posts of the month</source>
        <translation>منشورات الشهر</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <source>Attach from the library</source>
        <translation>إرفاق من مكتبة الوسائط</translation>
    </message>
    <message>
        <source>Remove the chosen file from this post</source>
        <translation>إزالة الملف المحدد من هذا المنشور</translation>
    </message>
    <message>
        <source>Picture sizes</source>
        <translation>مقاسات الصور</translation>
    </message>
    <message>
        <source>Pictures and files of the media library (Visual identity)</source>
        <translation>صور مكتبة الوسائط وملفاتها (الهوية البصرية)</translation>
    </message>
    <message>
        <source>Write the post first: it is saved as soon as it has a text or a detail.</source>
        <translation>اكتب المنشور أولًا: يُحفظ بمجرد أن يكون له نص أو تفصيل.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>at least %1 pixels wide</source>
        <translation>بعرض %1 بكسل على الأقل</translation>
    </message>
    <message>
        <source>%1 cannot go on %2, which takes %3 files.</source>
        <translation>لا يمكن نشر %1 على %2، فهي تقبل ملفات %3.</translation>
    </message>
    <message>
        <source>The pixel size of %1 is unknown: check it against the post sizes of %2 (%3).</source>
        <translation>مقاس %1 بالبكسل غير معروف: قارنه بمقاسات منشورات %2 (%3).</translation>
    </message>
    <message>
        <source>%1 (%4) will be cropped on %2, whose post sizes are %3.</source>
        <translation>سيُقص %1 (%4) على %2، فمقاسات منشوراتها %3.</translation>
    </message>
    <message>
        <source>%1 (%4) is too small for %2 (%3): it will look blurred.</source>
        <translation>%1 (%4) أصغر مما تحتاجه %2 (%3): سيبدو غير واضح.</translation>
    </message>
    <message>
        <source>%1 (%4) is too heavy for %2 (%3 at most).</source>
        <translation>حجم %1 (%4) أكبر مما تقبله %2 (%3 على الأكثر).</translation>
    </message>
    <message>
        <source>No more pictures in the media library: add them in Visual identity.</source>
        <translation>لا مزيد من الصور في مكتبة الوسائط: أضفها من شاشة الهوية البصرية.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>Remove an attached file</source>
        <translation>إزالة ملف مرفق</translation>
    </message>
</context>
<context>
    <name>CalendarActions</name>
    <message>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to a calendar file</source>
        <translation>تصدير إلى ملف تقويم</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <source>content-calendar</source>
        <translation>تقويم-المحتوى</translation>
    </message>
    <message>
        <source>Exporting the posts…</source>
        <translation>جارٍ تصدير المنشورات…</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n posts</source>
        <translation>
            <numerusform>استيراد لا شيء</numerusform>
            <numerusform>استيراد منشور واحد</numerusform>
            <numerusform>استيراد منشورين</numerusform>
            <numerusform>استيراد %n منشورات</numerusform>
            <numerusform>استيراد %n منشورًا</numerusform>
            <numerusform>استيراد %n منشور</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the posts…</source>
        <translation>جارٍ استيراد المنشورات…</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled posts will be paused and will not go out until you resume them. Why? (for example: an incident, a day of mourning)</source>
        <translation>
            <numerusform>لا منشورات مجدولة لإيقافها. لماذا؟ (مثلًا: حادثة، يوم حداد)</numerusform>
            <numerusform>سيُوقف منشور مجدول واحد مؤقتًا ولن يُنشر حتى تستأنفه. لماذا؟ (مثلًا: حادثة، يوم حداد)</numerusform>
            <numerusform>سيُوقف منشوران مجدولان مؤقتًا ولن يُنشرا حتى تستأنفهما. لماذا؟ (مثلًا: حادثة، يوم حداد)</numerusform>
            <numerusform>ستُوقف %n منشورات مجدولة مؤقتًا ولن تُنشر حتى تستأنفها. لماذا؟ (مثلًا: حادثة، يوم حداد)</numerusform>
            <numerusform>سيُوقف %n منشورًا مجدولًا مؤقتًا ولن تُنشر حتى تستأنفها. لماذا؟ (مثلًا: حادثة، يوم حداد)</numerusform>
            <numerusform>سيُوقف %n منشور مجدول مؤقتًا ولن تُنشر حتى تستأنفها. لماذا؟ (مثلًا: حادثة، يوم حداد)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts paused</source>
        <translation>
            <numerusform>لم يُوقف أي منشور</numerusform>
            <numerusform>أُوقف منشور واحد مؤقتًا</numerusform>
            <numerusform>أُوقف منشوران مؤقتًا</numerusform>
            <numerusform>أُوقفت %n منشورات مؤقتًا</numerusform>
            <numerusform>أُوقف %n منشورًا مؤقتًا</numerusform>
            <numerusform>أُوقف %n منشور مؤقتًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts resumed</source>
        <translation>
            <numerusform>لم يُستأنف أي منشور</numerusform>
            <numerusform>استُؤنف منشور واحد</numerusform>
            <numerusform>استُؤنف منشوران</numerusform>
            <numerusform>استُؤنفت %n منشورات</numerusform>
            <numerusform>استُؤنف %n منشورًا</numerusform>
            <numerusform>استُؤنف %n منشور</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>تصدير إلى CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Hand off to Hootsuite</source>
        <translation>تسليم إلى Hootsuite</translation>
    </message>
    <message>
        <source>The export stopped on an unexpected problem and wrote nothing. The details are in the program&apos;s log: %1</source>
        <translation>توقف التصدير بسبب مشكلة غير متوقعة ولم يُكتب أي ملف. التفاصيل في سجل البرنامج: %1</translation>
    </message>
    <message>
        <source>Import a content calendar</source>
        <translation>استيراد تقويم محتوى</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>جداول البيانات (*.xlsx *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Pause all scheduled posts</source>
        <translation>إيقاف كل المنشورات المجدولة مؤقتًا</translation>
    </message>
    <message>
        <source>No post is scheduled.</source>
        <translation>لا يوجد منشور مجدول.</translation>
    </message>
    <message>
        <source>Resume paused posts</source>
        <translation>استئناف المنشورات الموقوفة</translation>
    </message>
    <message>
        <source>No post is paused.</source>
        <translation>لا يوجد منشور موقوف مؤقتًا.</translation>
    </message>
</context>
<context>
    <name>CalendarLabels</name>
    <message>
        <source>Another post goes out on %1 within an hour of this one (at %2).</source>
        <translation>منشور آخر على %1 في غضون ساعة من هذا المنشور (الساعة %2).</translation>
    </message>
    <message>
        <source>The date is outside the campaign (%1).</source>
        <translation>الموعد خارج مدة الحملة (%1).</translation>
    </message>
    <message>
        <source>The date is outside its phase (%1).</source>
        <translation>الموعد خارج مرحلته (%1).</translation>
    </message>
    <message>
        <source>The day is a quiet occasion: campaign posts should not go out.</source>
        <translation>اليوم مناسبة هادئة: لا يُنصح بنشر منشورات الحملات فيه.</translation>
    </message>
    <message numerus="yes">
        <source>%n over the limit of %1</source>
        <translation>
            <numerusform>لا يتجاوز الحد (%1)</numerusform>
            <numerusform>يتجاوز الحد (%1) بحرف واحد</numerusform>
            <numerusform>يتجاوز الحد (%1) بحرفين</numerusform>
            <numerusform>يتجاوز الحد (%1) بـ%n أحرف</numerusform>
            <numerusform>يتجاوز الحد (%1) بـ%n حرفًا</numerusform>
            <numerusform>يتجاوز الحد (%1) بـ%n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hashtags: at most %1 are allowed</source>
        <translation>
            <numerusform>لا وسوم: الحد الأقصى %1</numerusform>
            <numerusform>وسم واحد: الحد الأقصى %1</numerusform>
            <numerusform>وسمان: الحد الأقصى %1</numerusform>
            <numerusform>%n وسوم: الحد الأقصى %1</numerusform>
            <numerusform>%n وسمًا: الحد الأقصى %1</numerusform>
            <numerusform>%n وسم: الحد الأقصى %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions: at most %1 are allowed</source>
        <translation>
            <numerusform>لا إشارات: الحد الأقصى %1</numerusform>
            <numerusform>إشارة واحدة: الحد الأقصى %1</numerusform>
            <numerusform>إشارتان: الحد الأقصى %1</numerusform>
            <numerusform>%n إشارات: الحد الأقصى %1</numerusform>
            <numerusform>%n إشارةً: الحد الأقصى %1</numerusform>
            <numerusform>%n إشارة: الحد الأقصى %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters the platform refuses</source>
        <translation>
            <numerusform>لا رموز ترفضها المنصة</numerusform>
            <numerusform>رمز واحد ترفضه المنصة</numerusform>
            <numerusform>رمزان ترفضهما المنصة</numerusform>
            <numerusform>%n رموز ترفضها المنصة</numerusform>
            <numerusform>%n رمزًا ترفضها المنصة</numerusform>
            <numerusform>%n رمز ترفضها المنصة</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be read as a spreadsheet (.xlsx or .csv).</source>
        <translation>تعذّرت قراءة الملف كجدول بيانات (.xlsx أو .csv).</translation>
    </message>
    <message>
        <source>The file is not text in any of the encodings tried (%1): save it from Excel as “CSV UTF-8” or as .xlsx.</source>
        <translation>الملف ليس نصًا بأي من الترميزات التي جُرّبت (%1): احفظه من Excel بصيغة «CSV UTF-8» أو بصيغة ‎.xlsx.</translation>
    </message>
    <message>
        <source>The dates can be read as day/month or as month/day: choose the order of the dates.</source>
        <translation>يمكن قراءة التواريخ يومًا/شهرًا أو شهرًا/يومًا: اختر ترتيب التواريخ.</translation>
    </message>
    <message>
        <source>Some dates are written day/month and others month/day: correct them in the file.</source>
        <translation>بعض التواريخ مكتوبة يومًا/شهرًا وبعضها شهرًا/يومًا: صحّحها في الملف.</translation>
    </message>
    <message>
        <source>“%1” is not a type of post</source>
        <translation>«%1» ليس نوعًا من المنشورات</translation>
    </message>
    <message>
        <source>no segment is called “%1”</source>
        <translation>لا توجد شريحة باسم «%1»</translation>
    </message>
    <message>
        <source>the campaign has no key message “%1”</source>
        <translation>ليس في الحملة رسالة رئيسية «%1»</translation>
    </message>
    <message>
        <source>the campaign has no phase “%1”</source>
        <translation>ليس في الحملة مرحلة «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a mark (TRUE/FALSE, x, ✓ or empty)</source>
        <translation>«%1» ليست علامة (TRUE/FALSE أو x أو ✓ أو خانة فارغة)</translation>
    </message>
    <message>
        <source>The file has no rows under its header.</source>
        <translation>لا توجد صفوف تحت عناوين الملف.</translation>
    </message>
    <message>
        <source>Choose the column that holds the posts&apos; text.</source>
        <translation>اختر العمود الذي يحوي نص المنشورات.</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>«%1» ليس تاريخًا</translation>
    </message>
    <message>
        <source>“%1” is not a time</source>
        <translation>«%1» ليس وقتًا</translation>
    </message>
    <message>
        <source>“%1” is not a platform</source>
        <translation>«%1» ليست منصة معروفة</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>بلا نص</translation>
    </message>
    <message>
        <source>no campaign is called “%1”</source>
        <translation>لا توجد حملة باسم «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a status</source>
        <translation>«%1» ليست حالة معروفة</translation>
    </message>
    <message>
        <source>scheduled but without a date</source>
        <translation>مجدول بلا موعد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Post key</source>
        <translation>مفتاح المنشور</translation>
    </message>
    <message numerus="yes">
        <source>The file has more than %n rows: split it first.</source>
        <translation>
            <numerusform>في الملف صفوف أكثر مما يُقبل: قسّمه أولًا.</numerusform>
            <numerusform>في الملف أكثر من صف واحد: قسّمه أولًا.</numerusform>
            <numerusform>في الملف أكثر من صفّين: قسّمه أولًا.</numerusform>
            <numerusform>في الملف أكثر من %n صفوف: قسّمه أولًا.</numerusform>
            <numerusform>في الملف أكثر من %n صفًا: قسّمه أولًا.</numerusform>
            <numerusform>في الملف أكثر من %n صف: قسّمه أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing imported, %n bad rows: %1</source>
        <translation>
            <numerusform>لم يُستورد شيء، لا صفوف فيها أخطاء: %1</numerusform>
            <numerusform>لم يُستورد شيء، صف واحد فيه خطأ: %1</numerusform>
            <numerusform>لم يُستورد شيء، صفّان فيهما أخطاء: %1</numerusform>
            <numerusform>لم يُستورد شيء، %n صفوف فيها أخطاء: %1</numerusform>
            <numerusform>لم يُستورد شيء، %n صفًا فيها أخطاء: %1</numerusform>
            <numerusform>لم يُستورد شيء، %n صف فيها أخطاء: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts imported from %1</source>
        <translation>
            <numerusform>لم يُستورد أي منشور من %1</numerusform>
            <numerusform>استُورد منشور واحد من %1</numerusform>
            <numerusform>استُورد منشوران من %1</numerusform>
            <numerusform>استُوردت %n منشورات من %1</numerusform>
            <numerusform>استُورد %n منشورًا من %1</numerusform>
            <numerusform>استُورد %n منشور من %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows already in the workspace, skipped</source>
        <translation>
            <numerusform>لا صفوف موجودة من قبل في مساحة العمل</numerusform>
            <numerusform>صف واحد موجود من قبل في مساحة العمل، تُخطّي</numerusform>
            <numerusform>صفّان موجودان من قبل في مساحة العمل، تُخطّيا</numerusform>
            <numerusform>%n صفوف موجودة من قبل في مساحة العمل، تُخطّيت</numerusform>
            <numerusform>%n صفًا موجودًا من قبل في مساحة العمل، تُخطّيت</numerusform>
            <numerusform>%n صف موجود من قبل في مساحة العمل، تُخطّيت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts updated</source>
        <translation>
            <numerusform>لم يُحدَّث أي منشور</numerusform>
            <numerusform>حُدِّث منشور واحد</numerusform>
            <numerusform>حُدِّث منشوران</numerusform>
            <numerusform>حُدِّثت %n منشورات</numerusform>
            <numerusform>حُدِّث %n منشورًا</numerusform>
            <numerusform>حُدِّث %n منشور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns created: %1</source>
        <translation>
            <numerusform>لم تُنشأ أي حملة: %1</numerusform>
            <numerusform>أُنشئت حملة واحدة: %1</numerusform>
            <numerusform>أُنشئت حملتان: %1</numerusform>
            <numerusform>أُنشئت %n حملات: %1</numerusform>
            <numerusform>أُنشئت %n حملة: %1</numerusform>
            <numerusform>أُنشئت %n حملة: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts without a time set at %1</source>
        <translation>
            <numerusform>لا منشورات بلا وقت تُجعل في الساعة %1</numerusform>
            <numerusform>منشور واحد بلا وقت جُعل في الساعة %1</numerusform>
            <numerusform>منشوران بلا وقت جُعلا في الساعة %1</numerusform>
            <numerusform>%n منشورات بلا وقت جُعلت في الساعة %1</numerusform>
            <numerusform>%n منشورًا بلا وقت جُعلت في الساعة %1</numerusform>
            <numerusform>%n منشور بلا وقت جُعلت في الساعة %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posts are ready to import.</source>
        <translation>
            <numerusform>لا منشورات جاهزة للاستيراد.</numerusform>
            <numerusform>منشور واحد جاهز للاستيراد.</numerusform>
            <numerusform>منشوران جاهزان للاستيراد.</numerusform>
            <numerusform>%n منشورات جاهزة للاستيراد.</numerusform>
            <numerusform>%n منشورًا جاهزًا للاستيراد.</numerusform>
            <numerusform>%n منشور جاهز للاستيراد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows need correcting: correct them in the file, or choose other columns. Nothing is imported until every row is good.</source>
        <translation>
            <numerusform>لا صفوف تحتاج إلى تصحيح.</numerusform>
            <numerusform>صف واحد يحتاج إلى تصحيح: صحّحه في الملف أو اختر أعمدة أخرى. لا يُستورد شيء حتى تسلم الصفوف كلها.</numerusform>
            <numerusform>صفّان يحتاجان إلى تصحيح: صحّحهما في الملف أو اختر أعمدة أخرى. لا يُستورد شيء حتى تسلم الصفوف كلها.</numerusform>
            <numerusform>%n صفوف تحتاج إلى تصحيح: صحّحها في الملف أو اختر أعمدة أخرى. لا يُستورد شيء حتى تسلم الصفوف كلها.</numerusform>
            <numerusform>%n صفًا تحتاج إلى تصحيح: صحّحها في الملف أو اختر أعمدة أخرى. لا يُستورد شيء حتى تسلم الصفوف كلها.</numerusform>
            <numerusform>%n صف تحتاج إلى تصحيح: صحّحها في الملف أو اختر أعمدة أخرى. لا يُستورد شيء حتى تسلم الصفوف كلها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already in the workspace (rows %1).</source>
        <translation>
            <numerusform>لا شيء منها موجود من قبل في مساحة العمل (%1).</numerusform>
            <numerusform>واحد منها موجود من قبل في مساحة العمل (الصف %1).</numerusform>
            <numerusform>اثنان منها موجودان من قبل في مساحة العمل (الصفان %1).</numerusform>
            <numerusform>%n منها موجودة من قبل في مساحة العمل (الصفوف %1).</numerusform>
            <numerusform>%n منها موجودة من قبل في مساحة العمل (الصفوف %1).</numerusform>
            <numerusform>%n منها موجودة من قبل في مساحة العمل (الصفوف %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns named in the file do not exist yet: %1</source>
        <translation>
            <numerusform>لا حملات مذكورة في الملف غير موجودة: %1</numerusform>
            <numerusform>حملة واحدة مذكورة في الملف غير موجودة بعد: %1</numerusform>
            <numerusform>حملتان مذكورتان في الملف غير موجودتين بعد: %1</numerusform>
            <numerusform>%n حملات مذكورة في الملف غير موجودة بعد: %1</numerusform>
            <numerusform>%n حملة مذكورة في الملف غير موجودة بعد: %1</numerusform>
            <numerusform>%n حملة مذكورة في الملف غير موجودة بعد: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Content calendar</source>
        <translation>تقويم المحتوى</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Hijri date</source>
        <translation>التاريخ الهجري</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>الصف %1، العمود «%2»: %3</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>أعمدة لا تُستورد: %1</translation>
    </message>
    <message>
        <source>%1: expected a %2 file</source>
        <translation>%1: يلزم ملف %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message numerus="yes">
        <source>Not handed off — posts in the past or less than %n minutes ahead: %1</source>
        <translation>
            <numerusform>لم تُسلَّم — منشورات موعدها مضى أو يحين الآن: %1</numerusform>
            <numerusform>لم تُسلَّم — منشورات موعدها مضى أو بعد أقل من دقيقة واحدة: %1</numerusform>
            <numerusform>لم تُسلَّم — منشورات موعدها مضى أو بعد أقل من دقيقتين: %1</numerusform>
            <numerusform>لم تُسلَّم — منشورات موعدها مضى أو بعد أقل من %n دقائق: %1</numerusform>
            <numerusform>لم تُسلَّم — منشورات موعدها مضى أو بعد أقل من %n دقيقةً: %1</numerusform>
            <numerusform>لم تُسلَّم — منشورات موعدها مضى أو بعد أقل من %n دقيقة: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The post of %1 cannot go into Excel: its “%2” is longer than the %n characters a cell holds. Nothing was written; export the calendar as CSV instead.</source>
        <translation>
            <numerusform>لا يمكن وضع منشور %1 في Excel: «%2» فيه أطول مما تتسع له الخلية. لم يُكتب أي ملف؛ صدّر التقويم إلى CSV بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن وضع منشور %1 في Excel: «%2» فيه أطول من حرف واحد، وهو أقصى ما تتسع له الخلية. لم يُكتب أي ملف؛ صدّر التقويم إلى CSV بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن وضع منشور %1 في Excel: «%2» فيه أطول من حرفين، وهما أقصى ما تتسع له الخلية. لم يُكتب أي ملف؛ صدّر التقويم إلى CSV بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن وضع منشور %1 في Excel: «%2» فيه أطول من %n أحرف، وهي أقصى ما تتسع له الخلية. لم يُكتب أي ملف؛ صدّر التقويم إلى CSV بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن وضع منشور %1 في Excel: «%2» فيه أطول من %n حرفًا، وهو أقصى ما تتسع له الخلية. لم يُكتب أي ملف؛ صدّر التقويم إلى CSV بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن وضع منشور %1 في Excel: «%2» فيه أطول من %n حرف، وهو أقصى ما تتسع له الخلية. لم يُكتب أي ملف؛ صدّر التقويم إلى CSV بدلًا من ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>no platform: name one in the file, or choose the platform of every row</source>
        <translation>بلا منصة: اذكرها في الملف، أو اختر منصة كل الصفوف</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Text for %1</source>
        <translation>نص %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>%1 does not publish the layout of its bulk upload file, so no file is made for it (the program does not guess). Use the Excel export instead.</source>
        <translation>لا ينشر %1 تخطيط ملف الرفع المجمّع الخاص به، لذلك لا يُنشأ له ملف (البرنامج لا يخمّن). استخدم التصدير إلى Excel بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>There is no approved or scheduled post to hand off to %1 here.</source>
        <translation>لا يوجد منشور معتمد أو مجدول لتسليمه إلى %1 هنا.</translation>
    </message>
    <message>
        <source>%1 — %2, posts: %3</source>
        <translation>%1 — %2، عدد المنشورات: %3</translation>
    </message>
    <message>
        <source>Not handed off — %1, posts: %2 (%3 does not publish there)</source>
        <translation>لم تُسلَّم — %1، عدد المنشورات: %2 (لا ينشر %3 هناك)</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>أفكار</translation>
    </message>
    <message>
        <source>Posts with no date yet: drag one onto a day.</source>
        <translation>منشورات بلا موعد بعد: اسحب أحدها إلى يوم في التقويم.</translation>
    </message>
    <message>
        <source>Show or hide the ideas (posts with no date yet)</source>
        <translation>إظهار الأفكار (منشورات بلا موعد بعد) أو إخفاؤها</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>الذهاب إلى اليوم</translation>
    </message>
    <message>
        <source>Import a content calendar…</source>
        <translation>استيراد تقويم محتوى…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Export to a calendar file (.ics)…</source>
        <translation>تصدير إلى ملف تقويم (.ics)…</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>تصدير إلى CSV…</translation>
    </message>
    <message>
        <source>Hand off to Hootsuite…</source>
        <translation>تسليم إلى Hootsuite…</translation>
    </message>
    <message>
        <source>Occasions, hashtags and snippets…</source>
        <translation>المناسبات والوسوم والنصوص الجاهزة…</translation>
    </message>
    <message>
        <source>Hijri calendar corrections…</source>
        <translation>تصحيحات التقويم الهجري…</translation>
    </message>
    <message>
        <source>Pause all scheduled posts…</source>
        <translation>إيقاف كل المنشورات المجدولة مؤقتًا…</translation>
    </message>
    <message>
        <source>Resume paused posts</source>
        <translation>استئناف المنشورات الموقوفة</translation>
    </message>
    <message>
        <source>Scheduled posts are paused since %1: %2. Choose More › Resume paused posts when it is time to post again.</source>
        <translation>المنشورات المجدولة موقوفة مؤقتًا منذ %1: %2. اختر المزيد › استئناف المنشورات الموقوفة حين يحين وقت النشر من جديد.</translation>
    </message>
    <message>
        <source>Ideas (%1)</source>
        <translation>أفكار (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>لا منشورات</numerusform>
            <numerusform>منشور واحد</numerusform>
            <numerusform>منشوران</numerusform>
            <numerusform>%n منشورات</numerusform>
            <numerusform>%n منشورًا</numerusform>
            <numerusform>%n منشور</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n posts</source>
        <translation>
            <numerusform>%1 من لا شيء</numerusform>
            <numerusform>%1 من منشور واحد</numerusform>
            <numerusform>%1 من منشورين</numerusform>
            <numerusform>%1 من %n منشورات</numerusform>
            <numerusform>%1 من %n منشورًا</numerusform>
            <numerusform>%1 من %n منشور</numerusform>
        </translation>
    </message>
    <message>
        <source>A published post cannot be moved.</source>
        <translation>لا يمكن نقل منشور تم نشره.</translation>
    </message>
    <message>
        <source>Reschedule post</source>
        <translation>تغيير موعد المنشور</translation>
    </message>
    <message>
        <source>Move post to the ideas</source>
        <translation>نقل المنشور إلى الأفكار</translation>
    </message>
    <message>
        <source>Post moved to %1</source>
        <translation>نُقل المنشور إلى %1</translation>
    </message>
    <message>
        <source>Post moved to the ideas</source>
        <translation>نُقل المنشور إلى الأفكار</translation>
    </message>
    <message>
        <source>%1. Warning: %2</source>
        <translation>%1. تنبيه: %2</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>حذف المنشور</translation>
    </message>
    <message>
        <source>Delete this post with its text for every platform? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف هذا المنشور بنصوصه لكل المنصات؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Post deleted</source>
        <translation>تم حذف المنشور</translation>
    </message>
</context>
<context>
    <name>ChipGrid</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 أخرى</translation>
    </message>
    <message>
        <source>Show every post at this time (Enter)</source>
        <translation>عرض كل منشورات هذا الوقت (Enter)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Post</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <source>Post composer</source>
        <translation>محرر المنشورات</translation>
    </message>
    <message>
        <source>Shared text</source>
        <translation>النص المشترك</translation>
    </message>
    <message>
        <source>The text every platform uses unless it has its own version. Write in Arabic, English or both.</source>
        <translation>النص الذي تستخدمه كل المنصات ما لم يكن لإحداها نص خاص. اكتب بالعربية أو الإنجليزية أو بهما معًا.</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>نصوص جاهزة</translation>
    </message>
    <message>
        <source>Warnings about the time</source>
        <translation>تنبيهات الموعد</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>حذف المنشور</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Not saved yet: nothing typed</source>
        <translation>لم يُحفظ بعد: لم يُكتب شيء</translation>
    </message>
    <message>
        <source>Text for %1</source>
        <translation>نص %1</translation>
    </message>
    <message>
        <source>Empty: %1 uses the shared text. Type here to give it its own version.</source>
        <translation>فارغ: تستخدم %1 النص المشترك. اكتب هنا لتخصيص نص لها.</translation>
    </message>
    <message numerus="yes">
        <source>The first line is the video&apos;s title (at most %n characters), the lines after it its description.</source>
        <translation>
            <numerusform>السطر الأول هو عنوان الفيديو، وما بعده وصفه.</numerusform>
            <numerusform>السطر الأول هو عنوان الفيديو (حرف واحد على الأكثر)، وما بعده وصفه.</numerusform>
            <numerusform>السطر الأول هو عنوان الفيديو (حرفان على الأكثر)، وما بعده وصفه.</numerusform>
            <numerusform>السطر الأول هو عنوان الفيديو (%n أحرف على الأكثر)، وما بعده وصفه.</numerusform>
            <numerusform>السطر الأول هو عنوان الفيديو (%n حرفًا على الأكثر)، وما بعده وصفه.</numerusform>
            <numerusform>السطر الأول هو عنوان الفيديو (%n حرف على الأكثر)، وما بعده وصفه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: a post&apos;s text keeps at most %n characters (this one has %1).</source>
        <translation>
            <numerusform>لم يُحفظ: لا يتسع نص المنشور لأي حرف (وفي هذا النص %1).</numerusform>
            <numerusform>لم يُحفظ: يتسع نص المنشور لحرف واحد على الأكثر (وفي هذا النص %1).</numerusform>
            <numerusform>لم يُحفظ: يتسع نص المنشور لحرفين على الأكثر (وفي هذا النص %1).</numerusform>
            <numerusform>لم يُحفظ: يتسع نص المنشور لـ%n أحرف على الأكثر (وفي هذا النص %1).</numerusform>
            <numerusform>لم يُحفظ: يتسع نص المنشور لـ%n حرفًا على الأكثر (وفي هذا النص %1).</numerusform>
            <numerusform>لم يُحفظ: يتسع نص المنشور لـ%n حرف على الأكثر (وفي هذا النص %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit post text</source>
        <translation>تعديل نص المنشور</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>تعديل المنشور</translation>
    </message>
    <message>
        <source>No free good hour in the next two weeks: choose the time yourself.</source>
        <translation>لا يوجد وقت مناسب شاغر خلال الأسبوعين القادمين: اختر الموعد بنفسك.</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>الموعد المقترح: %1</translation>
    </message>
    <message>
        <source>Delete this post with its text for every platform? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف هذا المنشور بنصوصه لكل المنصات؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Campaign hashtags</source>
        <translation>وسوم الحملة</translation>
    </message>
    <message>
        <source>No hashtag sets yet.</source>
        <translation>لا توجد مجموعات وسوم بعد.</translation>
    </message>
    <message>
        <source>No snippets yet.</source>
        <translation>لا توجد نصوص جاهزة بعد.</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>%1 title</source>
        <translation>عنوان %1</translation>
    </message>
    <message>
        <source>%1 description</source>
        <translation>وصف %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n characters (no documented limit)</source>
        <translation>
            <numerusform>%1: لا أحرف (لا يوجد حد موثّق)</numerusform>
            <numerusform>%1: حرف واحد (لا يوجد حد موثّق)</numerusform>
            <numerusform>%1: حرفان (لا يوجد حد موثّق)</numerusform>
            <numerusform>%1: %n أحرف (لا يوجد حد موثّق)</numerusform>
            <numerusform>%1: %n حرفًا (لا يوجد حد موثّق)</numerusform>
            <numerusform>%1: %n حرف (لا يوجد حد موثّق)</numerusform>
        </translation>
    </message>
    <message>
        <source>Title %1</source>
        <translation>العنوان %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 من %3</translation>
    </message>
    <message>
        <source>Each link counts %1 and each emoji %2; directional marks are allowed.</source>
        <translation>يُحسب كل رابط %1 وكل رمز تعبيري %2، وعلامات الاتجاه مسموح بها.</translation>
    </message>
    <message>
        <source>The first line of the text is the video&apos;s title; the lines after it are its description.</source>
        <translation>السطر الأول من النص هو عنوان الفيديو، والأسطر التي تليه وصفه.</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Target segment</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>الرسالة الرئيسية</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>نوع المحتوى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>له موعد</translation>
    </message>
    <message>
        <source>Without a date the post stays in the ideas.</source>
        <translation>المنشور بلا موعد يبقى ضمن الأفكار.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Suggest a time</source>
        <translation>اقترح موعدًا</translation>
    </message>
    <message>
        <source>The next free good hour on the post&apos;s first platform, from the account&apos;s best posting times.</source>
        <translation>أقرب وقت مناسب شاغر على أول منصة للمنشور، من أفضل أوقات النشر للحساب.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>For the team: sources, design, who approves…</source>
        <translation>للفريق: المصادر، التصميم، جهة الاعتماد…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>بلا حملة</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>بلا شريحة</translation>
    </message>
    <message>
        <source>No key message</source>
        <translation>بلا رسالة رئيسية</translation>
    </message>
    <message>
        <source>No phase</source>
        <translation>بلا مرحلة</translation>
    </message>
    <message>
        <source>No date yet: the post is an idea.</source>
        <translation>لا موعد بعد: المنشور فكرة.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by campaign</source>
        <translation>تصفية حسب الحملة</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation>تصفية حسب المنصة</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Filter by segment</source>
        <translation>تصفية حسب الشريحة</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Search posts…</source>
        <translation>ابحث في المنشورات…</translation>
    </message>
    <message>
        <source>Search posts</source>
        <translation>البحث في المنشورات</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>كل الحملات</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>بلا حملة</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>كل الشرائح</translation>
    </message>
</context>
<context>
    <name>HashtagsPage</name>
    <message>
        <source>hashtag set</source>
        <translation>مجموعة وسوم</translation>
    </message>
    <message>
        <source>New hashtag set</source>
        <translation>مجموعة وسوم جديدة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Separate the hashtags with spaces.</source>
        <translation>افصل بين الوسوم بمسافات.</translation>
    </message>
</context>
<context>
    <name>HijriDialog</name>
    <message>
        <source>Hijri calendar corrections</source>
        <translation>تصحيحات التقويم الهجري</translation>
    </message>
    <message>
        <source>Month starts</source>
        <translation>بدايات الشهور</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>العطلات الرسمية</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Hijri months</source>
        <translation>الشهور الهجرية</translation>
    </message>
    <message>
        <source>First day of the month</source>
        <translation>أول أيام الشهر</translation>
    </message>
    <message>
        <source>Set first day</source>
        <translation>اعتماد أول يوم</translation>
    </message>
    <message>
        <source>Remove my correction</source>
        <translation>إلغاء تصحيحي</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>أول يوم:</translation>
    </message>
    <message>
        <source>Umm al-Qura is the forecast. Months Oman has announced come with the program, with their source; when the moon-sighting committee announces a month, pick it and set its first day. Every Hijri date and Islamic occasion moves with it.</source>
        <translation>تقويم أم القرى تقدير مسبق. الشهور التي أعلنتها سلطنة عمان مرفقة بالبرنامج مع مصدرها؛ وحين تعلن لجنة رؤية الهلال شهرًا، اختره وحدّد أول أيامه، فينتقل معه كل تاريخ هجري وكل مناسبة إسلامية.</translation>
    </message>
    <message>
        <source>First day of the holiday</source>
        <translation>أول أيام العطلة</translation>
    </message>
    <message>
        <source>Last day of the holiday</source>
        <translation>آخر أيام العطلة</translation>
    </message>
    <message>
        <source>Move holiday</source>
        <translation>نقل العطلة</translation>
    </message>
    <message>
        <source>Back to the published dates</source>
        <translation>العودة إلى التواريخ المعلنة</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Announced in Oman: %1. Source: %2</source>
        <translation>المعلن في عمان: %1. المصدر: %2</translation>
    </message>
    <message>
        <source>No announcement of this month comes with the program: %1 is the Umm al-Qura forecast.</source>
        <translation>لا يرافق البرنامج إعلان لهذا الشهر: %1 تقدير تقويم أم القرى.</translation>
    </message>
    <message>
        <source>Set the first day of %1</source>
        <translation>تحديد أول أيام %1</translation>
    </message>
    <message>
        <source>Remove the correction of %1</source>
        <translation>إلغاء تصحيح %1</translation>
    </message>
    <message numerus="yes">
        <source>With this first day %1 would have %n days, which no month has. Correct the neighbouring month&apos;s first day first.</source>
        <translation>
            <numerusform>بهذا اليوم الأول لا يبقى في %1 أي يوم، ولا شهر كذلك. صحّح أول أيام الشهر المجاور أولًا.</numerusform>
            <numerusform>بهذا اليوم الأول يصير في %1 يوم واحد، ولا شهر بهذا العدد. صحّح أول أيام الشهر المجاور أولًا.</numerusform>
            <numerusform>بهذا اليوم الأول يصير في %1 يومان، ولا شهر بهذا العدد. صحّح أول أيام الشهر المجاور أولًا.</numerusform>
            <numerusform>بهذا اليوم الأول يصير في %1 ‏%n أيام، ولا شهر بهذا العدد. صحّح أول أيام الشهر المجاور أولًا.</numerusform>
            <numerusform>بهذا اليوم الأول يصير في %1 ‏%n يومًا، ولا شهر بهذا العدد. صحّح أول أيام الشهر المجاور أولًا.</numerusform>
            <numerusform>بهذا اليوم الأول يصير في %1 ‏%n يوم، ولا شهر بهذا العدد. صحّح أول أيام الشهر المجاور أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Moved by decree</source>
        <translation>نُقلت بقرار</translation>
    </message>
    <message numerus="yes">
        <source>A public holiday lasts at most %n days.</source>
        <translation>
            <numerusform>لا تزيد العطلة الرسمية على %n يوم.</numerusform>
            <numerusform>لا تزيد العطلة الرسمية على يوم واحد.</numerusform>
            <numerusform>لا تزيد العطلة الرسمية على يومين.</numerusform>
            <numerusform>لا تزيد العطلة الرسمية على %n أيام.</numerusform>
            <numerusform>لا تزيد العطلة الرسمية على %n يومًا.</numerusform>
            <numerusform>لا تزيد العطلة الرسمية على %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>نقل %1</translation>
    </message>
    <message>
        <source>Put %1 back</source>
        <translation>إعادة %1 إلى موعدها</translation>
    </message>
    <message>
        <source>Umm al-Qura forecast</source>
        <translation>تقدير أم القرى</translation>
    </message>
    <message>
        <source>Announced in Oman</source>
        <translation>معلن في عمان</translation>
    </message>
    <message>
        <source>Your correction</source>
        <translation>تصحيحك</translation>
    </message>
    <message>
        <source>Forecast from the decree</source>
        <translation>تقدير وفق المرسوم</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>معلنة</translation>
    </message>
    <message>
        <source>Moved by you</source>
        <translation>نقلتَها أنت</translation>
    </message>
    <message>
        <source>This month is outside the Hijri calendar&apos;s range.</source>
        <translation>هذا الشهر خارج نطاق التقويم الهجري.</translation>
    </message>
    <message>
        <source>%1 begins at most two days before or after the Umm al-Qura date (%2).</source>
        <translation>يبدأ %1 قبل تاريخ أم القرى (%2) أو بعده بيومين على الأكثر.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>اليوم الأخير قبل اليوم الأول.</translation>
    </message>
    <message>
        <source>Hijri month</source>
        <translation>الشهر الهجري</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>أول يوم</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>عدد الأيام</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>العطلة الرسمية</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>آخر يوم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>IdeasList</name>
    <message>
        <source>Ideas</source>
        <translation>أفكار</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a content calendar</source>
        <translation>استيراد تقويم محتوى</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— غير موجود في الملف —</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>As the file&apos;s dates tell</source>
        <translation>كما تدل تواريخ الملف</translation>
    </message>
    <message>
        <source>— as the file says —</source>
        <translation>— كما في الملف —</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>تخطَّها</translation>
    </message>
    <message>
        <source>Update the stored posts</source>
        <translation>حدِّث المنشورات المحفوظة</translation>
    </message>
    <message>
        <source>Add them again</source>
        <translation>أضفها مرة أخرى</translation>
    </message>
    <message>
        <source>Create the campaigns the file names</source>
        <translation>أنشئ الحملات التي يذكرها الملف</translation>
    </message>
    <message>
        <source>Time of dates without a time</source>
        <translation>وقت التواريخ التي بلا وقت</translation>
    </message>
    <message>
        <source>For the whole file</source>
        <translation>للملف كله</translation>
    </message>
    <message>
        <source>Order of the dates</source>
        <translation>ترتيب التواريخ</translation>
    </message>
    <message>
        <source>Day/month (%1)</source>
        <translation>يوم/شهر (%1)</translation>
    </message>
    <message>
        <source>Month/day (%1)</source>
        <translation>شهر/يوم (%1)</translation>
    </message>
    <message>
        <source>Platform of every row</source>
        <translation>منصة كل الصفوف</translation>
    </message>
    <message>
        <source>Posts already in the workspace</source>
        <translation>منشورات موجودة من قبل</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Rows to correct</source>
        <translation>صفوف تحتاج إلى تصحيح</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Which column of “%1” holds what? Rows are checked as you choose.</source>
        <translation>أي عمود في «%1» يحوي ماذا؟ تُفحص الصفوف مع كل اختيار.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Occasions, hashtags and snippets</source>
        <translation>المناسبات والوسوم والنصوص الجاهزة</translation>
    </message>
    <message>
        <source>Local occasions</source>
        <translation>المناسبات المحلية</translation>
    </message>
    <message>
        <source>Hashtag sets</source>
        <translation>مجموعات الوسوم</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>نصوص جاهزة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
</context>
<context>
    <name>OccasionsPage</name>
    <message>
        <source>local occasion</source>
        <translation>مناسبة محلية</translation>
    </message>
    <message>
        <source>New occasion</source>
        <translation>مناسبة جديدة</translation>
    </message>
    <message>
        <source>A quiet day: no campaign posts</source>
        <translation>يوم هادئ: بلا منشورات للحملات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>quiet day</source>
        <translation>يوم هادئ</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>هل تريد حذف «%1»؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <source>Posts: %1</source>
        <translation>المنشورات: %1</translation>
    </message>
    <message>
        <source>(public holiday: %1)</source>
        <translation>(عطلة رسمية: %1)</translation>
    </message>
    <message>
        <source>(moved by you)</source>
        <translation>(نقلتَها أنت)</translation>
    </message>
    <message>
        <source>(forecast: not announced yet)</source>
        <translation>(تقدير: لم تُعلن بعد)</translation>
    </message>
    <message>
        <source>(approximate: depends on the moon sighting)</source>
        <translation>(تقريبي: يتوقف على رؤية الهلال)</translation>
    </message>
    <message>
        <source>(quiet day: no campaign posts)</source>
        <translation>(يوم هادئ: بلا منشورات للحملات)</translation>
    </message>
</context>
<context>
    <name>SlotPosts</name>
    <message>
        <source>Posts at this time</source>
        <translation>منشورات هذا الوقت</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message numerus="yes">
        <source>%n posts</source>
        <translation>
            <numerusform>لا منشورات</numerusform>
            <numerusform>منشور واحد</numerusform>
            <numerusform>منشوران</numerusform>
            <numerusform>%n منشورات</numerusform>
            <numerusform>%n منشورًا</numerusform>
            <numerusform>%n منشور</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnippetsPage</name>
    <message>
        <source>snippet</source>
        <translation>نص جاهز</translation>
    </message>
    <message>
        <source>New snippet</source>
        <translation>نص جاهز جديد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
</context>
</TS>
