<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AssetDetail</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>logo, official, dark background</source>
        <translation>شعار، رسمي، خلفية داكنة</translation>
    </message>
    <message>
        <source>Describe the picture for people who cannot see it</source>
        <translation>صف الصورة لمن لا يستطيع رؤيتها</translation>
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
        <source>Brand kit</source>
        <translation>حزمة الهوية البصرية</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <source>Platform sizes it fits</source>
        <translation>مقاسات المنصات التي يناسبها</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>يستخدمه</translation>
    </message>
    <message>
        <source>Posts that use this file</source>
        <translation>المنشورات التي تستخدم هذا الملف</translation>
    </message>
    <message>
        <source>No kit</source>
        <translation>بلا حزمة</translation>
    </message>
    <message>
        <source>Choose a file to see its details</source>
        <translation>اختر ملفًا لعرض تفاصيله</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>حجم الملف</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>الأبعاد بالبكسل</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>عائلة الخط</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أضيف في</translation>
    </message>
    <message>
        <source>Not a picture: no platform sizes apply.</source>
        <translation>ليس صورة: لا تنطبق عليه مقاسات المنصات.</translation>
    </message>
    <message>
        <source>Its shape matches no platform&apos;s recommended size.</source>
        <translation>لا يطابق شكله أي مقاس موصى به في المنصات.</translation>
    </message>
    <message>
        <source>export as PNG or JPEG first</source>
        <translation>صدّره بصيغة PNG أو JPEG أولًا</translation>
    </message>
    <message>
        <source>file too heavy for this platform</source>
        <translation>حجم الملف أكبر مما تقبله المنصة</translation>
    </message>
    <message>
        <source>No post uses this file yet.</source>
        <translation>لا يستخدم أي منشور هذا الملف بعد.</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message>
        <source>Rename file</source>
        <translation>إعادة تسمية الملف</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>تغيير النوع</translation>
    </message>
    <message>
        <source>Move to another kit</source>
        <translation>النقل إلى حزمة أخرى</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>تعديل الوسوم</translation>
    </message>
    <message>
        <source>Edit alt text</source>
        <translation>تعديل النص البديل</translation>
    </message>
</context>
<context>
    <name>AssetImporter</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>لم يُستورد شيء</numerusform>
            <numerusform>استُورد ملف واحد</numerusform>
            <numerusform>استُورد ملفان</numerusform>
            <numerusform>استُوردت %n ملفات</numerusform>
            <numerusform>استُورد %n ملفًا</numerusform>
            <numerusform>استُورد %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>لا شيء موجود في المكتبة من قبل</numerusform>
            <numerusform>ملف واحد موجود في المكتبة من قبل</numerusform>
            <numerusform>ملفان موجودان في المكتبة من قبل</numerusform>
            <numerusform>%n ملفات موجودة في المكتبة من قبل</numerusform>
            <numerusform>%n ملفًا موجودًا في المكتبة من قبل</numerusform>
            <numerusform>%n ملف موجود في المكتبة من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>لم يُرفض شيء</numerusform>
            <numerusform>رُفض ملف واحد</numerusform>
            <numerusform>رُفض ملفان</numerusform>
            <numerusform>رُفضت %n ملفات</numerusform>
            <numerusform>رُفض %n ملفًا</numerusform>
            <numerusform>رُفض %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing files…</source>
        <translation>جارٍ استيراد الملفات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>استيراد الملفات</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>استيراد لا شيء</numerusform>
            <numerusform>استيراد ملف واحد</numerusform>
            <numerusform>استيراد ملفين</numerusform>
            <numerusform>استيراد %n ملفات</numerusform>
            <numerusform>استيراد %n ملفًا</numerusform>
            <numerusform>استيراد %n ملف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrandSheet</name>
    <message>
        <source>Colour palette</source>
        <translation>لوحة الألوان</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <source>Logos</source>
        <translation>الشعارات</translation>
    </message>
    <message>
        <source>Brand kit sheet made with the Campaign Planner on %1</source>
        <translation>ورقة حزمة الهوية البصرية، أُعدّت في مخطط الحملات بتاريخ %1</translation>
    </message>
    <message>
        <source>Brand kit</source>
        <translation>حزمة الهوية البصرية</translation>
    </message>
    <message>
        <source>No colours in this kit yet.</source>
        <translation>لا توجد ألوان في هذه الحزمة بعد.</translation>
    </message>
    <message>
        <source>No fonts in this kit yet.</source>
        <translation>لا توجد خطوط في هذه الحزمة بعد.</translation>
    </message>
    <message>
        <source>No logos in this kit yet.</source>
        <translation>لا توجد شعارات في هذه الحزمة بعد.</translation>
    </message>
