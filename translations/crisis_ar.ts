<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due / done</source>
        <translation>الموعد / الإنجاز</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>أُنجزت %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>قبل %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>الموعد: %1</translation>
    </message>
</context>
<context>
    <name>CrisisLabels</name>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Rumour</source>
        <translation>شائعة</translation>
    </message>
    <message>
        <source>Sudden event</source>
        <translation>حدث مفاجئ</translation>
    </message>
    <message>
        <source>Natural disaster or emergency</source>
        <translation>كارثة طبيعية أو حالة طارئة</translation>
    </message>
    <message>
        <source>Service outage</source>
        <translation>انقطاع خدمة</translation>
    </message>
    <message>
        <source>Account compromise</source>
        <translation>اختراق حساب</translation>
    </message>
    <message>
        <source>Offensive content</source>
        <translation>محتوى مسيء</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>غير متحقق منها</translation>
    </message>
    <message>
        <source>Being verified</source>
        <translation>قيد التحقق</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكدة</translation>
    </message>
    <message>
        <source>False</source>
        <translation>غير صحيحة</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>الاستعداد</translation>
    </message>
    <message>
        <source>Recognise and warn early</source>
        <translation>التعرّف والإنذار المبكر</translation>
    </message>
    <message>
        <source>Situation and impact</source>
        <translation>فهم الموقف وتحليل الأثر</translation>
    </message>
    <message>
        <source>Respond and communicate</source>
        <translation>الاستجابة والتواصل</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>التعافي</translation>
    </message>
    <message>
        <source>Track outcomes</source>
        <translation>متابعة النتائج</translation>
    </message>
    <message>
        <source>Holding statement</source>
        <translation>بيان أولي</translation>
    </message>
    <message>
        <source>Rumour denial</source>
        <translation>نفي شائعة</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>اعتذار</translation>
    </message>
    <message>
        <source>Service notice</source>
        <translation>إشعار خدمة</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>اقتراح</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>بلاغ</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>وزارة</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>شرطة</translation>
    </message>
    <message>
        <source>Civil defence</source>
        <translation>دفاع مدني</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>بلدية</translation>
    </message>
    <message>
        <source>Public authority or company</source>
        <translation>هيئة عامة أو شركة خدمات</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>تطبيق مصادقة</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>مفتاح أمان</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>خارج حساباتنا</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعةً</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقةً</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>ينتظر منذ %1</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>Open incident (%1): “%2”, first seen %3.</source>
        <translation>حادثة مفتوحة (%1): «%2»، رُصدت %3.</translation>
    </message>
    <message>
        <source>A follower&apos;s %1 on %2 has waited %3 for an answer: “%4”.</source>
        <translation>طلب من أحد المتابعين (%1) على %2 ينتظر الرد منذ %3: «%4».</translation>
    </message>
    <message>
        <source>The access to %1 on %2 has never been reviewed.</source>
        <translation>لم تُراجَع صلاحيات الدخول إلى %1 على %2 قط.</translation>
    </message>
    <message>
        <source>The access review of %1 on %2 was due %3.</source>
        <translation>حان موعد مراجعة صلاحيات %1 على %2 في %3.</translation>
    </message>
