<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <source>Posts per week</source>
        <translation>المنشورات أسبوعيًا</translation>
    </message>
    <message>
        <source>Platform by day</source>
        <translation>المنصات يومًا بيوم</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>الشرائح المستهدفة</translation>
    </message>
    <message>
        <source>Estimated reach</source>
        <translation>الوصول المقدَّر</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Posting times</source>
        <translation>أوقات النشر</translation>
    </message>
    <message>
        <source>Planned against actual</source>
        <translation>المخطط له مقابل الفعلي</translation>
    </message>
    <message>
        <source>No actual figures yet. Import the platforms&apos; statistics or enter follower counts.</source>
        <translation>لا توجد أرقام فعلية بعد. استورد إحصاءات المنصات أو أدخل أعداد المتابعين.</translation>
    </message>
    <message>
        <source>Reach per platform: estimated against actual</source>
        <translation>الوصول لكل منصة: المقدَّر مقابل الفعلي</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Platform (published posts with figures, of those planned)</source>
        <translation>المنصة (المنشورات المنشورة ذات الأرقام من المخطط لها)</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>الوصول (أشخاص)</translation>
    </message>
    <message>
        <source>Estimated for the published posts</source>
        <translation>المقدَّر للمنشورات المنشورة</translation>
    </message>
    <message>
        <source>Actual (reach; impressions on X)</source>
        <translation>الفعلي (الوصول؛ ومرات الظهور على إكس)</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>مؤشرات الأداء الرئيسية</translation>
    </message>
    <message>
        <source>no actual figure yet</source>
        <translation>لا يوجد رقم فعلي بعد</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 من %2 (%3)</translation>
    </message>
    <message>
        <source>Share of the way from baseline to target (dashed line: target reached; * typed in by hand)</source>
        <translation>نسبة التقدم من القيمة الأساسية إلى القيمة المستهدفة (الخط المتقطع: بلوغ الهدف؛ * أُدخل يدويًا)</translation>
    </message>
    <message>
        <source>Followers gained per account</source>
        <translation>المتابعون الجدد لكل حساب</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n followers now</source>
        <translation>
            <numerusform>%1: لا متابعين حاليًا</numerusform>
            <numerusform>%1: متابع واحد حاليًا</numerusform>
            <numerusform>%1: متابعان حاليًا</numerusform>
            <numerusform>%1: %n متابعين حاليًا</numerusform>
            <numerusform>%1: %n متابعًا حاليًا</numerusform>
            <numerusform>%1: %n متابع حاليًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Followers gained</source>
        <translation>المتابعون الجدد</translation>
    </message>
    <message>
        <source>No posts are planned in this period. Plan posts in the calendar.</source>
        <translation>لا توجد منشورات مخطط لها في هذه الفترة. خطّط المنشورات من تقويم المحتوى.</translation>
    </message>
    <message>
        <source>Planned posts per platform per week</source>
        <translation>المنشورات المخطط لها لكل منصة أسبوعيًا</translation>
    </message>
    <message>
        <source>Week beginning</source>
        <translation>بداية الأسبوع</translation>
    </message>
    <message>
        <source>Planned posts</source>
        <translation>المنشورات المخطط لها</translation>
    </message>
    <message>
        <source>Planned posts per platform per day</source>
        <translation>المنشورات المخطط لها لكل منصة يومًا بيوم</translation>
    </message>
    <message>
        <source>Day (weeks begin on Sunday)</source>
        <translation>اليوم (يبدأ الأسبوع يوم الأحد)</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>المناسبات</translation>
    </message>
    <message>
        <source>Planned coverage of the target segments</source>
        <translation>التغطية المخطط لها للشرائح المستهدفة</translation>
    </message>
    <message>
        <source>The campaign has no target segments or no platforms yet.</source>
        <translation>لم تُحدَّد للحملة شرائح مستهدفة أو منصات بعد.</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>غير مغطاة</translation>
    </message>
    <message>
        <source>No planned post reaches this segment</source>
        <translation>لا يصل أي منشور مخطط له إلى هذه الشريحة</translation>
    </message>
    <message>
        <source>Estimated reach against the target</source>
        <translation>الوصول المقدَّر مقابل القيمة المستهدفة</translation>
    </message>
    <message>
        <source>No reach can be estimated yet: plan posts on accounts with followers.</source>
        <translation>لا يمكن تقدير الوصول بعد: خطّط منشورات على حسابات لها متابعون.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Estimated reach (people)</source>
        <translation>الوصول المقدَّر (أشخاص)</translation>
    </message>
    <message>
        <source>Reach target: %1</source>
        <translation>الوصول المستهدف: %1</translation>
    </message>
    <message>
        <source>Promotion budget per platform</source>
        <translation>ميزانية الترويج المدفوع لكل منصة</translation>
    </message>
    <message>
        <source>No promotion budget is planned. Add budget lines to the campaign.</source>
        <translation>لا توجد ميزانية للترويج المدفوع. أضف بنود الميزانية إلى الحملة.</translation>
    </message>
    <message>
        <source>Budget (Omani rials)</source>
        <translation>الميزانية (ريال عماني)</translation>
    </message>
    <message>
        <source>Planned posting times against the best times</source>
        <translation>أوقات النشر المخطط لها مقابل أفضل أوقات النشر</translation>
    </message>
    <message>
        <source>No posting times are planned yet.</source>
        <translation>لم تُحدَّد أوقات نشر بعد.</translation>
    </message>
    <message>
        <source>Hour of the day (Muscat time)</source>
        <translation>ساعة اليوم (بتوقيت مسقط)</translation>
    </message>
    <message>
        <source>Planned posts (number in the cell)</source>
        <translation>المنشورات المخطط لها (العدد داخل الخانة)</translation>
    </message>
    <message>
        <source>A best time of an account</source>
        <translation>من أفضل أوقات النشر لحساب</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>No posts are planned in this period.</source>
        <translation>لا توجد منشورات مخطط لها في هذه الفترة.</translation>
    </message>
    <message>
        <source>Weeks without any post: %1.</source>
        <translation>أسابيع بلا أي منشور: %1.</translation>
    </message>
    <message>
        <source>Occasions in the period: %1; posts planned on them: %2.</source>
        <translation>المناسبات في الفترة: %1؛ والمنشورات المخطط لها فيها: %2.</translation>
    </message>
    <message>
        <source>The campaign has no target segments yet.</source>
        <translation>لم تُحدَّد للحملة شرائح مستهدفة بعد.</translation>
    </message>
    <message>
        <source>No planned post reaches: %1.</source>
        <translation>لا يصل أي منشور مخطط له إلى: %1.</translation>
    </message>
    <message>
        <source>Every target segment is reached by at least one planned post.</source>
        <translation>تصل المنشورات المخطط لها إلى كل شريحة مستهدفة.</translation>
    </message>
    <message>
        <source>%1 are planned over %2; %3 carries the most (%4). The busiest week begins on %5, with %6.</source>
        <translation>المخطط له %1 على مدى %2، أكثرها على %3 (%4). أكثر الأسابيع نشرًا يبدأ في %5، وفيه %6.</translation>
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
        <source>%n planned posts</source>
        <translation>
            <numerusform>لا منشورات مخطط لها</numerusform>
            <numerusform>منشور واحد مخطط له</numerusform>
            <numerusform>منشوران مخطط لهما</numerusform>
            <numerusform>%n منشورات مخطط لها</numerusform>
            <numerusform>%n منشورًا مخططًا له</numerusform>
            <numerusform>%n منشور مخطط له</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 counting each platform)</source>
        <translation>%1 (%2 بعدّ كل منصة على حدة)</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>لا أسابيع</numerusform>
            <numerusform>أسبوع واحد</numerusform>
            <numerusform>أسبوعين</numerusform>
            <numerusform>%n أسابيع</numerusform>
            <numerusform>%n أسبوعًا</numerusform>
            <numerusform>%n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%n أشخاص</numerusform>
            <numerusform>%n شخصًا</numerusform>
            <numerusform>%n شخص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target segments</source>
        <translation>
            <numerusform>لا شرائح مستهدفة</numerusform>
            <numerusform>الشريحة المستهدفة الوحيدة</numerusform>
            <numerusform>الشريحتين المستهدفتين</numerusform>
            <numerusform>%n شرائح مستهدفة</numerusform>
            <numerusform>%n شريحةً مستهدفة</numerusform>
            <numerusform>%n شريحة مستهدفة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 counting each platform</source>
        <translation>%1 بعدّ كل منصة على حدة</translation>
    </message>
    <message numerus="yes">
        <source>%n planned posts are dated outside the period: not counted here.</source>
        <translation>
            <numerusform>لا منشورات مخطط لها خارج الفترة.</numerusform>
            <numerusform>منشور واحد مخطط له مؤرخ خارج الفترة: لا يُحسب هنا.</numerusform>
            <numerusform>منشوران مخطط لهما مؤرخان خارج الفترة: لا يُحسبان هنا.</numerusform>
            <numerusform>%n منشورات مخطط لها مؤرخة خارج الفترة: لا تُحسب هنا.</numerusform>
            <numerusform>%n منشورًا مخططًا له مؤرخًا خارج الفترة: لا تُحسب هنا.</numerusform>
            <numerusform>%n منشور مخطط له مؤرخ خارج الفترة: لا تُحسب هنا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days without any post: %1 of %2. The busiest day is %3, with %4.</source>
        <translation>أيام بلا أي منشور: %1 من %2. أكثر الأيام نشرًا %3، وفيه %4.</translation>
    </message>
    <message>
        <source>%1 carries %2 of the posts but reaches only %3 of the %4.</source>
        <translation>تحمل %1 %2 من المنشورات لكنها لا تصل إلا إلى %3 من %4.</translation>
    </message>
    <message>
        <source>%1 carries %2 of the posts and reaches all %3.</source>
        <translation>تحمل %1 %2 من المنشورات وتصل إلى كل الشرائح المستهدفة (%3).</translation>
    </message>
    <message>
        <source>The estimated reach is %1, %2 of the target of %3.</source>
        <translation>الوصول المقدَّر %1، أي %2 من القيمة المستهدفة البالغة %3.</translation>
    </message>
    <message>
        <source>The estimated reach is %1; the campaign has no reach target.</source>
        <translation>الوصول المقدَّر %1، ولا توجد للحملة قيمة مستهدفة للوصول.</translation>
    </message>
    <message>
        <source>%1 brings the most (%2).</source>
        <translation>أكبر نصيب منه لـ%1 (%2).</translation>
    </message>
    <message>
        <source>No promotion budget is planned.</source>
        <translation>لا توجد ميزانية للترويج المدفوع.</translation>
    </message>
    <message>
        <source>The promotion budget is %1; %2 takes the largest share (%3).</source>
        <translation>ميزانية الترويج المدفوع %1، أكبر حصة منها لـ%2 (%3).</translation>
    </message>
    <message>
        <source>Budget without any planned post: %1.</source>
        <translation>ميزانية بلا أي منشور مخطط له: %1.</translation>
    </message>
    <message>
        <source>No best posting times are recorded for these accounts.</source>
        <translation>لم تُسجَّل أفضل أوقات النشر لهذه الحسابات.</translation>
    </message>
    <message>
        <source>%1 of %2 go out in one of their account&apos;s best hours.</source>
        <translation>يُنشر %1 من أصل %2 في إحدى أفضل ساعات النشر لحسابه.</translation>
    </message>
    <message>
        <source>%1 of %2 have figures; they reached %3 against an estimate of %4.</source>
        <translation>لـ%1 من أصل %2 أرقام فعلية؛ وصلت إلى %3 مقابل تقدير قدره %4.</translation>
    </message>
    <message>
        <source>A post planned on two platforms counts twice here.</source>
        <translation>المنشور المخطط له على منصتين يُحسب هنا مرتين.</translation>
    </message>
    <message>
        <source>KPIs that reached their target: %1 of %2 with a figure.</source>
        <translation>مؤشرات الأداء الرئيسية التي بلغت قيمتها المستهدفة: %1 من %2 لها أرقام.</translation>
    </message>
    <message>
        <source>Followers gained in the period: %1.</source>
        <translation>المتابعون الجدد في الفترة: %1.</translation>
    </message>
</context>
</TS>