</context>
<context>
    <name>ColourTableModel</name>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Hex value</source>
        <translation>القيمة الست عشرية</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الاستخدام</translation>
    </message>
</context>
<context>
    <name>ColoursPanel</name>
    <message>
        <source>Colours of the kit</source>
        <translation>ألوان الحزمة</translation>
    </message>
    <message>
        <source>No colours yet. Add the kit&apos;s primary, secondary and text colours, then check their contrast.</source>
        <translation>لا توجد ألوان بعد. أضف اللون الرئيسي والثانوي ولون النصوص، ثم افحص التباين بينها.</translation>
    </message>
    <message>
        <source>Add colour</source>
        <translation>إضافة لون</translation>
    </message>
    <message>
        <source>Pick colour…</source>
        <translation>اختيار اللون…</translation>
    </message>
    <message>
        <source>Remove colour</source>
        <translation>حذف اللون</translation>
    </message>
    <message>
        <source>Colours saved</source>
        <translation>تم حفظ الألوان</translation>
    </message>
    <message>
        <source>Edit colour</source>
        <translation>تعديل اللون</translation>
    </message>
    <message>
        <source>New colour</source>
        <translation>لون جديد</translation>
    </message>
    <message>
        <source>Pick colour</source>
        <translation>اختيار اللون</translation>
    </message>
</context>
<context>
    <name>ContrastChecker</name>
    <message>
        <source>Contrast checker</source>
        <translation>فاحص التباين</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>لون النص</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>لون الخلفية</translation>
    </message>
    <message>
        <source>Swap text and background</source>
        <translation>تبديل النص والخلفية</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <source>Normal text: the municipality serves you. Latin: Muscat 123</source>
        <translation>نص عادي: البلدية في خدمتكم. Latin: Muscat 123</translation>
    </message>
    <message>
        <source>Large text: a cleaner Muscat</source>
        <translation>نص كبير: مسقط أجمل</translation>
    </message>
    <message>
        <source>AA, normal text</source>
        <translation>المستوى AA، نص عادي</translation>
    </message>
    <message>
        <source>AA, large text</source>
        <translation>المستوى AA، نص كبير</translation>
    </message>
    <message>
        <source>AAA, normal text</source>
        <translation>المستوى AAA، نص عادي</translation>
    </message>
    <message>
        <source>AAA, large text</source>
        <translation>المستوى AAA، نص كبير</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>يلزم %1</translation>
    </message>
    <message>
        <source>Large text is at least %1 pt, or %2 pt bold.</source>
        <translation>النص الكبير لا يقل عن %1 نقطة، أو %2 نقطة بخط عريض.</translation>
    </message>
    <message>
        <source>Choose a colour of the kit or type any hex value</source>
        <translation>اختر لونًا من الحزمة أو اكتب أي قيمة ست عشرية</translation>
    </message>
    <message>
        <source>Type a colour as #rrggbb</source>
        <translation>اكتب اللون بصيغة ‎#rrggbb</translation>
    </message>
    <message>
        <source>Contrast ratio %1</source>
        <translation>نسبة التباين %1</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>غير ناجح</translation>
    </message>