</context>
<context>
    <name>CrisisView</name>
    <message>
        <source>Incidents and rumours</source>
        <translation>الحوادث والشائعات</translation>
    </message>
    <message>
        <source>Follower requests</source>
        <translation>طلبات المتابعين</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>أدلة الاستجابة</translation>
    </message>
    <message>
        <source>Ready responses</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <source>Partner bodies</source>
        <translation>الجهات الشريكة</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>أمن الحسابات</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>زمن الاستجابة</translation>
    </message>
    <message>
        <source>Crisis &amp; security</source>
        <translation>الأزمات وأمن الحسابات</translation>
    </message>
    <message>
        <source>Account compromise</source>
        <translation>اختراق حساب</translation>
    </message>
    <message>
        <source>Account compromise on %1</source>
        <translation>اختراق الحساب على %1</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>دليل الاستجابة</translation>
    </message>
    <message>
        <source>Run playbook</source>
        <translation>تشغيل الدليل</translation>
    </message>
    <message>
        <source>Copy the playbook&apos;s steps into this incident as a checklist to tick</source>
        <translation>نسخ خطوات دليل الاستجابة إلى هذه الحادثة قائمةً للتحقق تُؤشَّر خطوةً خطوة</translation>
    </message>
    <message>
        <source>Partner bodies involved</source>
        <translation>الجهات الشريكة المعنية</translation>
    </message>
    <message>
        <source>Pause all scheduled posts</source>
        <translation>إيقاف كل المنشورات المجدولة مؤقتًا</translation>
    </message>
    <message>
        <source>Resume the paused posts</source>
        <translation>استئناف المنشورات الموقوفة</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>نوع الأزمة</translation>
    </message>
    <message>
        <source>Where seen</source>
        <translation>أين رُصدت</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>أول رصد</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>First response posted</source>
        <translation>نشر أول رد</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <source>Partner bodies</source>
        <translation>الجهات الشريكة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Time to first response: %1 · time to close: %2</source>
        <translation>زمن الاستجابة الأولى: %1 · زمن الإغلاق: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled posts are paused for this incident.</source>
        <translation>
            <numerusform>لا منشورات مجدولة موقوفة بسبب هذه الحادثة.</numerusform>
            <numerusform>منشور مجدول واحد موقوف مؤقتًا بسبب هذه الحادثة.</numerusform>
            <numerusform>منشوران مجدولان موقوفان مؤقتًا بسبب هذه الحادثة.</numerusform>
            <numerusform>%n منشورات مجدولة موقوفة مؤقتًا بسبب هذه الحادثة.</numerusform>
            <numerusform>%n منشورًا مجدولًا موقوفًا مؤقتًا بسبب هذه الحادثة.</numerusform>
            <numerusform>%n منشور مجدول موقوف مؤقتًا بسبب هذه الحادثة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentTable</name>
    <message>
        <source>What</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>أول رصد</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>أول رد بعد</translation>
    </message>
    <message>
        <source>Closed after</source>
        <translation>أُغلقت بعد</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>الخطوات المنجزة</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Log an incident</source>
        <translation>تسجيل حادثة</translation>
    </message>
    <message>
        <source>Incidents and rumours</source>
        <translation>الحوادث والشائعات</translation>
    </message>
    <message>
        <source>No incident is logged. When a rumour, a sudden event or an attack on an account appears, log it here and run its playbook.</source>
        <translation>لا توجد حوادث مسجلة. عند ظهور شائعة أو حدث مفاجئ أو هجوم على أحد الحسابات سجّله هنا وشغّل دليل الاستجابة الخاص به.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <source>Tick a step when it is done: the time is recorded. Due times count from when the incident was first seen.</source>
        <translation>أشّر على الخطوة عند إنجازها فيُسجَّل وقتها. تُحسب المواعيد من لحظة أول رصد للحادثة.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>تسجيل حادثة</translation>
    </message>
    <message>
        <source>Incident logged</source>
        <translation>سُجّلت الحادثة</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>حذف الحادثة</translation>
    </message>
    <message>
        <source>Delete the incident “%1” with its checklist? You can undo this with Ctrl+Z.</source>
        <translation>حذف الحادثة «%1» مع قائمة التحقق الخاصة بها؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Run playbook</source>
        <translation>تشغيل دليل الاستجابة</translation>
    </message>
    <message>
        <source>This incident&apos;s checklist has ticked steps. Replace it with the playbook&apos;s steps?</source>
        <translation>في قائمة التحقق لهذه الحادثة خطوات مؤشَّر عليها. هل تستبدل بها خطوات الدليل؟</translation>
    </message>
    <message>
        <source>Playbook steps added</source>
        <translation>أُضيفت خطوات دليل الاستجابة</translation>
    </message>
    <message>
        <source>Pause scheduled posts</source>
        <translation>إيقاف المنشورات المجدولة مؤقتًا</translation>
    </message>
    <message>
        <source>No scheduled post is waiting to go out.</source>
        <translation>لا يوجد منشور مجدول ينتظر النشر.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled posts paused</source>
        <translation>
            <numerusform>لم يُوقف أي منشور مجدول</numerusform>
            <numerusform>أُوقف منشور مجدول واحد مؤقتًا</numerusform>
            <numerusform>أُوقف منشوران مجدولان مؤقتًا</numerusform>
            <numerusform>أُوقفت %n منشورات مجدولة مؤقتًا</numerusform>
            <numerusform>أُوقف %n منشورًا مجدولًا مؤقتًا</numerusform>
            <numerusform>أُوقف %n منشور مجدول مؤقتًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A severe incident is open. Pause all %n scheduled posts until it is handled? They keep their status and can be resumed in one step.</source>
        <translation>
            <numerusform>توجد حادثة خطيرة مفتوحة، ولا منشورات مجدولة لإيقافها.</numerusform>
            <numerusform>توجد حادثة خطيرة مفتوحة. هل توقف المنشور المجدول مؤقتًا حتى تُعالج؟ يحتفظ بحالته ويمكن استئنافه بخطوة واحدة.</numerusform>
            <numerusform>توجد حادثة خطيرة مفتوحة. هل توقف المنشورين المجدولين مؤقتًا حتى تُعالج؟ يحتفظان بحالتهما ويمكن استئنافهما بخطوة واحدة.</numerusform>
            <numerusform>توجد حادثة خطيرة مفتوحة. هل توقف المنشورات المجدولة الـ%n مؤقتًا حتى تُعالج؟ تحتفظ بحالتها ويمكن استئنافها بخطوة واحدة.</numerusform>
            <numerusform>توجد حادثة خطيرة مفتوحة. هل توقف المنشورات المجدولة (%n منشورًا) مؤقتًا حتى تُعالج؟ تحتفظ بحالتها ويمكن استئنافها بخطوة واحدة.</numerusform>
            <numerusform>توجد حادثة خطيرة مفتوحة. هل توقف المنشورات المجدولة (%n منشور) مؤقتًا حتى تُعالج؟ تحتفظ بحالتها ويمكن استئنافها بخطوة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume paused posts</source>
        <translation>استئناف المنشورات الموقوفة</translation>
    </message>
    <message>
        <source>The paused posts are scheduled again</source>
        <translation>عادت المنشورات الموقوفة إلى الجدولة</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>تعديل الحادثة</translation>
    </message>
    <message>
        <source>Incident saved</source>
        <translation>تم حفظ الحادثة</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>أُغلقت الحادثة</translation>
    </message>
    <message>
        <source>The incident is closed. Schedule its paused posts again?</source>
        <translation>أُغلقت الحادثة. هل تعيد جدولة المنشورات التي أُوقفت بسببها؟</translation>
    </message>
    <message>
        <source>Severe incident</source>
        <translation>حادثة خطيرة</translation>
    </message>
    <message>
        <source>Tick step</source>
        <translation>تأشير خطوة</translation>
    </message>
    <message>
        <source>Untick step</source>
        <translation>إلغاء تأشير خطوة</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>أُنجزت الخطوة</translation>
    </message>
    <message>
        <source>Step reopened</source>
        <translation>أُعيد فتح الخطوة</translation>
    </message>
