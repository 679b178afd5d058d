<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Coverage</name>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it again as “CSV UTF-8”.</source>
        <translation>الملف ليس نصًا بترميز UTF-8 (السطر %1). احفظه مرة أخرى بصيغة «CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>في الملف سطر العناوين فقط ولا توجد فيه صفوف.</translation>
    </message>
    <message>
        <source>These columns (%3) are not an export of X or Meta Business Suite: map the columns yourself.</source>
        <translation>هذه الأعمدة (%3) ليست ملفًا مصدَّرًا من إكس أو من Meta Business Suite: حدّد الأعمدة بنفسك.</translation>
    </message>
    <message>
        <source>The column “%2” is not in the file.</source>
        <translation>العمود «%2» غير موجود في الملف.</translation>
    </message>
    <message>
        <source>Say which platform the figures are from, or which column names it.</source>
        <translation>حدّد المنصة التي جاءت منها الأرقام، أو العمود الذي يذكرها.</translation>
    </message>
    <message>
        <source>Line %1: “%3” in column “%2” is not a platform.</source>
        <translation>السطر %1: «%3» في العمود «%2» ليس اسم منصة.</translation>
    </message>
    <message>
        <source>Line %1: “%3” in column “%2” is not a date that can be read.</source>
        <translation>السطر %1: «%3» في العمود «%2» ليس تاريخًا يمكن قراءته.</translation>
    </message>
    <message>
        <source>Line %1: “%3” in column “%2” is not a number.</source>
        <translation>السطر %1: «%3» في العمود «%2» ليس رقمًا.</translation>
    </message>
    <message>
        <source>No column of figures (impressions, reach, engagements …) is chosen.</source>
        <translation>لم يُحدَّد أي عمود للأرقام (مرات الظهور، الوصول، التفاعل …).</translation>
    </message>
    <message>
        <source>X post analytics (content) export</source>
        <translation>ملف إحصاءات المنشورات من إكس (المحتوى)</translation>
    </message>
    <message>
        <source>X tweet activity export</source>
        <translation>ملف نشاط التغريدات من إكس</translation>
    </message>
    <message>
        <source>Meta Business Suite content export (Facebook)</source>
        <translation>ملف المحتوى من Meta Business Suite (فيسبوك)</translation>
    </message>
    <message>
        <source>Meta Business Suite content export (Instagram)</source>
        <translation>ملف المحتوى من Meta Business Suite (إنستغرام)</translation>
    </message>
    <message>
        <source>columns mapped by hand</source>
        <translation>أعمدة محددة يدويًا</translation>
    </message>
    <message>
        <source>Date and time published</source>
        <translation>تاريخ النشر ووقته</translation>
    </message>
    <message>
        <source>Post id</source>
        <translation>معرّف المنشور</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>نص المنشور</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>مرات الظهور</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>الإعجابات</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>النقرات</translation>
    </message>
    <message numerus="yes">
        <source>%n lines with a post id Excel turned into a rounded number (“%2”): those rows cannot be told apart or matched (lines %1)</source>
        <translation>
            <numerusform>لا أسطر فيها معرّف منشور حوّله Excel إلى رقم مقرَّب («%2») (%1)</numerusform>
            <numerusform>سطر واحد فيه معرّف منشور حوّله Excel إلى رقم مقرَّب («%2»): لا يمكن تمييز صفه ولا مطابقته (السطر %1)</numerusform>
            <numerusform>سطران فيهما معرّف منشور حوّله Excel إلى رقم مقرَّب («%2»): لا يمكن تمييز صفيهما ولا مطابقتهما (السطران %1)</numerusform>
            <numerusform>%n أسطر فيها معرّف منشور حوّله Excel إلى رقم مقرَّب («%2»): لا يمكن تمييز صفوفها ولا مطابقتها (الأسطر %1)</numerusform>
            <numerusform>%n سطرًا فيها معرّف منشور حوّله Excel إلى رقم مقرَّب («%2»): لا يمكن تمييز صفوفها ولا مطابقتها (الأسطر %1)</numerusform>
            <numerusform>%n سطر فيها معرّف منشور حوّله Excel إلى رقم مقرَّب («%2»): لا يمكن تمييز صفوفها ولا مطابقتها (الأسطر %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines are the same post (“%2”): only the last is stored (lines %1)</source>
        <translation>
            <numerusform>لا أسطر مكررة («%2») (%1)</numerusform>
            <numerusform>سطر واحد للمنشور نفسه («%2») (السطر %1)</numerusform>
            <numerusform>سطران للمنشور نفسه («%2»): لا يُحفظ إلا آخرهما (السطران %1)</numerusform>
            <numerusform>%n أسطر للمنشور نفسه («%2»): لا يُحفظ إلا آخرها (الأسطر %1)</numerusform>
            <numerusform>%n سطرًا للمنشور نفسه («%2»): لا يُحفظ إلا آخرها (الأسطر %1)</numerusform>
            <numerusform>%n سطر للمنشور نفسه («%2»): لا يُحفظ إلا آخرها (الأسطر %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dates read month/day as the export writes them, but they could be day/month if the file was saved again by Excel (lines %1)</source>
        <translation>
            <numerusform>لا تواريخ ملتبسة (%1)</numerusform>
            <numerusform>تاريخ واحد قُرئ شهرًا/يومًا كما يكتبه التصدير، وقد يكون يومًا/شهرًا إن أعاد Excel حفظ الملف (السطر %1)</numerusform>
            <numerusform>تاريخان قُرئا شهرًا/يومًا كما يكتبهما التصدير، وقد يكونان يومًا/شهرًا إن أعاد Excel حفظ الملف (السطران %1)</numerusform>
            <numerusform>%n تواريخ قُرئت شهرًا/يومًا كما يكتبها التصدير، وقد تكون يومًا/شهرًا إن أعاد Excel حفظ الملف (الأسطر %1)</numerusform>
            <numerusform>%n تاريخًا قُرئت شهرًا/يومًا كما يكتبها التصدير، وقد تكون يومًا/شهرًا إن أعاد Excel حفظ الملف (الأسطر %1)</numerusform>
            <numerusform>%n تاريخ قُرئت شهرًا/يومًا كما يكتبها التصدير، وقد تكون يومًا/شهرًا إن أعاد Excel حفظ الملف (الأسطر %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n things to check first (import with --accept-warnings once checked)</source>
        <translation>
            <numerusform>لم يُستورد شيء</numerusform>
            <numerusform>لم يُستورد شيء: أمر واحد يجب التحقق منه أولًا (استورد مع ‎--accept-warnings بعد التحقق)</numerusform>
            <numerusform>لم يُستورد شيء: أمران يجب التحقق منهما أولًا (استورد مع ‎--accept-warnings بعد التحقق)</numerusform>
            <numerusform>لم يُستورد شيء: %n أمور يجب التحقق منها أولًا (استورد مع ‎--accept-warnings بعد التحقق)</numerusform>
            <numerusform>لم يُستورد شيء: %n أمرًا يجب التحقق منها أولًا (استورد مع ‎--accept-warnings بعد التحقق)</numerusform>
            <numerusform>لم يُستورد شيء: %n أمر يجب التحقق منها أولًا (استورد مع ‎--accept-warnings بعد التحقق)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the file even so?</source>
        <translation>أأستورد الملف رغم ذلك؟</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows imported (%2), %3 matched to planned posts, %4 unmatched</source>
        <translation>
            <numerusform>%1: لم يُستورد أي صف (%2)، %3 طابقت منشورات مخططًا لها، %4 بلا مطابقة</numerusform>
            <numerusform>%1: استُورد صف واحد (%2)، %3 طابق منشورًا مخططًا له، %4 بلا مطابقة</numerusform>
            <numerusform>%1: استُورد صفان (%2)، %3 طابقت منشورات مخططًا لها، %4 بلا مطابقة</numerusform>
            <numerusform>%1: استُوردت %n صفوف (%2)، %3 طابقت منشورات مخططًا لها، %4 بلا مطابقة</numerusform>
            <numerusform>%1: استُورد %n صفًا (%2)، %3 طابقت منشورات مخططًا لها، %4 بلا مطابقة</numerusform>
            <numerusform>%1: استُورد %n صف (%2)، %3 طابقت منشورات مخططًا لها، %4 بلا مطابقة</numerusform>
        </translation>
    </message>
    <message>
        <source>unmatched: %1</source>
        <translation>بلا مطابقة: %1</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>The planned coverage of a campaign per platform, week, day, segment and hour, its estimated reach and budget, and — once figures come in — how it went.</source>
        <translation>التغطية المخطط لها للحملة لكل منصة وأسبوع ويوم وشريحة وساعة، والوصول المقدَّر والميزانية، ثم — حين تصل الأرقام — ما تحقق فعلًا.</translation>
    </message>
    <message>
        <source>Statistics rows that match no planned post</source>
        <translation>صفوف الإحصاءات التي لا تطابق أي منشور مخطط له</translation>
    </message>
    <message>
        <source>There is no campaign yet. Create a campaign and plan its posts to see its coverage here.</source>
        <translation>لا توجد حملة بعد. أنشئ حملة وخطّط منشوراتها لترى تغطيتها هنا.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
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
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Save the chart on screen as a picture for a report</source>
        <translation>احفظ الرسم المعروض صورةً لتقرير</translation>
    </message>
    <message>
        <source>PNG picture (%1 dpi)…</source>
        <translation>صورة PNG (‏%1 نقطة في البوصة)…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>رسم SVG…</translation>
    </message>
    <message>
        <source>Import statistics…</source>
        <translation>استيراد الإحصاءات…</translation>
    </message>
    <message>
        <source>Follower counts…</source>
        <translation>أعداد المتابعين…</translation>
    </message>
    <message>
        <source>Reach rates…</source>
        <translation>معدلات الوصول…</translation>
    </message>
    <message>
        <source>All campaigns in a period</source>
        <translation>كل الحملات في فترة</translation>
    </message>
    <message>
        <source>Statistics rows that match no planned post: %1</source>
        <translation>صفوف الإحصاءات التي لا تطابق أي منشور مخطط له: %1</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>رسوم SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>تعذّر حفظ الرسم البياني: %1</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>حُفظ الرسم البياني في %1</translation>
    </message>
    <message>
        <source>Import statistics</source>
        <translation>استيراد الإحصاءات</translation>
    </message>
    <message>
        <source>Statistics (*.csv);;All files (*)</source>
        <translation>الإحصاءات (*.csv);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows imported (%2), %3 matched to planned posts, %4 unmatched</source>
        <translation>
            <numerusform>%1: لم يُستورد أي صف (%2)؛ طابق %3، ولم يطابق %4</numerusform>
            <numerusform>%1: استُورد صف واحد (%2)، طابق %3 منها منشورات مخططًا لها، ولم يطابق %4</numerusform>
            <numerusform>%1: استُورد صفان (%2)، طابق %3 منهما منشورات مخططًا لها، ولم يطابق %4</numerusform>
            <numerusform>%1: استُوردت %n صفوف (%2)، طابق %3 منها منشورات مخططًا لها، ولم يطابق %4</numerusform>
            <numerusform>%1: استُورد %n صفًا (%2)، طابق %3 منها منشورات مخططًا لها، ولم يطابق %4</numerusform>
            <numerusform>%1: استُورد %n صف (%2)، طابق %3 منها منشورات مخططًا لها، ولم يطابق %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowersDialog</name>
    <message>
        <source>Follower counts</source>
        <translation>أعداد المتابعين</translation>
    </message>
    <message>
        <source>Enter each account&apos;s followers from time to time (weekly is enough): the Coverage screen draws their growth and measures the followers-gained KPI.</source>
        <translation>أدخل عدد متابعي كل حساب من حين لآخر (مرة في الأسبوع تكفي): تعرض شاشة التغطية نموّهم وتقيس مؤشر المتابعين الجدد.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>المتابعون</translation>
    </message>
    <message>
        <source>Save the count</source>
        <translation>حفظ العدد</translation>
    </message>
    <message>
        <source>Remove the selected count</source>
        <translation>حذف العدد المحدد</translation>
    </message>
    <message>
        <source>Counts entered for this account</source>
        <translation>الأعداد المدخلة لهذا الحساب</translation>
    </message>
    <message>
        <source>Follower count of %1</source>
        <translation>عدد متابعي %1</translation>
    </message>
    <message>
        <source>Remove a follower count of %1</source>
        <translation>حذف عدد متابعي %1</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map the columns of the statistics file</source>
        <translation>تحديد أعمدة ملف الإحصاءات</translation>
    </message>
    <message>
        <source>This file is not an export of X or Meta Business Suite. Choose the column that holds each figure; a date and at least one figure are needed.</source>
        <translation>هذا الملف ليس مصدَّرًا من إكس أو من Meta Business Suite. اختر العمود الذي يحمل كل رقم؛ يلزم التاريخ ورقم واحد على الأقل.</translation>
    </message>
    <message>
        <source>Named in a column of the file</source>
        <translation>مذكورة في عمود من الملف</translation>
    </message>
    <message>
        <source>Platform of the file</source>
        <translation>منصة الملف</translation>
    </message>
    <message>
        <source>Dates are written</source>
        <translation>طريقة كتابة التواريخ</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— غير موجود في الملف —</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Reach rates</source>
        <translation>معدلات الوصول</translation>
    </message>
    <message>
        <source>Estimated reach = planned posts × the account&apos;s followers × the reach rate: the share of followers one post reaches. Replace a default with your own figure (reach ÷ followers in your statistics).</source>
        <translation>الوصول المقدَّر = المنشورات المخطط لها × متابعو الحساب × معدل الوصول، وهو نسبة المتابعين الذين يصل إليهم المنشور الواحد. ضع رقمك بدل القيمة الافتراضية (الوصول ÷ المتابعين في إحصاءاتك).</translation>
    </message>
    <message>
        <source>Reach rate of %1</source>
        <translation>معدل الوصول على %1</translation>
    </message>
    <message>
        <source>Back to the default (%1)</source>
        <translation>العودة إلى القيمة الافتراضية (%1)</translation>
    </message>
    <message>
        <source>your own figure</source>
        <translation>رقمك</translation>
    </message>
    <message>
        <source>default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>Change reach rates</source>
        <translation>تغيير معدلات الوصول</translation>
    </message>
</context>
<context>
    <name>UnmatchedModel</name>
    <message>
        <source>Published</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>مرات الظهور</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>التفاعل</translation>
    </message>
</context>
</TS>