</context>
<context>
    <name>FontsPanel</name>
    <message>
        <source>Fonts of the kit</source>
        <translation>خطوط الحزمة</translation>
    </message>
    <message>
        <source>Add font…</source>
        <translation>إضافة خط…</translation>
    </message>
    <message>
        <source>No fonts in this kit yet. Add the TTF or OTF files of the institution&apos;s fonts to preview them here.</source>
        <translation>لا توجد خطوط في هذه الحزمة بعد. أضف ملفات TTF أو OTF لخطوط المؤسسة لمعاينتها هنا.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Sample text</source>
        <translation>نص المعاينة</translation>
    </message>
    <message>
        <source>Preview size (points)</source>
        <translation>حجم المعاينة (بالنقاط)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Family: %1 · style: %2</source>
        <translation>العائلة: %1 · النمط: %2</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <source>Add fonts</source>
        <translation>إضافة خطوط</translation>
    </message>
    <message>
        <source>Fonts (*.ttf *.otf);;All files (*)</source>
        <translation>الخطوط (*.ttf *.otf);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>GuidelinesPanel</name>
    <message>
        <source>Kit name</source>
        <translation>اسم الحزمة</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>Write the rules of the visual identity: the logo&apos;s clear space and smallest size, which colour goes where, the fonts, the tone of voice, do&apos;s and don&apos;ts.</source>
        <translation>اكتب قواعد الهوية البصرية: المساحة الخالية حول الشعار وأصغر حجم له، وموضع كل لون، والخطوط، ونبرة الخطاب، وما يُفعل وما لا يُفعل.</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>عريض</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>قائمة مرقمة</translation>
    </message>
    <message>
        <source>Used by the campaigns: %1</source>
        <translation>تستخدمها الحملات: %1</translation>
    </message>
    <message>
        <source>No campaign uses this kit yet; choose it in a campaign&apos;s plan.</source>
        <translation>لا تستخدم أي حملة هذه الحزمة بعد؛ اخترها في خطة الحملة.</translation>
    </message>
    <message>
        <source>Rename kit</source>
        <translation>إعادة تسمية الحزمة</translation>
    </message>
    <message>
        <source>Edit guidelines</source>
        <translation>تعديل الإرشادات</translation>
    </message>
    <message>
        <source>Kit saved</source>
        <translation>تم حفظ الحزمة</translation>
    </message>