</context>
<context>
    <name>MedianTable</name>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>أول رد بعد</translation>
    </message>
    <message>
        <source>Closed after</source>
        <translation>الإغلاق بعد</translation>
    </message>
    <message>
        <source>Requests answered after</source>
        <translation>الرد على الطلبات بعد</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>ضمن المستهدف</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>Never</source>
        <translation>لم يحدث</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>OptionalDateTime</name>
    <message>
        <source>Not yet</source>
        <translation>لم يحدث بعد</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Set to the current date and time</source>
        <translation>ضبط على التاريخ والوقت الحاليين</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>Separated by commas</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Partner body</source>
        <translation>الجهة الشريكة</translation>
    </message>
</context>
<context>
    <name>PartnerTable</name>
    <message>
        <source>Partner body</source>
        <translation>الجهة الشريكة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Add a partner body</source>
        <translation>إضافة جهة شريكة</translation>
    </message>
    <message>
        <source>Partner bodies</source>
        <translation>الجهات الشريكة</translation>
    </message>
    <message>
        <source>No partner body yet. Add the bodies you coordinate with (police, civil defence, ministries...) with their accounts and contact people, to refer followers and tag them.</source>
        <translation>لا توجد جهات شريكة بعد. أضف الجهات التي تنسّق معها (الشرطة، والدفاع المدني، والوزارات...) مع حساباتها ومسؤولي التواصل فيها، لتحيل إليها المتابعين وتشير إلى حساباتها.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>مسؤولو التواصل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>مسؤول تواصل جديد</translation>
    </message>
    <message>
        <source>New partner body</source>
        <translation>جهة شريكة جديدة</translation>
    </message>
    <message>
        <source>Add partner body</source>
        <translation>إضافة جهة شريكة</translation>
    </message>
    <message>
        <source>Partner body added</source>
        <translation>أُضيفت الجهة الشريكة</translation>
    </message>
    <message>
        <source>Delete partner body</source>
        <translation>حذف الجهة الشريكة</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is named in %n incidents or requests. Delete it anyway? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>«%1» غير مذكورة في أي حادثة أو طلب. هل تحذفها؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</numerusform>
            <numerusform>«%1» مذكورة في حادثة أو طلب واحد. هل تحذفها مع ذلك؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</numerusform>
            <numerusform>«%1» مذكورة في حادثتين أو طلبين. هل تحذفها مع ذلك؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</numerusform>
            <numerusform>«%1» مذكورة في %n حوادث أو طلبات. هل تحذفها مع ذلك؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</numerusform>
            <numerusform>«%1» مذكورة في %n حادثةً أو طلبًا. هل تحذفها مع ذلك؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</numerusform>
            <numerusform>«%1» مذكورة في %n حادثة أو طلب. هل تحذفها مع ذلك؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit partner body</source>
        <translation>تعديل الجهة الشريكة</translation>
    </message>
    <message>
        <source>Partner body saved</source>
        <translation>تم حفظ الجهة الشريكة</translation>
    </message>
</context>
<context>
    <name>PlaybookForm</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>نوع الأزمة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>دليل الاستجابة</translation>
    </message>
    <message>
        <source>Steps follow the stages of public crisis guidance: prepare, recognise and warn early, understand the situation and its impact, respond and communicate, recover, and track outcomes. Time targets count in minutes from when an incident is first seen.</source>
        <translation>تتبع الخطوات مراحل الإرشادات العامة لإدارة الأزمات: الاستعداد، والتعرّف والإنذار المبكر، وفهم الموقف وتحليل أثره، والاستجابة والتواصل، والتعافي، ومتابعة النتائج. تُحسب الأزمنة المستهدفة بالدقائق من لحظة أول رصد للحادثة.</translation>
    </message>
</context>
<context>
    <name>PlaybookTable</name>
    <message>
        <source>Playbook</source>
        <translation>دليل الاستجابة</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>نوع الأزمة</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
</context>
<context>
    <name>PlaybooksTab</name>
    <message>
        <source>New playbook</source>
        <translation>دليل جديد</translation>
    </message>
    <message>
        <source>Add the default playbooks</source>
        <translation>إضافة الأدلة الافتراضية</translation>
    </message>
    <message>
        <source>Add again the playbooks the program ships with, for those not in the list</source>
        <translation>إعادة إضافة أدلة الاستجابة المرفقة بالبرنامج غير الموجودة في القائمة</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>أدلة الاستجابة</translation>
    </message>
    <message>
        <source>No playbook. Add the default playbooks, or write your own: a checklist of steps with owners and time targets for each kind of crisis.</source>
        <translation>لا توجد أدلة استجابة. أضف الأدلة الافتراضية أو اكتب دليلك: قائمة خطوات لكل نوع من الأزمات، لكل خطوة مسؤول وزمن مستهدف.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Within (minutes)</source>
        <translation>خلال (دقيقة)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>خطوة جديدة</translation>
    </message>
    <message>
        <source>Add playbook</source>
        <translation>إضافة دليل استجابة</translation>
    </message>
    <message>
        <source>Playbook added</source>
        <translation>أُضيف دليل الاستجابة</translation>
    </message>
    <message>
        <source>Every default playbook is already in the list.</source>
        <translation>كل الأدلة الافتراضية موجودة في القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>%n default playbooks added</source>
        <translation>
            <numerusform>لم يُضف أي دليل استجابة</numerusform>
            <numerusform>أُضيف دليل استجابة افتراضي واحد</numerusform>
            <numerusform>أُضيف دليلا استجابة افتراضيان</numerusform>
            <numerusform>أُضيفت %n أدلة استجابة افتراضية</numerusform>
            <numerusform>أُضيف %n دليلًا افتراضيًا للاستجابة</numerusform>
            <numerusform>أُضيف %n دليل استجابة افتراضي</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete playbook</source>
        <translation>حذف دليل الاستجابة</translation>
    </message>
    <message>
        <source>Delete the playbook “%1”? Incidents that ran it keep their checklists. You can undo this with Ctrl+Z.</source>
        <translation>حذف دليل الاستجابة «%1»؟ تحتفظ الحوادث التي شغّلته بقوائم التحقق الخاصة بها. يمكنك التراجع بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit playbook</source>
        <translation>تعديل دليل الاستجابة</translation>
    </message>
    <message>
        <source>Playbook saved</source>
        <translation>تم حفظ دليل الاستجابة</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>تم الحذف. يعيده Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>To tag: %1</source>
        <translation>للإشارة: %1</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>المواضيع: %1</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <source>e.g. the hotline</source>
        <translation>مثل الخط الساخن</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ورد في</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>الرد في</translation>
    </message>
    <message>
        <source>Routed to</source>
        <translation>وُجّه إلى</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Follower request</source>
        <translation>طلب متابع</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>لم يُحَل</translation>
    </message>
    <message>
        <source>No response-time target for this severity.</source>
        <translation>لا يوجد زمن استجابة مستهدف لهذه الخطورة.</translation>
    </message>
    <message>
        <source>Target: answer by %1.</source>
        <translation>المستهدف: الرد قبل %1.</translation>
    </message>
    <message>
        <source>Answered within target.</source>
        <translation>رُدّ عليه ضمن الزمن المستهدف.</translation>
    </message>
    <message>
        <source>Target missed.</source>
        <translation>تجاوز الزمن المستهدف.</translation>
    </message>
    <message>
        <source>%1 matters go to %2: refer the follower there at once and note it below.</source>
        <translation>الحالات ذات الخطورة «%1» تُوجَّه إلى %2: وجّه المتابع إليها فورًا ودوّن ذلك أدناه.</translation>
    </message>