</context>
<context>
    <name>IdentityLabels</name>
    <message>
        <source>Logo</source>
        <translation>شعار</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>صورة الحساب</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>غلاف</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>علامة مائية</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>رئيسي</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>ثانوي</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>مميِّز</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>خلفية</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نصوص</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>profile picture</source>
        <translation>صورة الحساب</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>الغلاف</translation>
    </message>
    <message>
        <source>square post</source>
        <translation>منشور مربع</translation>
    </message>
    <message>
        <source>portrait post</source>
        <translation>منشور طولي</translation>
    </message>
    <message>
        <source>landscape post</source>
        <translation>منشور عرضي</translation>
    </message>
    <message>
        <source>story / reel</source>
        <translation>قصة / مقطع قصير</translation>
    </message>
    <message>
        <source>video thumbnail</source>
        <translation>الصورة المصغرة للفيديو</translation>
    </message>
    <message>
        <source>exact size</source>
        <translation>المقاس نفسه</translation>
    </message>
    <message>
        <source>fits (scaled)</source>
        <translation>يناسب (مع تغيير الحجم)</translation>
    </message>
    <message>
        <source>too small: will look blurred</source>
        <translation>أصغر من اللازم: سيظهر غير واضح</translation>
    </message>
    <message>
        <source>another shape: will be cropped</source>
        <translation>شكل مختلف: سيُقص</translation>
    </message>
    <message>
        <source>no pixel size</source>
        <translation>بلا أبعاد بالبكسل</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>The file is larger than the %1 MB limit.</source>
        <translation>الملف أكبر من الحد الأقصى %1 ميغابايت.</translation>
    </message>
    <message>
        <source>This kind of file is not accepted: use PNG, JPEG, WebP, GIF, SVG, TTF, OTF or PDF.</source>
        <translation>هذا النوع من الملفات غير مقبول: استخدم PNG أو JPEG أو WebP أو GIF أو SVG أو TTF أو OTF أو PDF.</translation>
    </message>
    <message>
        <source>The file&apos;s extension names another format than its content (a renamed file).</source>
        <translation>امتداد الملف يدل على صيغة غير صيغة محتواه (ملف غُيّر اسمه).</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete and cannot be read.</source>
        <translation>الملف تالف أو ناقص ولا يمكن قراءته.</translation>
    </message>
    <message>
        <source>The picture is too large to open safely (over %1 megapixels).</source>
        <translation>الصورة أكبر من أن تُفتح بأمان (أكثر من %1 ميغابكسل).</translation>
    </message>
    <message>
        <source>The SVG drawing is not well-formed.</source>
        <translation>رسم SVG غير سليم البنية.</translation>
    </message>
    <message>
        <source>The SVG declares a DOCTYPE or entities, which can pull in other files.</source>
        <translation>يعرّف ملف SVG قسم DOCTYPE أو كيانات قد تجلب ملفات أخرى.</translation>
    </message>
    <message>
        <source>The SVG contains a script or event handlers: only plain drawings are accepted.</source>
        <translation>يحتوي ملف SVG على برنامج نصي أو معالجات أحداث: تُقبل الرسوم المجردة فقط.</translation>
    </message>
    <message>
        <source>The SVG refers to files or addresses outside itself: only self-contained drawings are accepted.</source>
        <translation>يشير ملف SVG إلى ملفات أو عناوين خارجه: تُقبل الرسوم المكتفية بذاتها فقط.</translation>
    </message>
    <message>
        <source>The SVG drawing has too many elements to show safely.</source>
        <translation>رسم SVG يحتوي على عناصر أكثر من أن تُعرض بأمان.</translation>
    </message>
    <message>
        <source>The font is damaged or is not a TrueType/OpenType font.</source>
        <translation>الخط تالف أو ليس خط TrueType/OpenType.</translation>
    </message>
    <message>
        <source>The file could not be read (missing, a folder, or no permission).</source>
        <translation>تعذّرت قراءة الملف (غير موجود، أو مجلد، أو لا توجد صلاحية).</translation>
    </message>
    <message>
        <source>The PDF carries JavaScript, actions that start programs, or embedded files (or is encrypted and cannot be checked): only plain documents are accepted.</source>
        <translation>في ملف PDF برمجة JavaScript أو إجراءات تشغّل برامج أو ملفات مضمّنة (أو هو مشفّر فلا يمكن فحصه): لا تُقبل إلا المستندات العادية.</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <source>Brand kit</source>
        <translation>حزمة الهوية البصرية</translation>
    </message>
    <message>
        <source>New kit</source>
        <translation>حزمة جديدة</translation>
    </message>
    <message>
        <source>Delete kit</source>
        <translation>حذف الحزمة</translation>
    </message>
    <message>
        <source>Brand sheet…</source>
        <translation>ورقة الهوية…</translation>
    </message>
    <message>
        <source>Save a one-page sheet of the kit&apos;s colours, fonts and logos as a PNG picture</source>
        <translation>احفظ ورقة من صفحة واحدة بألوان الحزمة وخطوطها وشعاراتها صورةً بصيغة PNG</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>مكتبة الوسائط</translation>
    </message>
    <message>
        <source>Colour palette</source>
        <translation>لوحة الألوان</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <source>Kit and guidelines</source>
        <translation>الحزمة والإرشادات</translation>
    </message>
    <message>
        <source>Visual identity</source>
        <translation>الهوية البصرية</translation>
    </message>
    <message>
        <source>No brand kit yet</source>
        <translation>لا توجد حزمة هوية بصرية بعد</translation>
    </message>
    <message>
        <source>New brand kit</source>
        <translation>حزمة هوية بصرية جديدة</translation>
    </message>
    <message>
        <source>Add brand kit</source>
        <translation>إضافة حزمة هوية بصرية</translation>
    </message>
    <message>
        <source>Brand kit added</source>
        <translation>تمت إضافة حزمة الهوية البصرية</translation>
    </message>
    <message>
        <source>Delete the brand kit “%1”? Its files stay in the library, without a kit.</source>
        <translation>هل تريد حذف حزمة الهوية البصرية «%1»؟ تبقى ملفاتها في المكتبة بلا حزمة.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns use it and will have no kit.</source>
        <translation>
            <numerusform>لا تستخدمها أي حملة.</numerusform>
            <numerusform>تستخدمها حملة واحدة وستبقى بلا حزمة.</numerusform>
            <numerusform>تستخدمها حملتان وستبقيان بلا حزمة.</numerusform>
            <numerusform>تستخدمها %n حملات وستبقى بلا حزمة.</numerusform>
            <numerusform>تستخدمها %n حملةً وستبقى بلا حزمة.</numerusform>
            <numerusform>تستخدمها %n حملة وستبقى بلا حزمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete brand kit</source>
        <translation>حذف حزمة الهوية البصرية</translation>
    </message>
    <message>
        <source>Brand kit deleted</source>
        <translation>تم حذف حزمة الهوية البصرية</translation>
    </message>
    <message>
        <source>Save the brand sheet</source>
        <translation>حفظ ورقة الهوية</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>صور PNG ‏(*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written: %1</source>
        <translation>تعذّرت كتابة الصورة: %1</translation>
    </message>
    <message>
        <source>Brand sheet saved to %1</source>
        <translation>تم حفظ ورقة الهوية في %1</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>لم تُستورد بعض الملفات</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search by name, tag or alt text…</source>
        <translation>ابحث بالاسم أو الوسم أو النص البديل…</translation>
    </message>
    <message>
        <source>Search files</source>
        <translation>البحث في الملفات</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>التصفية حسب النوع</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Filter by brand kit</source>
        <translation>التصفية حسب حزمة الهوية البصرية</translation>
    </message>
    <message>
        <source>All kits</source>
        <translation>كل الحزم</translation>
    </message>
    <message>
        <source>Filter by format</source>
        <translation>التصفية حسب الصيغة</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>كل الصيغ</translation>
    </message>
    <message>
        <source>Files of the visual identity</source>
        <translation>ملفات الهوية البصرية</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>تصدير الملف…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>In no kit</source>
        <translation>خارج الحزم</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n posts. Delete it anyway? The posts will lose it.</source>
        <translation>
            <numerusform>لا يستخدم أي منشور الملف «%1».</numerusform>
            <numerusform>يستخدم منشور واحد الملف «%1». هل تريد حذفه رغم ذلك؟ سيفقده المنشور.</numerusform>
            <numerusform>يستخدم منشوران الملف «%1». هل تريد حذفه رغم ذلك؟ سيفقده المنشوران.</numerusform>
            <numerusform>تستخدم %n منشورات الملف «%1». هل تريد حذفه رغم ذلك؟ ستفقده هذه المنشورات.</numerusform>
            <numerusform>يستخدم %n منشورًا الملف «%1». هل تريد حذفه رغم ذلك؟ ستفقده هذه المنشورات.</numerusform>
            <numerusform>يستخدم %n منشور الملف «%1». هل تريد حذفه رغم ذلك؟ ستفقده هذه المنشورات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 are used by %n posts. Delete them anyway? The posts will lose them.</source>
        <translation>
            <numerusform>لا يستخدم أي منشور هذه الملفات (%1).</numerusform>
            <numerusform>يستخدم منشور واحد هذه الملفات (%1). هل تريد حذفها رغم ذلك؟ سيفقدها المنشور.</numerusform>
            <numerusform>يستخدم منشوران هذه الملفات (%1). هل تريد حذفها رغم ذلك؟ سيفقدها المنشوران.</numerusform>
            <numerusform>تستخدم %n منشورات هذه الملفات (%1). هل تريد حذفها رغم ذلك؟ ستفقدها هذه المنشورات.</numerusform>
            <numerusform>يستخدم %n منشورًا هذه الملفات (%1). هل تريد حذفها رغم ذلك؟ ستفقدها هذه المنشورات.</numerusform>
            <numerusform>يستخدم %n منشور هذه الملفات (%1). هل تريد حذفها رغم ذلك؟ ستفقدها هذه المنشورات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n files?</source>
        <translation>
            <numerusform>لا ملفات لحذفها.</numerusform>
            <numerusform>هل تريد حذف ملف واحد؟</numerusform>
            <numerusform>هل تريد حذف ملفين؟</numerusform>
            <numerusform>هل تريد حذف %n ملفات؟</numerusform>
            <numerusform>هل تريد حذف %n ملفًا؟</numerusform>
            <numerusform>هل تريد حذف %n ملف؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files deleted</source>
        <translation>
            <numerusform>لم يُحذف أي ملف</numerusform>
            <numerusform>حُذف ملف واحد</numerusform>
            <numerusform>حُذف ملفان</numerusform>
            <numerusform>حُذفت %n ملفات</numerusform>
            <numerusform>حُذف %n ملفًا</numerusform>
            <numerusform>حُذف %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>No files yet. Import the logos, templates, profile and cover pictures and fonts of your accounts with “Import files…”, or drop them here.</source>
        <translation>لا توجد ملفات بعد. استورد شعارات حساباتك وقوالبها وصور الحساب والغلاف والخطوط عبر «استيراد ملفات…»، أو أفلتها هنا.</translation>
    </message>
    <message>
        <source>No file matches the search. Clear the search box or choose other filters.</source>
        <translation>لا يوجد ملف يطابق البحث. امسح مربع البحث أو اختر تصفية أخرى.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>استيراد الملفات</translation>
    </message>
    <message>
        <source>Pictures, fonts and PDF templates (%1);;All files (*)</source>
        <translation>الصور والخطوط وقوالب PDF ‏(%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>لم تُستورد بعض الملفات</translation>
    </message>
    <message>
        <source>These files were refused; nothing of them was stored:</source>
        <translation>رُفضت هذه الملفات ولم يُحفظ منها شيء:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>تصدير الملف</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>تم التصدير إلى %1</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>هل تريد حذف «%1»؟</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>حذف الملفات</translation>
    </message>
</context>
</TS>