</context>
<context>
    <name>RequestTable</name>
    <message>
        <source>Received</source>
        <translation>ورد في</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Answered after</source>
        <translation>الرد بعد</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>أُحيل إلى</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Log a request</source>
        <translation>تسجيل طلب</translation>
    </message>
    <message>
        <source>Follower requests</source>
        <translation>طلبات المتابعين</translation>
    </message>
    <message>
        <source>No follower request is logged. Log every question, complaint, suggestion and report, and the time it was answered: no follower is ignored.</source>
        <translation>لا توجد طلبات مسجلة. سجّل كل استفسار وشكوى واقتراح وبلاغ ووقت الرد عليه، فلا يُتجاهَل أي متابع.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>Answered within target: %1</source>
        <translation>نسبة الرد ضمن الزمن المستهدف: %1</translation>
    </message>
    <message>
        <source>Choose the partner body a request was referred to: its accounts and contact people show here, to tag it or call it.</source>
        <translation>اختر الجهة الشريكة التي أُحيل إليها الطلب، فتظهر هنا حساباتها ومسؤولو التواصل فيها للإشارة إليها أو الاتصال بها.</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>Log follower request</source>
        <translation>تسجيل طلب متابع</translation>
    </message>
    <message>
        <source>Request logged</source>
        <translation>سُجّل الطلب</translation>
    </message>
    <message>
        <source>Delete follower request</source>
        <translation>حذف طلب المتابع</translation>
    </message>
    <message>
        <source>Edit follower request</source>
        <translation>تعديل طلب المتابع</translation>
    </message>
    <message>
        <source>Request saved</source>
        <translation>تم حفظ الطلب</translation>
    </message>
</context>
<context>
    <name>ResponseForm</name>
    <message>
        <source>Any</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>نوع الأزمة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Ready response</source>
        <translation>رد جاهز</translation>
    </message>
    <message>
        <source>Placeholders in braces are filled in when the response is used: {الجهة} {التاريخ} {الوقت} {الرابط} {المنصة} {الموضوع} {الجهة المختصة} {حساب الجهة المختصة} {قناة التواصل}.</source>
        <translation>تُملأ الحقول بين الأقواس عند استخدام الرد: {الجهة} {التاريخ} {الوقت} {الرابط} {المنصة} {الموضوع} {الجهة المختصة} {حساب الجهة المختصة} {قناة التواصل}.</translation>
    </message>
</context>
<context>
    <name>ResponseTable</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>نوع الأزمة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>ResponsesTab</name>
    <message>
        <source>New response</source>
        <translation>رد جديد</translation>
    </message>
    <message>
        <source>Ready responses</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <source>No ready response. Prepare holding statements, rumour denials, apologies and service notices now, while there is time to weigh every word.</source>
        <translation>لا توجد ردود جاهزة. أعدّ الآن البيانات الأولية ونفي الشائعات والاعتذارات وإشعارات الخدمة، ما دام في الوقت متسع لوزن كل كلمة.</translation>
    </message>
    <message>
        <source>Add ready response</source>
        <translation>إضافة رد جاهز</translation>
    </message>
    <message>
        <source>Ready response added</source>
        <translation>أُضيف الرد الجاهز</translation>
    </message>
    <message>
        <source>Delete ready response</source>
        <translation>حذف الرد الجاهز</translation>
    </message>
    <message>
        <source>Placeholders left</source>
        <translation>حقول لم تُملأ</translation>
    </message>
    <message>
        <source>Some placeholders are not filled and stay in the text as written:
%1
Use the text anyway?</source>
        <translation>بعض الحقول لم تُملأ وستبقى في النص كما كُتبت:
%1
هل تستخدم النص مع ذلك؟</translation>
    </message>
    <message>
        <source>The response was copied to the clipboard</source>
        <translation>نُسخ الرد إلى الحافظة</translation>
    </message>
    <message>
        <source>From the ready response “%1”</source>
        <translation>من الرد الجاهز «%1»</translation>
    </message>
    <message>
        <source>Post draft from a ready response</source>
        <translation>مسودة منشور من رد جاهز</translation>
    </message>
    <message>
        <source>A post draft was added to the ideas without a date</source>
        <translation>أُضيفت مسودة منشور إلى الأفكار غير المؤرخة</translation>
    </message>
    <message>
        <source>Edit ready response</source>
        <translation>تعديل الرد الجاهز</translation>
    </message>
    <message>
        <source>Ready response saved</source>
        <translation>تم حفظ الرد الجاهز</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add a row</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>حذف الصف المحدد</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
</context>
<context>
    <name>SecurityForm</name>
    <message>
        <source>This register never asks for a password or a verification code, and has no place to keep one: record only who holds access, the method, and dates.</source>
        <translation>لا يطلب هذا السجل كلمة مرور ولا رمز تحقق أبدًا، ولا مكان فيه لحفظهما: دوّن فقط من يملك صلاحية الدخول، وطريقة التحقق، والتواريخ.</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>التحقق بخطوتين</translation>
    </message>
    <message>
        <source>Recovery email verified</source>
        <translation>بريد الاسترداد موثّق</translation>
    </message>
    <message>
        <source>Recovery phone verified</source>
        <translation>هاتف الاسترداد موثّق</translation>
    </message>
    <message>
        <source>Reviewed today</source>
        <translation>رُوجعت اليوم</translation>
    </message>
    <message>
        <source>Last password change</source>
        <translation>آخر تغيير لكلمة المرور</translation>
    </message>
    <message>
        <source>Last access review</source>
        <translation>آخر مراجعة للصلاحيات</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>أيام</numerusform>
            <numerusform>يومًا</numerusform>
            <numerusform>يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>المراجعة كل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Never reviewed: a review is due now.</source>
        <translation>لم تُراجَع قط: المراجعة مستحقة الآن.</translation>
    </message>
    <message>
        <source>The next review was due %1: it is overdue.</source>
        <translation>كانت المراجعة التالية مستحقة في %1: إنها متأخرة.</translation>
    </message>
    <message>
        <source>Next review due %1.</source>
        <translation>المراجعة التالية في %1.</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Now (never reviewed)</source>
        <translation>الآن (لم تُراجَع قط)</translation>
    </message>
    <message>
        <source>email</source>
        <translation>البريد</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>غير موثّق</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>أمن الحسابات</translation>
    </message>
    <message>
        <source>One row per account of the institution; accounts are added on the Audience &amp; accounts screen.</source>
        <translation>صف لكل حساب من حسابات المؤسسة؛ تُضاف الحسابات من شاشة الجمهور والحسابات.</translation>
    </message>
    <message>
        <source>The institution has no account yet. Add its accounts on the Audience &amp; accounts screen; each gets a row here.</source>
        <translation>لا توجد حسابات للمؤسسة بعد. أضف حساباتها من شاشة الجمهور والحسابات، فيظهر لكل منها صف هنا.</translation>
    </message>
    <message>
        <source>Who holds access</source>
        <translation>من يملك صلاحية الدخول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>If the account is hijacked</source>
        <translation>إذا اختُرق الحساب</translation>
    </message>
    <message>
        <source>Checklist for a hijacked account</source>
        <translation>قائمة التحقق عند اختراق حساب</translation>
    </message>
    <message>
        <source>Log an account compromise</source>
        <translation>تسجيل اختراق حساب</translation>
    </message>
    <message>
        <source>Log an incident for this account and run the account-compromise playbook</source>
        <translation>تسجيل حادثة لهذا الحساب وتشغيل دليل الاستجابة لاختراق الحسابات</translation>
    </message>
    <message>
        <source>Security threats: phishing, reused passwords, unsafe devices. If an account is hijacked:</source>
        <translation>التهديدات الأمنية: التصيّد، وكلمات المرور المكررة، والأجهزة غير الآمنة. إذا اختُرق حساب:</translation>
    </message>
    <message>
        <source>Edit account security</source>
        <translation>تعديل أمن الحساب</translation>
    </message>
    <message>
        <source>Account security saved</source>
        <translation>تم حفظ أمن الحساب</translation>
    </message>
</context>
<context>
    <name>SecurityTable</name>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>التحقق بخطوتين</translation>
    </message>
    <message>
        <source>Recovery verified</source>
        <translation>الاسترداد الموثّق</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>آخر مراجعة</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>المراجعة التالية</translation>
    </message>
    <message>
        <source>Access holders</source>
        <translation>أصحاب الصلاحية</translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <source>Response times per platform</source>
        <translation>زمن الاستجابة حسب المنصة</translation>
    </message>
    <message>
        <source>No response time yet: log follower requests and incidents with the time they were answered.</source>
        <translation>لا يوجد زمن استجابة بعد: سجّل طلبات المتابعين والحوادث مع وقت الرد عليها.</translation>
    </message>
    <message>
        <source>Medians per platform</source>
        <translation>الوسيط حسب المنصة</translation>
    </message>
    <message>
        <source>Medians per severity</source>
        <translation>الوسيط حسب الخطورة</translation>
    </message>
    <message>
        <source>Response-time targets for follower requests</source>
        <translation>زمن الاستجابة المستهدف لطلبات المتابعين</translation>
    </message>
    <message>
        <source>A target applies to every platform unless a platform has its own. Name a channel in “Route to” to send requests of that severity there; Muscat Municipality, for example, sends critical matters to its hotline.</source>
        <translation>ينطبق الزمن المستهدف على كل المنصات ما لم يكن لمنصة زمن خاص بها. اكتب قناة في «توجيه إلى» لتُوجَّه إليها الطلبات من تلك الخطورة؛ فبلدية مسقط مثلًا توجّه الحالات الحرجة إلى خطها الساخن.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>الأزمنة المستهدفة</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Within (minutes)</source>
        <translation>خلال (دقيقة)</translation>
    </message>
    <message>
        <source>Route to</source>
        <translation>توجيه إلى</translation>
    </message>
    <message>
        <source>Follower requests: answered after</source>
        <translation>طلبات المتابعين: الرد بعد</translation>
    </message>
    <message>
        <source>Incidents: first response after</source>
        <translation>الحوادث: أول رد بعد</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <source>Target for a medium request</source>
        <translation>المستهدف لطلب متوسط الخطورة</translation>
    </message>
    <message>
        <source>Edit response-time targets</source>
        <translation>تعديل أزمنة الاستجابة المستهدفة</translation>
    </message>
</context>
<context>
    <name>UsePanel</name>
    <message>
        <source>Use this response</source>
        <translation>استخدام هذا الرد</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
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
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Partner body</source>
        <translation>الجهة الشريكة</translation>
    </message>
    <message>
        <source>Its account</source>
        <translation>حسابها</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>قناة التواصل</translation>
    </message>
    <message>
        <source>Filled text</source>
        <translation>النص بعد الملء</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>نسخ إلى الحافظة</translation>
    </message>
    <message>
        <source>Make a post draft</source>
        <translation>إنشاء مسودة منشور</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Not filled yet: %1</source>
        <translation>لم يُملأ بعد: %1</translation>
    </message>
    <message>
        <source>Unknown placeholders, left as written: %1</source>
        <translation>حقول غير معروفة بقيت كما كُتبت: %1</translation>
    </message>
</context>
</TS>
