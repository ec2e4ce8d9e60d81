<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../caseapp/gui/help.py" line="75" />
      <source>About CaseApp</source>
      <translation>CaseApp туралы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/help.py" line="91" />
      <source>&lt;h3&gt;CaseApp {version}&lt;/h3&gt;&lt;p&gt;Offline case tracking for groups that defend political detainees.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;&lt;p&gt;Your data folder (database, backups, settings):&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;/p&gt;</source>
      <translation>&lt;h3&gt;CaseApp {version}&lt;/h3&gt;&lt;p&gt;Саяси тұтқындарды қорғайтын топтарға арналған интернетсіз істер есебі.&lt;/p&gt;&lt;p&gt;GNU GPL 3-нұсқасы немесе одан кейінгі нұсқасы бойынша еркін бағдарлама.&lt;/p&gt;&lt;p&gt;Деректер қалтаңыз (дерекқор, сақтық көшірмелер, баптаулар):&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/help.py" line="100" />
      <source>&lt;p&gt;CaseApp carries these components, each under its own licence:&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;th&gt;Component&lt;/th&gt;&lt;th&gt;Licence&lt;/th&gt;&lt;th&gt;Where&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;&lt;p&gt;Qt and PySide6 are used as shared libraries under the LGPL version 3: you may replace them with your own build of the same version.&lt;/p&gt;</source>
      <translation>&lt;p&gt;CaseApp құрамында мына құрауыштар бар, әрқайсысы өз лицензиясымен:&lt;/p&gt;&lt;table cellpadding='3'&gt;&lt;tr&gt;&lt;th&gt;Құрауыш&lt;/th&gt;&lt;th&gt;Лицензия&lt;/th&gt;&lt;th&gt;Қайда&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;&lt;p&gt;Qt және PySide6 LGPL 3-нұсқасы бойынша ортақ кітапханалар ретінде қолданылады: оларды сол нұсқаның өз жинағыңызбен ауыстыра аласыз.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>ActionDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="51" />
      <source>Action details</source>
      <translation>Әрекет туралы мәлімет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="52" />
      <source>Mark as D&amp;one</source>
      <translation>&amp;Орындалды деп белгілеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="53" />
      <source>Set the status of this planned action to done</source>
      <translation>Жоспарланған әрекеттің мәртебесін «орындалған» деп қою</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="54" />
      <source>&amp;Edit Action…</source>
      <translation>Әрекетті ө&amp;ңдеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="67" />
      <source>Select an action in the list to see who it is for and how it went.</source>
      <translation>Кімге арналғанын және қалай өткенін көру үшін тізімнен әрекетті таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="72" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="73" />
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="74" />
      <source>Due</source>
      <translation>Мерзімі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="75" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="76" />
      <source>Follow up</source>
      <translation>Қайта тексеру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="77" />
      <source>Responsible</source>
      <translation>Жауапты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="78" />
      <source>Outcome</source>
      <translation>Нәтижесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="82" />
      <source>For</source>
      <translation>Кімге</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="83" />
      <source>Cases</source>
      <translation>Істер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="84" />
      <source>Notes</source>
      <translation>Ескертпелер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="85" />
      <source>Reply</source>
      <translation>Жауап</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="86" />
      <source>Letter sent</source>
      <translation>Жіберілген хат</translation>
    </message>
    <message>
      <source>Mark Action Done</source>
      <translation type="vanished">Әрекетті орындалды деп белгілеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/detail_pane.py" line="100" />
      <source>Marked as done.</source>
      <translation>Орындалды деп белгіленді.</translation>
    </message>
  </context>
  <context>
    <name>ActionDialog</name>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="48" />
      <source>New Campaign Action</source>
      <translation>Жаңа науқан әрекеті</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="50" />
      <source>Edit Campaign Action</source>
      <translation>Науқан әрекетін өңдеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="62" />
      <source>e.g. Letter to the prosecutor general</source>
      <translation>мыс. Бас прокурорға хат</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="65" />
      <source>When it must be done; planned actions past this date are shown as overdue</source>
      <translation>Қашан орындалуы керек; осы күннен өткен жоспарланған әрекеттер мерзімі өткен болып көрсетіледі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="70" />
      <source>When to check for a reply or write again</source>
      <translation>Жауапты қашан тексеру немесе қайта жазу керек</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="72" />
      <source>What the addressee answered</source>
      <translation>Адресат не деп жауап берді</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="76" />
      <source>Linked persons</source>
      <translation>Байланысты адамдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="77" />
      <source>Type a name to link a person</source>
      <translation>Адамды байланыстыру үшін атын теріңіз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="79" />
      <source>Linked cases</source>
      <translation>Байланысты істер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="80" />
      <source>Type a case number or title to link a case</source>
      <translation>Істі байланыстыру үшін оның нөмірін немесе атауын теріңіз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="85" />
      <source>&amp;Kind:</source>
      <translation>&amp;Түрі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="85" />
      <source>&amp;Title:</source>
      <translation>&amp;Атауы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="86" />
      <source>&amp;Date:</source>
      <translation>&amp;Күні:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="86" />
      <source>D&amp;ue:</source>
      <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="87" />
      <source>&amp;Status:</source>
      <translation>Мә&amp;ртебесі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="88" />
      <source>&amp;Outcome:</source>
      <translation>&amp;Нәтижесі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="89" />
      <source>&amp;Follow up:</source>
      <translation>&amp;Қайта тексеру:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="90" />
      <source>Rep&amp;ly:</source>
      <translation>&amp;Жауап:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="91" />
      <source>&amp;Responsible:</source>
      <translation>&amp;Жауапты:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="92" />
      <source>&amp;Notes:</source>
      <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="93" />
      <source>&amp;Persons:</source>
      <translation>Адам&amp;дар:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="94" />
      <source>&amp;Cases:</source>
      <translation>&amp;Істер:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/edit_dialog.py" line="126" />
      <source>Give the action a title</source>
      <translation>Әрекеттің атауын жазыңыз</translation>
    </message>
    <message>
      <source>Edit Action</source>
      <translation type="vanished">Әрекетті өңдеу</translation>
    </message>
  </context>
  <context>
    <name>ActionListView</name>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="38" />
      <source>Search titles and the persons actions are for…</source>
      <extracomment>Initial widths of the text columns in average characters; the last column stretches.</extracomment>
      <translation>Атаулардан және әрекеттер арналған адамдардан іздеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="39" />
      <source>Search actions</source>
      <translation>Әрекеттерді іздеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="39" />
      <source>Campaign actions</source>
      <translation>Науқан әрекеттері</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="40" />
      <source>Number of actions listed</source>
      <translation>Тізімдегі әрекеттер саны</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="46" />
      <source>All statuses</source>
      <translation>Барлық мәртебелер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="47" />
      <source>Show actions with status</source>
      <translation>Осы мәртебедегі әрекеттерді көрсету</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="48" />
      <source>All kinds</source>
      <translation>Барлық түрлер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="49" />
      <source>Show actions of kind</source>
      <translation>Осы түрдегі әрекеттерді көрсету</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="50" />
      <source>From</source>
      <translation>Қашаннан</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="51" />
      <source>Actions on or after this date</source>
      <translation>Осы күні немесе одан кейінгі әрекеттер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="52" />
      <source>Until</source>
      <translation>Қашанға дейін</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="53" />
      <source>Actions on or before this date</source>
      <translation>Осы күні немесе одан бұрынғы әрекеттер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="54" />
      <source>D&amp;ue or overdue</source>
      <translation>&amp;Мерзімі жеткен не өткен</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/list_view.py" line="55" />
      <source>Only planned actions whose due date is today or past</source>
      <translation>Мерзімі бүгін болатын немесе өтіп кеткен жоспарланған әрекеттер ғана</translation>
    </message>
  </context>
  <context>
    <name>ActionTableModel</name>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="61" />
      <source>Date</source>
      <extracomment>Tables whose changes can alter which actions are listed or what a row shows. The columns the core can sort by, with its sort key.</extracomment>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="61" />
      <source>Action</source>
      <translation>Әрекет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="61" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="61" />
      <source>For</source>
      <translation>Кімге</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="62" />
      <source>Due</source>
      <translation>Мерзімі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="62" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="62" />
      <source>Responsible</source>
      <translation>Жауапты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/table_model.py" line="87" />
      <source>{date} (overdue)</source>
      <translation>{date} (мерзімі өтті)</translation>
    </message>
  </context>
  <context>
    <name>ActionsPage</name>
    <message>
      <location filename="../../caseapp/gui/actions/page.py" line="27" />
      <source>&amp;New Action…</source>
      <translation>&amp;Жаңа әрекет…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/page.py" line="27" />
      <source>Log a letter, petition, picket or appeal (Ctrl+N)</source>
      <translation>Хат, петиция, пикет не өтінішті тіркеу (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/page.py" line="32" />
      <location filename="../../caseapp/gui/pages.py" line="49" />
      <source>Actions</source>
      <translation>Әрекеттер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/page.py" line="42" />
      <source>the action</source>
      <translation>әрекет</translation>
    </message>
  </context>
  <context>
    <name>AddresseeBookDialog</name>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="85" />
      <source>Addressee Book</source>
      <translation>Адрестер кітабы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="87" />
      <source>Addressees</source>
      <translation>Адресаттар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="89" />
      <source>&amp;Add…</source>
      <translation>&amp;Қосу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="90" />
      <source>&amp;Edit…</source>
      <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="91" />
      <source>&amp;Remove</source>
      <translation>&amp;Жою</translation>
    </message>
  </context>
  <context>
    <name>AddresseeDialog</name>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="40" />
      <source>New Addressee</source>
      <translation>Жаңа адресат</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="41" />
      <source>Edit Addressee</source>
      <translation>Адресатты өзгерту</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="45" />
      <source>&amp;Name:</source>
      <translation>&amp;Аты:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="47" />
      <source>&amp;Title:</source>
      <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="50" />
      <source>&amp;Postal address:</source>
      <translation>&amp;Пошта мекенжайы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="52" />
      <source>&amp;E-mail:</source>
      <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="55" />
      <source>&amp;Language:</source>
      <translation>&amp;Тіл:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="57" />
      <source>&amp;Salutation:</source>
      <translation>&amp;Қаратпа сөз:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="58" />
      <source>e.g. Ambassador</source>
      <translation>мысалы, Елші</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/addressee_book.py" line="59" />
      <source>e.g. Your Excellency,</source>
      <translation>мысалы, Құрметті Елші мырза!</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../caseapp/gui/app.py" line="147" />
      <source>Creating the demo database…</source>
      <extracomment>What exchange bundles are called (caseapp bundle export, the desktop files' MIME type).</extracomment>
      <translation>Демо дерекқор жасалуда…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/app.py" line="148" />
      <source>Demo database ready: every person in it is fictional.</source>
      <translation>Демо дерекқор дайын: ондағы барлық адамдар ойдан шығарылған.</translation>
    </message>
  </context>
  <context>
    <name>ArticleLabels</name>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="21" />
      <source>Create new person</source>
      <extracomment>Decision values as PersonProposal.decision stores them.</extracomment>
      <translation>Жаңа адам жасау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="22" />
      <source>Link to existing person</source>
      <translation>Бар адаммен байланыстыру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="23" />
      <source>Reject</source>
      <translation>Қабылдамау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="26" />
      <source>detainee</source>
      <translation>ұсталған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="27" />
      <source>lawyer</source>
      <translation>адвокат</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="28" />
      <source>relative</source>
      <translation>туысы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="29" />
      <source>activist</source>
      <translation>белсенді</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="30" />
      <source>judge</source>
      <translation>судья</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="31" />
      <source>official</source>
      <translation>лауазымды тұлға</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="32" />
      <source>journalist</source>
      <translation>журналист</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="33" />
      <source>other</source>
      <translation>басқа</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="36" />
      <source>detention</source>
      <translation>ұстау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="37" />
      <source>charge</source>
      <translation>айып тағу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="38" />
      <source>hearing</source>
      <translation>сот отырысы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="39" />
      <source>sentence</source>
      <translation>үкім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="40" />
      <source>release</source>
      <translation>босату</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="41" />
      <source>protest</source>
      <translation>наразылық</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="42" />
      <source>statement</source>
      <translation>мәлімдеме</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="43" />
      <source>other event</source>
      <translation>басқа оқиға</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="47" />
      <source>a detention of this kind</source>
      <extracomment>What the import makes of an event (core.article_events.planned_record).</extracomment>
      <translation>осы түрдегі қамау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="49" />
      <source>a hearing</source>
      <translation>сот отырысы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="53" />
      <source>an event reported by the source</source>
      <translation>дереккөз хабарлаған оқиға</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="57" />
      <source>not custody</source>
      <extracomment>Custody kinds of an event (Event.detention_kind); "" is none.</extracomment>
      <translation>қамау емес</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="58" />
      <source>police detention (hours)</source>
      <translation>полицияның ұстауы (сағат)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="59" />
      <source>administrative arrest (days)</source>
      <translation>әкімшілік қамау (тәулік)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="60" />
      <source>pre-trial detention</source>
      <translation>тергеу изоляторында қамау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="61" />
      <source>house arrest</source>
      <translation>үйқамақ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="65" />
      <source>none</source>
      <extracomment>Changes of an existing sentence (Event.sentence_change); "" is none.</extracomment>
      <translation>жоқ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="66" />
      <source>parole</source>
      <translation>шартты түрде мерзімінен бұрын босату</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="67" />
      <source>pardon</source>
      <translation>кешірім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="68" />
      <source>commuted sentence</source>
      <translation>жазаны жеңілдету</translation>
    </message>
    <message>
      <source>a detention</source>
      <extracomment>What each event kind becomes in the database when the import is applied.</extracomment>
      <translation type="vanished">ұстау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="48" />
      <source>a case and a charge</source>
      <translation>іс және айып</translation>
    </message>
    <message>
      <source>a hearing (when the day is known)</source>
      <translation type="vanished">сот отырысы (күні белгілі болса)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="50" />
      <source>a sentence</source>
      <translation>үкім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="51" />
      <source>a change to the stored sentence</source>
      <translation>сақталған үкімнің өзгерісі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="52" />
      <source>the end of an open detention</source>
      <translation>жалғасып жатқан ұстаудың аяқталуы</translation>
    </message>
    <message>
      <source>a campaign action (picket)</source>
      <translation type="vanished">науқан әрекеті (пикет)</translation>
    </message>
    <message>
      <source>a campaign action (statement)</source>
      <translation type="vanished">науқан әрекеті (мәлімдеме)</translation>
    </message>
    <message>
      <source>a campaign action</source>
      <translation type="vanished">науқан әрекеті</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="71" />
      <source>same name</source>
      <translation>есімі бірдей</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="72" />
      <source>same name in another script</source>
      <translation>басқа әліпбидегі бірдей есім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="73" />
      <source>similar spelling</source>
      <translation>жазылуы ұқсас</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="76" />
      <source>day</source>
      <translation>күн</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="77" />
      <source>month</source>
      <translation>ай</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="78" />
      <source>year</source>
      <translation>жыл</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="83" />
      <source>city</source>
      <extracomment>Kinds the gazetteer and organisation finder give in English; others are words of the article's own language ("көше", "район") and are shown as written.</extracomment>
      <translation>қала</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="84" />
      <source>country</source>
      <translation>ел</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="85" />
      <source>region</source>
      <translation>өңір</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="86" />
      <source>place</source>
      <translation>орын</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="87" />
      <source>street</source>
      <translation>көше</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="88" />
      <source>court</source>
      <translation>сот</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="89" />
      <source>club</source>
      <translation>клуб</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="90" />
      <source>known organisation</source>
      <translation>белгілі ұйым</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="91" />
      <source>organisation</source>
      <translation>ұйым</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="94" />
      <source>Detect automatically</source>
      <translation>Автоматты түрде анықтау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="95" />
      <source>Kazakh</source>
      <translation>Қазақша</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="96" />
      <source>Russian</source>
      <translation>Орысша</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/labels.py" line="97" />
      <source>English</source>
      <translation>Ағылшынша</translation>
    </message>
  </context>
  <context>
    <name>ArticlePicker</name>
    <message>
      <location filename="../../caseapp/gui/common/article_picker.py" line="67" />
      <source>Article number or words of its title</source>
      <translation>Бап нөмірі немесе атауындағы сөздер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/article_picker.py" line="84" />
      <source>Choose “{text}” from the list of matching articles</source>
      <translation>«{text}» үшін сәйкес баптар тізімінен таңдаңыз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/article_picker.py" line="133" />
      <source>Matching articles</source>
      <translation>Сәйкес баптар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/article_picker.py" line="46" />
      <source>Adm. {article}</source>
      <translation>ӘҚБтК {article}</translation>
    </message>
    <message>
      <source>No article in the list matches “{text}”</source>
      <translation type="vanished">Тізімде «{text}» сұрауына сәйкес бап жоқ</translation>
    </message>
  </context>
  <context>
    <name>ArticleSummary</name>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="112" />
      <source>As written</source>
      <extracomment>Any column: the row's spans (start, end) in the article text.</extracomment>
      <translation>Мәтіндегідей</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="113" />
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="114" />
      <source>Precision</source>
      <translation>Дәлдігі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="122" />
      <source>{date} (counted from the publication date)</source>
      <translation>{date} (жарияланған күннен есептелді)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="130" />
      <source>Name</source>
      <translation>Аты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="131" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/summary_model.py" line="132" />
      <source>Mentions</source>
      <translation>Аталуы</translation>
    </message>
    <message>
      <source>Event</source>
      <translation type="vanished">Оқиға</translation>
    </message>
    <message>
      <source>Place</source>
      <translation type="vanished">Орны</translation>
    </message>
    <message>
      <source>Persons</source>
      <translation type="vanished">Адамдар</translation>
    </message>
    <message>
      <source>Details</source>
      <translation type="vanished">Толығырақ</translation>
    </message>
    <message>
      <source>Will be stored as</source>
      <translation type="vanished">Сақталатын түрі</translation>
    </message>
    <message>
      <source>term: {term}</source>
      <translation type="vanished">мерзімі: {term}</translation>
    </message>
    <message>
      <source>article {number}</source>
      <translation type="vanished">{number}-бап</translation>
    </message>
  </context>
  <context>
    <name>ArticleView</name>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="120" />
      <source>Person</source>
      <extracomment>Drawing order: later layers paint over earlier ones where spans overlap. (background, text colour) per kind; dark text on light colours reads in any theme.</extracomment>
      <translation>Адам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="121" />
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="122" />
      <source>Place</source>
      <translation>Орны</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="123" />
      <source>Organisation</source>
      <translation>Ұйым</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="124" />
      <source>Event sentence</source>
      <translation>Оқиға сөйлемі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="125" />
      <source>Selected</source>
      <translation>Таңдалған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/article_view.py" line="141" />
      <source>Highlight colours</source>
      <translation>Бөлектеу түстері</translation>
    </message>
  </context>
  <context>
    <name>AskPassphraseDialog</name>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="38" />
      <source>Encrypted Database</source>
      <translation>Шифрланған дерекқор</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="39" />
      <source>{name} is encrypted. Type its passphrase to open it.</source>
      <translation>{name} шифрланған. Оны ашу үшін құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="44" />
      <source>Passphrase</source>
      <translation>Құпия сөз</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="47" />
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="50" />
      <source>Backups</source>
      <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="61" />
      <source>&amp;Back Up Now</source>
      <translation>&amp;Сақтық көшірме жасау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="63" />
      <source>&amp;Restore…</source>
      <translation>&amp;Қалпына келтіру…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="65" />
      <source>Replace With &amp;Fresh Backup…</source>
      <translation>Жаңа &amp;көшірмемен ауыстыру…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="79" />
      <source>Backups of {name}, newest first, in {folder}. caseapp makes one each day the file is opened and keeps the newest {count}.</source>
      <translation>{name} сақтық көшірмелері, ең жаңасы басында, {folder} бумасында. caseapp файл ашылған әр күні бір көшірме жасайды және ең соңғы {count} көшірмені сақтайды.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="125" />
      <source>The backup of {date} is damaged or cannot be read with this file's passphrase; it cannot be restored. Choose another.</source>
      <translation>{date} көшірмесі бүлінген немесе осы файлдың құпия сөзімен оқылмайды; оны қалпына келтіру мүмкін емес. Басқасын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="133" />
      <source>Restore Backup</source>
      <translation>Көшірмеден қалпына келтіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="134" />
      <source>Replace {name} with the backup of {date}?</source>
      <translation>{name} файлын {date} көшірмесімен ауыстыру керек пе?</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="136" />
      <source>The file as it is now is backed up first, so you can go back to it. Changes made after {date} are then only in that backup.</source>
      <translation>Алдымен файлдың қазіргі күйінің сақтық көшірмесі жасалады, сондықтан оған қайта оралуға болады. {date} уақытынан кейін енгізілген өзгерістер тек сол көшірмеде қалады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="139" />
      <source>Restore</source>
      <translation>Қалпына келтіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="150" />
      <source>Replace With Fresh Backup</source>
      <translation>Жаңа көшірмемен ауыстыру</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="151" />
      <source>Make a fresh backup and delete the %n older one(s)?</source>
      <translation>
        <numerusform>Жаңа көшірме жасап, %n ескі көшірмені жою керек пе?</numerusform>
        <numerusform>Жаңа көшірме жасап, %n ескі көшірмені жою керек пе?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="152" />
      <source>Do this after deleting records for good, or after encrypting the file: older backups still hold the deleted records, or the data unencrypted. Deleted backups cannot be restored.</source>
      <translation>Мұны жазбаларды біржола жойғаннан кейін немесе файлды шифрлағаннан кейін жасаңыз: ескі көшірмелерде жойылған жазбалар немесе шифрланбаған деректер әлі бар. Жойылған көшірмелерді қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="155" />
      <source>Replace Backups</source>
      <translation>Көшірмелерді ауыстыру</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/backups_dialog.py" line="160" />
      <source>Replaced %n older backup(s) with one fresh backup.</source>
      <translation>
        <numerusform>%n ескі сақтық көшірме бір жаңа көшірмемен ауыстырылды.</numerusform>
        <numerusform>%n ескі сақтық көшірме бір жаңа көшірмемен ауыстырылды.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BackupsModel</name>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="54" />
      <source>Made</source>
      <translation>Жасалған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="54" />
      <source>Size</source>
      <translation>Көлемі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="54" />
      <source>Persons</source>
      <translation>Адамдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="54" />
      <source>Encryption</source>
      <translation>Шифрлау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="55" />
      <source>Check</source>
      <translation>Тексеру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="82" />
      <source>Encrypted</source>
      <translation>Шифрланған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="82" />
      <source>Plain</source>
      <translation>Шифрланбаған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="83" />
      <source>Sound</source>
      <translation>Бүтін</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/backups_model.py" line="83" />
      <source>Damaged or unreadable</source>
      <translation>Бүлінген немесе оқылмайды</translation>
    </message>
  </context>
  <context>
    <name>BaseDialog</name>
    <message>
      <location filename="../../caseapp/gui/common/forms.py" line="186" />
      <source>Saved: {step}. Undo reverts it.</source>
      <translation>Сақталды: {step}. «Болдырмау» бұрынғы күйге қайтарады.</translation>
    </message>
  </context>
  <context>
    <name>BriefScope</name>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="28" />
      <source>With the &amp;tag</source>
      <translation>&amp;Тегі бар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="30" />
      <source>Tag</source>
      <translation>Тег</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="31" />
      <source>With the s&amp;tatus</source>
      <translation>&amp;Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="34" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="36" />
      <source>Selected in the window (%n person(s))</source>
      <translation>
        <numerusform>Терезеде таңдалғандар (%n адам)</numerusform>
        <numerusform>Терезеде таңдалғандар (%n адам)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/brief_scope.py" line="65" />
      <source>With the &amp;tag (no tags yet)</source>
      <translation>&amp;Тегі бар (әзірге тег жоқ)</translation>
    </message>
  </context>
  <context>
    <name>BundleExchange</name>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="39" />
      <source>Export Bundle</source>
      <translation>Пакетті экспорттау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="40" />
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="76" />
      <source>caseapp bundles ({pattern})</source>
      <translation>caseapp пакеттері ({pattern})</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="52" />
      <source>Wrote {count} records to {path}</source>
      <translation>{path} файлына {count} жазба жазылды</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="57" />
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="62" />
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="68" />
      <source>Bundle Passphrase</source>
      <translation>Пакеттің құпия сөз тіркесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="58" />
      <source>This database is encrypted, so the bundle is too. Passphrase for the bundle (tell it to your colleague another way):</source>
      <translation>Бұл дерекқор шифрланған, сондықтан пакет те шифрланады. Пакеттің құпия сөз тіркесі (әріптесіңізге басқа жолмен айтыңыз):</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="63" />
      <source>The same passphrase again:</source>
      <translation>Сол құпия сөз тіркесі тағы бір рет:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="69" />
      <source>The two passphrases differ; nothing was written.</source>
      <translation>Екі құпия сөз тіркесі әртүрлі; ештеңе жазылмады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="75" />
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="98" />
      <source>Import Bundle</source>
      <translation>Пакетті импорттау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="93" />
      <source>{name}: {created} new, {updated} changed, {unchanged} unchanged, {conflicts} changed on both sides, {skipped} skipped. Import it? Undo takes it back.</source>
      <translation>{name}: жаңа {created}, өзгерген {updated}, өзгеріссіз {unchanged}, екі жақта өзгерген {conflicts}, өткізілген {skipped}. Импорттау керек пе? Болдырмау оны қайтарады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/bundle_actions.py" line="106" />
      <source>Imported the bundle: {created} new, {updated} changed</source>
      <translation>Пакет импортталды: жаңа {created}, өзгерген {updated}</translation>
    </message>
  </context>
  <context>
    <name>CandidateCard</name>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="53" />
      <source>born {date}</source>
      <translation>туған күні: {date}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="55" />
      <source>match {score} of 100: {reason}</source>
      <translation>сәйкестік 100-ден {score}: {reason}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="65" />
      <source>No other names recorded</source>
      <translation>Басқа аты жазылмаған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="67" />
      <source>Also known as:</source>
      <translation>Басқа аттары:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="72" />
      <source>No cases recorded</source>
      <translation>Істер жазылмаған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="75" />
      <source>Cases:</source>
      <translation>Істер:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="80" />
      <source>Art. {article}</source>
      <translation>{article}-бап</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="84" />
      <source>(no number)</source>
      <translation>(нөмірсіз)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="91" />
      <source>{facility}, since {start}</source>
      <translation>{facility}, {start} бастап</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="95" />
      <source>{facility}, {start} – {end}</source>
      <translation>{facility}, {start} – {end}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_details.py" line="98" />
      <source>Last detention:</source>
      <translation>Соңғы ұстау:</translation>
    </message>
  </context>
  <context>
    <name>CandidatePanel</name>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="51" />
      <source>&amp;Link to This Person</source>
      <extracomment>the row's link was proposed and waits for a check</extracomment>
      <translation>Осы адаммен &amp;байланыстыру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="52" />
      <source>Create &amp;New</source>
      <translation>&amp;Жаңасын жасау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="53" />
      <source>&amp;Reject</source>
      <translation>&amp;Қабылдамау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="60" />
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="103" />
      <source>Who is this in the database?</source>
      <translation>Дерекқорда бұл кім?</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="61" />
      <source>Possible matches</source>
      <translation>Ықтимал сәйкестіктер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="63" />
      <source>Possible matches in the database</source>
      <translation>Дерекқордағы ықтимал сәйкестіктер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="75" />
      <source>Details of the selected match</source>
      <translation>Таңдалған сәйкестік туралы мәлімет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="78" />
      <source>Add this spelling to the selected record</source>
      <translation>Бұл жазылуды таңдалған жазбаға қосу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="80" />
      <source>Create a new person with this name</source>
      <translation>Осы атпен жаңа адам жасау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="82" />
      <source>Do not import this name</source>
      <translation>Бұл атты импорттамау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="102" />
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="120" />
      <source>Who is “{name}” in the database?</source>
      <translation>Дерекқорда «{name}» кім?</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="115" />
      <source>Select a person on the left.</source>
      <translation>Сол жақтан адамды таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="116" />
      <source>Nobody in the database has a similar name: this person will be created new unless you reject the name.</source>
      <translation>Дерекқорда ұқсас аты бар ешкім жоқ: атты қабылдамасаңыз, бұл адам жаңадан жасалады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidate_panel.py" line="158" />
      <source>Reading…</source>
      <translation>Оқылуда…</translation>
    </message>
  </context>
  <context>
    <name>CandidatesModel</name>
    <message>
      <location filename="../../caseapp/gui/articles/candidates_model.py" line="53" />
      <source>Person</source>
      <extracomment>Any column: the candidate's uid.</extracomment>
      <translation>Адам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidates_model.py" line="53" />
      <source>Score</source>
      <translation>Ұпай</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidates_model.py" line="53" />
      <source>Why</source>
      <translation>Себебі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/candidates_model.py" line="70" />
      <source>The person is linked to this record</source>
      <translation>Адам осы жазбаға байланыстырылады</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/cases/detail_pane.py" line="31" />
      <source>Case details</source>
      <translation>Іс туралы мәлімет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_pane.py" line="43" />
      <source>Select a case in the list to see its parties, charges, PACE criteria and hearings here.</source>
      <translation>Қатысушыларын, айыптарын, ЕКПА критерийлерін және сот отырыстарын осы жерден көру үшін тізімнен істі таңдаңыз.</translation>
    </message>
  </context>
  <context>
    <name>CaseDialog</name>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="85" />
      <source>New Case</source>
      <extracomment>Fields named in Invalid errors → the section (tab) that shows them. Jurisdictions whose codes ship; a case in another one searches all of them.</extracomment>
      <translation>Жаңа іс</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="85" />
      <source>Edit Case</source>
      <translation>Істі өңдеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="94" />
      <source>Case &amp;number:</source>
      <translation>Іс &amp;нөмірі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="95" />
      <source>&amp;Title:</source>
      <translation>&amp;Атауы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="96" />
      <source>e.g. Protest in Zhanaozen</source>
      <translation>мыс. Жаңаөзендегі наразылық</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="97" />
      <source>&amp;Jurisdiction:</source>
      <translation>&amp;Юрисдикция:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="99" />
      <source>&amp;Opened:</source>
      <translation>&amp;Қозғалған күні:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="100" />
      <source>&amp;Status:</source>
      <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="104" />
      <source>Parties, charges and more</source>
      <translation>Қатысушылар, айыптар және басқалар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="105" />
      <source>Person</source>
      <translation>Адам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="105" />
      <source>Role</source>
      <translation>Рөлі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="106" />
      <source>&amp;Add Party</source>
      <translation>Қатысушы қо&amp;су</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="106" />
      <source>parties</source>
      <translation>қатысушылар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="108" />
      <source>&amp;Parties</source>
      <translation>Қатысушы&amp;лар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="110" />
      <source>Defendant</source>
      <translation>Айыпталушы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="110" />
      <source>Article</source>
      <translation>Бап</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="110" />
      <source>Part</source>
      <translation>Бөлік</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="110" />
      <source>Wording</source>
      <translation>Тұжырымы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="111" />
      <source>Add &amp;Charge</source>
      <translation>Айып қ&amp;осу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="111" />
      <source>charges</source>
      <translation>айыптар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="113" />
      <source>C&amp;harges</source>
      <translation>Айыпта&amp;р</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="114" />
      <source>PACE &amp;1900</source>
      <translation>ЕКПА &amp;1900</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="117" />
      <source>Notes</source>
      <translation>Ескертпелер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="118" />
      <source>Not&amp;es</source>
      <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="120" />
      <source>Ta&amp;gs</source>
      <translation>&amp;Тегтер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="133" />
      <source>Why these criteria are met, with sources</source>
      <translation>Бұл критерийлердің неге орындалатыны, дереккөздерімен</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="134" />
      <source>Note on the PACE criteria</source>
      <translation>ЕКПА критерийлері туралы ескертпе</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="217" />
      <source>Give the case number or a title</source>
      <translation>Іс нөмірін немесе атауын жазыңыз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="223" />
      <source>Party {number}: {reason}</source>
      <translation>{number}-қатысушы: {reason}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="224" />
      <source>Charge {number}: {reason}</source>
      <translation>{number}-айып: {reason}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/edit_dialog.py" line="245" />
      <source>Charge {number}: the defendant is no longer a party</source>
      <translation>{number}-айып: айыпталушы енді іске қатысушы емес</translation>
    </message>
  </context>
  <context>
    <name>CaseListView</name>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="32" />
      <source>Search case numbers, titles, defendants…</source>
      <extracomment>Initial column widths in average character widths (besides the padding); the last column stretches.</extracomment>
      <translation>Іс нөмірлері, атаулары, айыпталушылар бойынша іздеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="33" />
      <source>Find cases as you type (Ctrl+F)</source>
      <translation>Теру барысында істерді іздеу (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="34" />
      <source>Search cases</source>
      <translation>Істерді іздеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="34" />
      <source>Cases</source>
      <translation>Істер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="35" />
      <source>Number of cases listed</source>
      <translation>Тізімдегі істер саны</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="73" />
      <source>Show cases with status</source>
      <translation>Осы мәртебедегі істерді көрсету</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/list_view.py" line="74" />
      <source>All statuses</source>
      <translation>Барлық мәртебелер</translation>
    </message>
  </context>
  <context>
    <name>CaseRenderer</name>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="42" />
      <source>(no number)</source>
      <translation>(нөмірсіз)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="47" />
      <source>opened {date}</source>
      <translation>қозғалған күні: {date}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="56" />
      <source>Parties</source>
      <translation>Қатысушылар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="60" />
      <source>Charges</source>
      <translation>Айыптар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="63" />
      <source>Art. {article}</source>
      <translation>{article}-бап</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="76" />
      <source>No criterion marked</source>
      <translation>Бірде-бір критерий белгіленбеген</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/detail_html.py" line="78" />
      <source>PACE Resolution 1900 criteria met</source>
      <translation>ЕКПА-ның 1900 қарарының орындалған критерийлері</translation>
    </message>
  </context>
  <context>
    <name>CaseRows</name>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="82" />
      <source>as worded in the indictment</source>
      <translation>айыптау актісіндегідей</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="92" />
      <source>(choose)</source>
      <translation>(таңдаңыз)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="97" />
      <source>{name} (not a party)</source>
      <translation>{name} (қатысушы емес)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="121" />
      <source>Choose who is charged</source>
      <translation>Кімге айып тағылғанын таңдаңыз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/rows.py" line="125" />
      <source>Choose the article of the code</source>
      <translation>Кодекстің бабын таңдаңыз</translation>
    </message>
  </context>
  <context>
    <name>CaseTableModel</name>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="59" />
      <source>Number</source>
      <extracomment>Tables whose changes can alter which cases are listed or what a row shows. The columns the core can sort by (core/cases.py ``ids(sort=…)``).</extracomment>
      <translation>Нөмірі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="59" />
      <source>Title</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="59" />
      <source>Defendants</source>
      <translation>Айыпталушылар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="59" />
      <source>Articles</source>
      <translation>Баптар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="60" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/table_model.py" line="60" />
      <source>Opened</source>
      <translation>Қозғалған</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="37" />
      <source>&amp;New Case…</source>
      <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="38" />
      <source>Enter a new case (Ctrl+N)</source>
      <translation>Жаңа істі енгізу (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="40" />
      <source>E&amp;dit…</source>
      <translation>Ө&amp;ңдеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="41" />
      <source>Edit the selected case, its parties and charges (Enter)</source>
      <translation>Таңдалған істі, оның қатысушылары мен айыптарын өңдеу (Enter)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="45" />
      <source>Write &amp;Letter…</source>
      <translation>&amp;Хат жазу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="46" />
      <source>An Urgent Action letter about the selected case's defendant</source>
      <translation>Таңдалған істегі айыпталушы туралы шұғыл хат</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="62" />
      <location filename="../../caseapp/gui/pages.py" line="47" />
      <source>Cases</source>
      <translation>Істер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="76" />
      <source>The case has no defendant to write about.</source>
      <translation>Істе хат жазатын айыпталушы жоқ.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="94" />
      <source>case “{case}”</source>
      <translation>«{case}» ісі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="94" />
      <source>the case</source>
      <translation>іс</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/cases/page.py" line="99" />
      <source>Saved case “{case}”.</source>
      <translation>«{case}» ісі сақталды.</translation>
    </message>
  </context>
  <context>
    <name>CitationDialog</name>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="62" />
      <source>That record is gone</source>
      <extracomment>Record kinds a citation can be made for from this dialog: table → finder.</extracomment>
      <translation>Бұл жазба енді жоқ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="77" />
      <source>New Citation</source>
      <translation>Жаңа дәйексөз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="93" />
      <source>The source has no stored text</source>
      <translation>Дереккөздің сақталған мәтіні жоқ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="99" />
      <source>Te&amp;xt:</source>
      <translation>&amp;Мәтін:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="100" />
      <source>&amp;Quote:</source>
      <translation>Дә&amp;йексөз:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="101" />
      <source>Position:</source>
      <translation>Орны:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="114" />
      <source>Type a title to find the source</source>
      <translation>Дереккөзді табу үшін атауын теріңіз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="118" />
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="120" />
      <source>&amp;Source:</source>
      <translation>&amp;Дереккөз:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="124" />
      <source>Person</source>
      <translation>Адам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="125" />
      <source>Case</source>
      <translation>Іс</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="127" />
      <source>Type a name or case number</source>
      <translation>Атын немесе іс нөмірін теріңіз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="135" />
      <source>&amp;For:</source>
      <translation>&amp;Кімге:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="136" />
      <source>Record &amp;kind:</source>
      <translation>Жазба &amp;түрі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="137" />
      <source>&amp;Record:</source>
      <translation>&amp;Жазба:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="175" />
      <source>select the passage in the text above</source>
      <translation>жоғарыдағы мәтіннен үзіндіні белгілеңіз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="177" />
      <source>the quote is not in the stored text</source>
      <translation>дәйексөз сақталған мәтінде жоқ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="179" />
      <source>characters {start}–{end}</source>
      <translation>{start}–{end} таңбалар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="186" />
      <source>Choose the source from the list</source>
      <translation>Дереккөзді тізімнен таңдаңыз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/citation_dialog.py" line="198" />
      <source>Choose the record from the list</source>
      <translation>Жазбаны тізімнен таңдаңыз</translation>
    </message>
  </context>
  <context>
    <name>CitationModel</name>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="77" />
      <source>Record</source>
      <translation>Жазба</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="77" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="77" />
      <source>Quote</source>
      <translation>Дәйексөз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="95" />
      <source>person</source>
      <translation>адам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="95" />
      <source>case</source>
      <translation>іс</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="96" />
      <source>hearing</source>
      <translation>сот отырысы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="96" />
      <source>detention</source>
      <translation>ұстау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="97" />
      <source>sentence</source>
      <translation>үкім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="97" />
      <source>action</source>
      <translation>әрекет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="98" />
      <source>charge</source>
      <translation>айып</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="98" />
      <source>facility</source>
      <translation>мекеме</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="49" />
      <source>Exchange Conflicts</source>
      <translation>Алмасу қайшылықтары</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="51" />
      <source>Conflicts</source>
      <translation>Қайшылықтар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="53" />
      <source>Keep &amp;Mine</source>
      <translation>&amp;Менікін қалдыру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="54" />
      <source>Take &amp;Theirs</source>
      <translation>&amp;Олардікін алу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="66" />
      <source>These fields were changed here and by a colleague since you last exchanged. Choose which value to keep; the choice reaches the colleague with your next bundle.</source>
      <translation>Бұл өрістер соңғы алмасудан бері мұнда да, әріптесте де өзгерді. Қай мәнді қалдыруды таңдаңыз; таңдау әріптеске келесі пакетіңізбен жетеді.</translation>
    </message>
  </context>
  <context>
    <name>ConflictsModel</name>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="32" />
      <source>Record</source>
      <translation>Жазба</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="32" />
      <source>Field</source>
      <translation>Өріс</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="32" />
      <source>Here (mine)</source>
      <translation>Мұнда (менікі)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/exchange/conflicts_dialog.py" line="33" />
      <source>In the bundle (theirs)</source>
      <translation>Пакетте (олардікі)</translation>
    </message>
  </context>
  <context>
    <name>CustodyFilter</name>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="28" />
      <source>Held now at facility</source>
      <translation>Қазір ұсталып отырған мекеме</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="30" />
      <source>Any facility</source>
      <translation>Кез келген мекеме</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="31" />
      <source>Detained from</source>
      <translation>Ұсталған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="32" />
      <source>Detained on or after this date</source>
      <translation>Осы күні немесе одан кейін ұсталғандар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="33" />
      <source>until</source>
      <translation>дейін</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/custody_filter.py" line="34" />
      <source>Detained on or before this date</source>
      <translation>Осы күні немесе одан бұрын ұсталғандар</translation>
    </message>
  </context>
  <context>
    <name>DamagedNotice</name>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="27" />
      <source>Damaged Database</source>
      <translation>Бүлінген дерекқор</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="29" />
      <source>{path} is damaged: SQLite's check found errors in it. It is open read-only; caseapp writes nothing to it.</source>
      <translation>{path} бүлінген: SQLite тексерісі онда қателер тапты. Ол тек оқу үшін ашылды; caseapp оған ештеңе жазбайды.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="34" />
      <source>&amp;Restore Latest Good Backup</source>
      <translation>Соңғы бүтін көшірмені &amp;қалпына келтіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="38" />
      <source>No sound backup of it was found. Copy the file somewhere safe before anything else; File ▸ Backups lists what there is.</source>
      <translation>Оның бүтін сақтық көшірмесі табылмады. Ең алдымен файлды қауіпсіз жерге көшіріп қойыңыз; бар көшірмелерді Файл ▸ Сақтық көшірмелер мәзірінен көруге болады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/damaged.py" line="40" />
      <source>Open &amp;Backups…</source>
      <translation>Сақтық &amp;көшірмелерді ашу…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/damaged.py" line="46" />
      <source>The latest good backup is from {date} and holds %n person(s). Restoring it replaces the damaged file, which is kept beside it as {name}.damaged-… in case a specialist can recover more.</source>
      <translation>
        <numerusform>Соңғы бүтін көшірме {date} жасалған, онда %n адам бар. Оны қалпына келтіру бүлінген файлды ауыстырады; маман көбірек қалпына келтіре алуы үшін бүлінген файл қасында {name}.damaged-… деген атпен сақталады.</numerusform>
        <numerusform>Соңғы бүтін көшірме {date} жасалған, онда %n адам бар. Оны қалпына келтіру бүлінген файлды ауыстырады; маман көбірек қалпына келтіре алуы үшін бүлінген файл қасында {name}.damaged-… деген атпен сақталады.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="42" />
      <source>Date</source>
      <extracomment>Called by this name so that lupdate collects the strings into the catalogs (it does not see through a helper such as ``_tr(text)``).</extracomment>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="44" />
      <source>Time</source>
      <translation>Уақыты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="45" />
      <source>Defendants</source>
      <translation>Айыпталушылар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="45" />
      <location filename="../../caseapp/gui/dashboard/items.py" line="105" />
      <source>Case</source>
      <translation>Іс</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="46" />
      <source>Court</source>
      <translation>Сот</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="56" />
      <source>{kind} hearing in {court}, case {case}</source>
      <translation>Сот отырысы ({kind}): {court}, іс {case}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="59" />
      <source>Judge: {judge}</source>
      <translation>Судья: {judge}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="64" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="64" />
      <location filename="../../caseapp/gui/dashboard/items.py" line="75" />
      <source>Persons</source>
      <translation>Адамдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="69" />
      <source>Show the persons with this status</source>
      <translation>Осы мәртебедегі адамдарды көрсету</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="74" />
      <location filename="../../caseapp/gui/dashboard/items.py" line="104" />
      <source>Due</source>
      <translation>Мерзімі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="74" />
      <source>Action</source>
      <translation>Әрекет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="75" />
      <source>Responsible</source>
      <translation>Жауапты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="84" />
      <source>{kind}, {status}</source>
      <translation>{kind}, {status}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="87" />
      <source>Overdue: {details}</source>
      <translation>Мерзімі өтті: {details}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="93" />
      <source>Expected release</source>
      <translation>Күтілетін босату</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="93" />
      <source>Days to go</source>
      <translation>Қалған күн</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="94" />
      <source>Person</source>
      <translation>Адам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="104" />
      <source>Deadline</source>
      <translation>Мерзім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="105" />
      <source>Who</source>
      <translation>Кім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="114" />
      <source>Rule: {article}</source>
      <translation>Норма: {article}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="115" />
      <source>the verdict's term</source>
      <translation>үкім бойынша мерзім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="117" />
      <source>This rule's figure was not checked against the code's text.</source>
      <translation>Бұл норманың саны кодекс мәтінімен салыстырылмаған.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/items.py" line="119" />
      <source>Right-click to mark it done or not applicable.</source>
      <translation>Орындалды немесе қолданылмайды деп белгілеу үшін оң жақпен басыңыз.</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="58" />
      <source>Procedural deadlines</source>
      <translation>Іс жүргізу мерзімдері</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="59" />
      <source>No procedural deadlines in the next 30 days.</source>
      <translation>Алдағы 30 күнде іс жүргізу мерзімдері жоқ.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="61" />
      <source>Hearings in the next 14 days</source>
      <translation>Алдағы 14 күндегі сот отырыстары</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="62" />
      <source>No hearings in the next 14 days.</source>
      <translation>Алдағы 14 күнде сот отырысы жоқ.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="63" />
      <source>Past hearings without an outcome</source>
      <translation>Нәтижесі жазылмаған өткен отырыстар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="64" />
      <source>Every past hearing has its outcome.</source>
      <translation>Өткен отырыстардың бәрінің нәтижесі жазылған.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="65" />
      <source>Actions due or overdue</source>
      <translation>Мерзімі жеткен не өткен әрекеттер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="66" />
      <source>No campaign actions are due this week.</source>
      <translation>Осы аптада мерзімі жететін науқан әрекеті жоқ.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="67" />
      <source>Persons by status</source>
      <translation>Мәртебесі бойынша адамдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="68" />
      <source>No persons yet.</source>
      <translation>Әзірге адамдар жоқ.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="69" />
      <source>Expected releases in the next 90 days</source>
      <translation>Алдағы 90 күнде күтілетін босатулар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="70" />
      <source>No releases expected in the next 90 days.</source>
      <translation>Алдағы 90 күнде босату күтілмейді.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="99" />
      <source>Mark &amp;Done</source>
      <translation>&amp;Орындалды деп белгілеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="101" />
      <source>Mark &amp;Not Applicable</source>
      <translation>&amp;Қолданылмайды деп белгілеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="124" />
      <source>&amp;Refresh</source>
      <translation>&amp;Жаңарту</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="125" />
      <source>Read the figures from the database again (F5)</source>
      <translation>Көрсеткіштерді дерекқордан қайта оқу (F5)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="142" />
      <location filename="../../caseapp/gui/pages.py" line="45" />
      <source>Dashboard</source>
      <extracomment>Navigator order; Ctrl+1 … Ctrl+7 follow it.</extracomment>
      <translation>Шолу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="164" />
      <source>Choose a list (Persons, Cases…) to add a record to it.</source>
      <translation>Жазба қосу үшін тізімді (Адамдар, Істер…) таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dashboard/page.py" line="178" />
      <source>Today, {date}</source>
      <translation>Бүгін, {date}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/dashboard/page.py" line="181" />
      <source>%n deprived of liberty</source>
      <translation>
        <numerusform>%n адам бас бостандығынан айырылған</numerusform>
        <numerusform>%n адам бас бостандығынан айырылған</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/dashboard/page.py" line="182" />
      <source>%n hearing(s) ahead</source>
      <translation>
        <numerusform>алда %n сот отырысы</numerusform>
        <numerusform>алда %n сот отырысы</numerusform>
      </translation>
    </message>
    <message>
      <source>{detained} deprived of liberty · {hearings} hearings ahead</source>
      <translation type="vanished">Бас бостандығынан айырылғандар: {detained} · алдағы сот отырыстары: {hearings}</translation>
    </message>
  </context>
  <context>
    <name>DateEdit</name>
    <message>
      <source>14.08.2019</source>
      <translation type="vanished">14.08.2019</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/fields.py" line="40" />
      <source>dd.mm.yyyy</source>
      <translation>кк.аа.жжжж</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/fields.py" line="47" />
      <source>Give the full date: day, month and year</source>
      <translation>Толық күнді жазыңыз: күні, айы және жылы</translation>
    </message>
  </context>
  <context>
    <name>DateFilter</name>
    <message>
      <location filename="../../caseapp/gui/common/date_filter.py" line="30" />
      <source>A year (2024) or a month (04.2024) also works</source>
      <translation>Жылды (2024) немесе айды (04.2024) жазуға да болады</translation>
    </message>
  </context>
  <context>
    <name>DecisionDelegate</name>
    <message>
      <source>Decision</source>
      <translation type="vanished">Шешім</translation>
    </message>
  </context>
  <context>
    <name>DelayedProgress</name>
    <message>
      <location filename="../../caseapp/gui/common/progress.py" line="90" />
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/progress.py" line="91" />
      <source>Working…</source>
      <translation>Орындалуда…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/progress.py" line="92" />
      <source>Progress of the running job</source>
      <translation>Орындалып жатқан жұмыстың барысы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/progress.py" line="107" />
      <source>Cancelling…</source>
      <translation>Тоқтатылуда…</translation>
    </message>
  </context>
  <context>
    <name>DeleteQuestion</name>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="24" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n іс</numerusform>
        <numerusform>%n іс</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="26" />
      <source>%n hearing(s)</source>
      <translation>
        <numerusform>%n сот отырысы</numerusform>
        <numerusform>%n сот отырысы</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="28" />
      <source>%n detention(s)</source>
      <translation>
        <numerusform>%n қамауда ұстау</numerusform>
        <numerusform>%n қамауда ұстау</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="30" />
      <source>%n sentence(s)</source>
      <translation>
        <numerusform>%n үкім</numerusform>
        <numerusform>%n үкім</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="32" />
      <source>%n charge(s)</source>
      <translation>
        <numerusform>%n айып</numerusform>
        <numerusform>%n айып</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/common/delete_question.py" line="34" />
      <source>%n campaign action(s)</source>
      <translation>
        <numerusform>%n науқан әрекеті</numerusform>
        <numerusform>%n науқан әрекеті</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="48" />
      <source>Going to the trash with it: {records}.</source>
      <translation>Онымен бірге себетке түседі: {records}.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="52" />
      <source>Staying, showing the facility as in the trash: {records}.</source>
      <translation>Қалады, мекеме себетте деген белгімен: {records}.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="56" />
      <source>Staying, shared with others, without {name}: {records}.</source>
      <translation>Қалады (басқалармен ортақ), бірақ {name} жоқ: {records}.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="59" />
      <source>Undo or the Trash page brings all of it back.</source>
      <translation>«Болдырмау» немесе «Себет» беті мұның бәрін қайтарады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="67" />
      <source>Move to Trash</source>
      <translation>Себетке жіберу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="68" />
      <source>Move {name} to the trash?</source>
      <translation>{name} себетке жіберілсін бе?</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/delete_question.py" line="71" />
      <source>&amp;Move to Trash</source>
      <translation>Себетке &amp;жіберу</translation>
    </message>
  </context>
  <context>
    <name>DetailRenderer</name>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="100" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="100" />
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="100" />
      <source>Court</source>
      <translation>Сот</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="100" />
      <source>Outcome</source>
      <translation>Нәтижесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="103" />
      <source>not recorded</source>
      <translation>жазылмаған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="105" />
      <source>Hearings</source>
      <translation>Сот отырыстары</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="108" />
      <source>Tags</source>
      <translation>Тегтер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detail_base.py" line="112" />
      <source>Notes</source>
      <translation>Ескертпелер</translation>
    </message>
  </context>
  <context>
    <name>DetentionDialog</name>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="38" />
      <source>New Detention</source>
      <translation>Жаңа ұстау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="40" />
      <source>Edit Detention</source>
      <translation>Ұстауды өңдеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="55" />
      <source>(not known)</source>
      <translation>(белгісіз)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="56" />
      <source>New &amp;Facility…</source>
      <translation>&amp;Жаңа мекеме…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="57" />
      <source>Add a facility that is not in the list yet</source>
      <translation>Тізімде әлі жоқ мекемені қосу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="59" />
      <source>(no case)</source>
      <translation>(іссіз)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="64" />
      <source>Leave empty while the person is still held</source>
      <translation>Адам әлі ұсталып отырса, бос қалдырыңыз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="68" />
      <source>F&amp;acility:</source>
      <translation>&amp;Мекеме:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="69" />
      <source>&amp;Case:</source>
      <translation>&amp;Іс:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="69" />
      <source>&amp;Kind:</source>
      <translation>&amp;Түрі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="70" />
      <source>&amp;Start:</source>
      <translation>&amp;Басы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="70" />
      <source>&amp;End:</source>
      <translation>&amp;Соңы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="71" />
      <source>&amp;Note:</source>
      <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="72" />
      <source>Facility</source>
      <translation>Мекеме</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/detention_dialog.py" line="73" />
      <source>New facility</source>
      <translation>Жаңа мекеме</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="65" />
      <source>Settings saved. The new interface language is used from the next start.</source>
      <translation>Баптаулар сақталды. Жаңа интерфейс тілі келесі іске қосқанда қолданылады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="67" />
      <source>Settings saved.</source>
      <translation>Баптаулар сақталды.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="72" />
      <source>Check Database</source>
      <translation>Дерекқорды тексеру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="76" />
      <source>The database has problems. Make a backup copy of the file and ask for help before you go on working in it.</source>
      <translation>Дерекқорда ақаулар бар. Онымен жұмысты жалғастырмас бұрын файлдың сақтық көшірмесін жасап, көмек сұраңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/dialogs.py" line="82" />
      <source>The database is in good order.</source>
      <translation>Дерекқор дұрыс күйде.</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="40" />
      <source>Already Here?</source>
      <translation>Базада бар ма?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/persons/duplicates.py" line="45" />
      <source>%n person(s) with the same name are already in the database. Open the one you mean, or save a new person anyway.</source>
      <translation>
        <numerusform>Базада осындай аты бар %n адам бар. Керегін ашыңыз немесе жаңа адамды бәрібір сақтаңыз.</numerusform>
        <numerusform>Базада осындай аты бар %n адам бар. Керегін ашыңыз немесе жаңа адамды бәрібір сақтаңыз.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="57" />
      <source>Name</source>
      <translation>Аты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="57" />
      <source>Same as</source>
      <translation>Сәйкес келеді</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="57" />
      <source>Born</source>
      <translation>Туған күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="57" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="58" />
      <source>Facility</source>
      <translation>Мекеме</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="80" />
      <source>&amp;Open Existing</source>
      <translation>Барын &amp;ашу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="81" />
      <source>&amp;Save New Person Anyway</source>
      <translation>Жаңасын бәрібір &amp;сақтау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/duplicates.py" line="89" />
      <source>Back to the Form</source>
      <translation>Пішінге оралу</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../caseapp/gui/common/errors.py" line="37" />
      <source>Database from a newer caseapp</source>
      <translation>Дерекқор caseapp-тың жаңа нұсқасынан</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/errors.py" line="39" />
      <source>Cannot open the database</source>
      <translation>Дерекқорды ашу мүмкін емес</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/errors.py" line="41" />
      <source>Not found</source>
      <translation>Табылмады</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/errors.py" line="42" />
      <source>Cannot do that</source>
      <translation>Бұл әрекет мүмкін емес</translation>
    </message>
  </context>
  <context>
    <name>ErrorsModel</name>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="159" />
      <source>Line</source>
      <translation>Жол</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="159" />
      <source>Column</source>
      <translation>Баған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="159" />
      <source>Reason</source>
      <translation>Себебі</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="42" />
      <source>Add Event</source>
      <translation>Жаңа оқиға</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="43" />
      <source>Edit Event</source>
      <translation>Оқиғаны өңдеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="55" />
      <source>The custody is over</source>
      <translation>Қамау аяқталды</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="85" />
      <source>&amp;Event</source>
      <translation>&amp;Оқиға</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="86" />
      <source>&amp;Date</source>
      <translation>&amp;Күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="87" />
      <source>&amp;Place</source>
      <translation>Ор&amp;ны</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="88" />
      <source>Pe&amp;rsons</source>
      <translation>Ад&amp;амдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="89" />
      <source>&amp;Term</source>
      <translation>&amp;Мерзімі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="90" />
      <source>Code &amp;article</source>
      <translation>Кодекс &amp;бабы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="91" />
      <source>&amp;Custody</source>
      <translation>&amp;Қамау түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="92" />
      <source>Custody &amp;ends</source>
      <translation>Қамаудың &amp;соңы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="94" />
      <source>C&amp;hange of sentence</source>
      <translation>Үкімнің &amp;өзгерісі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="95" />
      <source>C&amp;ourt</source>
      <translation>С&amp;от</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/event_dialog.py" line="109" />
      <source>The custody cannot end before the event</source>
      <translation>Қамау оқиғадан бұрын аяқтала алмайды</translation>
    </message>
  </context>
  <context>
    <name>EventsModel</name>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="104" />
      <source>Event</source>
      <extracomment>Colour of a date to check.</extracomment>
      <translation>Оқиға</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="104" />
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="104" />
      <source>Place</source>
      <translation>Орны</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="104" />
      <source>Persons</source>
      <translation>Адамдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="105" />
      <source>Details</source>
      <translation>Толығырақ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="105" />
      <source>Will be stored as</source>
      <translation>Сақталатын түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="132" />
      <source>{date} · check</source>
      <translation>{date} · тексеріңіз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="145" />
      <source>term: {term}</source>
      <translation>мерзімі: {term}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="147" />
      <source>article {number}</source>
      <translation>{number}-бап</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="151" />
      <source>until {date}</source>
      <translation>{date} дейін</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="153" />
      <source>over</source>
      <translation>аяқталды</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="157" />
      <source>by others</source>
      <translation>басқалардың әрекеті</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="162" />
      <source>Stored for the detained persons of the event, with this sentence cited</source>
      <translation>Оқиғадағы ұсталғандарға осы сөйлем дәйексөз ретінде сақталады</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="165" />
      <source>The article does not say what kind of custody this is: kept as an event the source reports. Choose its custody kind to store a detention.</source>
      <translation>Мақала қамаудың түрін айтпайды: дереккөз хабарлаған оқиға ретінде сақталады. Қамау жазбасын сақтау үшін оның түрін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="168" />
      <source>Kept as an event the source reports, cited, on the persons it names; never as a campaign action of the group</source>
      <translation>Дереккөз хабарлаған оқиға ретінде, дәйексөзімен, аталған адамдарға сақталады; топтың науқан әрекеті ретінде ешқашан емес</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="172" />
      <source>a day named earlier in the paragraph</source>
      <translation>абзацта бұрын аталған күннен</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="173" />
      <source>the day the news tells of</source>
      <translation>жаңалық айтқан күннен</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="174" />
      <source>the headline</source>
      <translation>тақырыптан</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="175" />
      <source>the text around it</source>
      <translation>маңайындағы мәтіннен</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_model.py" line="176" />
      <source>The importer is not sure of this date: it comes from {source}. Check it (double-click the event to correct it).</source>
      <translation>Импорт бұл күнге сенімді емес: ол {source} алынды. Тексеріңіз (түзету үшін оқиғаны екі рет шертіңіз).</translation>
    </message>
  </context>
  <context>
    <name>EventsPanel</name>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="40" />
      <source>Events</source>
      <translation>Оқиғалар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="43" />
      <source>&amp;Add Event…</source>
      <translation>Оқиға &amp;қосу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="44" />
      <source>&amp;Edit Event…</source>
      <translation>Оқиғаны ө&amp;ңдеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="45" />
      <source>Re&amp;move Event</source>
      <translation>Оқиғаны а&amp;лып тастау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="46" />
      <source>Add an event the importer missed; select its words in the article first to cite them</source>
      <translation>Импорт байқамаған оқиғаны қосу; дәйексөз үшін алдымен мақаладағы сөздерін белгілеңіз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/events_panel.py" line="48" />
      <source>Leave the selected event out of the import</source>
      <translation>Таңдалған оқиғаны импорттамау</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="33" />
      <source>Export {list}</source>
      <translation>Экспорттау: {list}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="36" />
      <source>Excel workbook (.xlsx)</source>
      <translation>Excel кітабы (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="37" />
      <source>CSV, UTF-8 (.csv)</source>
      <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="37" />
      <source>JSON (.json)</source>
      <translation>JSON (.json)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="41" />
      <source>&amp;Format:</source>
      <translation>&amp;Пішім:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="42" />
      <source>For &amp;public distribution (no private notes, contacts, birth dates or relatives)</source>
      <translation>&amp;Жариялау үшін (жеке жазбаларсыз, байланыстарсыз, туған күндерсіз және туыстарсыз)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="46" />
      <source>C&amp;hoose…</source>
      <translation>&amp;Таңдау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="48" />
      <source>&amp;Save as:</source>
      <translation>&amp;Сақтау атауы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="49" />
      <source>Save as</source>
      <translation>Сақтау атауы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="62" />
      <source>Files (*.{ext})</source>
      <translation>Файлдар (*.{ext})</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="69" />
      <source>Give the full path of the file to write</source>
      <translation>Жазылатын файлдың толық жолын беріңіз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/export_dialog.py" line="91" />
      <source>Wrote {count} records to {path}</source>
      <translation>{path} файлына {count} жазба жазылды</translation>
    </message>
  </context>
  <context>
    <name>FacilityDialog</name>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="32" />
      <source>New Facility</source>
      <translation>Жаңа мекеме</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="34" />
      <source>Edit Facility</source>
      <translation>Мекемені өңдеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="45" />
      <source>e.g. SIZO No. 1 of Almaty</source>
      <translation>мыс. Алматы қаласының № 1 тергеу изоляторы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="51" />
      <source>The address for letters, as on an envelope</source>
      <translation>Хат жіберетін мекенжай, конверттегідей</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="54" />
      <source>&amp;Name:</source>
      <translation>&amp;Атауы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="54" />
      <source>&amp;Kind:</source>
      <translation>&amp;Түрі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="55" />
      <source>&amp;City:</source>
      <translation>&amp;Қаласы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="55" />
      <source>&amp;Region:</source>
      <translation>&amp;Облысы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="56" />
      <source>&amp;Postal address:</source>
      <translation>&amp;Пошта мекенжайы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/facility_dialog.py" line="76" />
      <source>Give the facility's name</source>
      <translation>Мекеменің атауын жазыңыз</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="55" />
      <source>Spreadsheet file</source>
      <translation>Кесте файлы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="56" />
      <source>&amp;Choose…</source>
      <translation>&amp;Таңдау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="61" />
      <source>&amp;File:</source>
      <translation>&amp;Файл:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="65" />
      <source>&amp;Import as:</source>
      <translation>&amp;Не ретінде импорттау:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="68" />
      <source>&amp;Sheet:</source>
      <translation>&amp;Парақ:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="70" />
      <source>Saved &amp;mapping:</source>
      <translation>Сақталған &amp;сәйкестік:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="72" />
      <source>CSV (UTF-8, UTF-16 or Windows-1251; comma, semicolon or tab) or XLSX. The header row is found even below a title.</source>
      <translation>CSV (UTF-8, UTF-16 немесе Windows-1251; үтір, нүктелі үтір немесе табуляция) немесе XLSX. Тақырып жолы үстінде атау болса да табылады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="79" />
      <source>Choose a spreadsheet</source>
      <translation>Кестені таңдаңыз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="80" />
      <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
      <translation>Кестелер (*.csv *.tsv *.txt *.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="93" />
      <source>— guess from the headings —</source>
      <translation>— тақырыптар бойынша болжау —</translation>
    </message>
  </context>
  <context>
    <name>FileSafety</name>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="55" />
      <source>Cannot write the daily backup to {folder}: {reason}</source>
      <translation>Күнделікті көшірмені {folder} ішіне жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="72" />
      <source>Daily backup written to {path}</source>
      <translation>Күнделікті көшірме жазылды: {path}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="108" />
      <source>Created {name}, encrypted</source>
      <translation>{name} шифрланған күйде жасалды</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="109" />
      <source>Created {name}</source>
      <translation>{name} жасалды</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="124" />
      <source>Backing up the database…</source>
      <translation>Дерекқордың сақтық көшірмесі жасалуда…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="126" />
      <source>Backed up to {path}</source>
      <translation>Сақтық көшірме жазылды: {path}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="134" />
      <source>Checking the database…</source>
      <translation>Дерекқор тексерілуде…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="146" />
      <source>Encrypting the database…</source>
      <translation>Дерекқор шифрлануда…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="149" />
      <source>{name} is encrypted now.</source>
      <translation>{name} енді шифрланған.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="152" />
      <source>Plain Backups</source>
      <translation>Шифрланбаған көшірмелер</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/file_safety.py" line="153" />
      <source>%n backup(s) made before are not encrypted. Delete them now?</source>
      <translation>
        <numerusform>Бұрын жасалған %n көшірме шифрланбаған. Оларды қазір жою керек пе?</numerusform>
        <numerusform>Бұрын жасалған %n көшірме шифрланбаған. Оларды қазір жою керек пе?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="155" />
      <source>Anyone who gets them can read what the file held then. Keep them only if you have not checked yet that the encrypted file opens.</source>
      <translation>Оларды қолына түсірген кез келген адам файлда сол кезде не болғанын оқи алады. Шифрланған файлдың ашылатынын әлі тексермеген болсаңыз ғана оларды қалдырыңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="157" />
      <source>Delete Plain Backups</source>
      <translation>Шифрланбаған көшірмелерді жою</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/safety/file_safety.py" line="160" />
      <source>Deleted %n plain backup(s).</source>
      <translation>
        <numerusform>%n шифрланбаған көшірме жойылды.</numerusform>
        <numerusform>%n шифрланбаған көшірме жойылды.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="170" />
      <source>Changing the passphrase…</source>
      <translation>Құпия сөз ауыстырылуда…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="172" />
      <source>The passphrase of {name} is changed.</source>
      <translation>{name} құпия сөзі ауыстырылды.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="179" />
      <location filename="../../caseapp/gui/safety/file_safety.py" line="187" />
      <source>Export Decrypted Copy</source>
      <translation>Шифры ашылған көшірмені экспорттау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="180" />
      <source>The copy is not encrypted: anyone who gets it can read every record in it, without a passphrase.</source>
      <translation>Көшірме шифрланбаған: оны қолына түсірген кез келген адам ондағы барлық жазбаны құпия сөзсіз оқи алады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="182" />
      <source>Give it only to someone who needs it, keep it on an encrypted disk, and delete it when it is no longer needed.</source>
      <translation>Оны тек қажет адамға ғана беріңіз, шифрланған дискіде сақтаңыз және керегі болмай қалғанда жойыңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="184" />
      <source>Choose Where…</source>
      <translation>Орнын таңдау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="194" />
      <source>Wrote a decrypted copy to {path}; keep it safe and delete it when done.</source>
      <translation>Шифры ашылған көшірме жазылды: {path}. Оны қауіпсіз сақтаңыз және жұмыс біткен соң жойыңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="206" />
      <source>Restoring the backup…</source>
      <translation>Көшірмеден қалпына келтірілуде…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/file_safety.py" line="208" />
      <source>Restored the backup of {date}; the file as it was is in {path}</source>
      <translation>{date} көшірмесі қалпына келтірілді; бұрынғы файл {path} ішінде сақталды</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <location filename="../../caseapp/gui/help.py" line="55" />
      <source>Volunteer Guide</source>
      <translation>Ерікті нұсқаулығы</translation>
    </message>
  </context>
  <context>
    <name>HearingDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="45" />
      <source>Hearing details</source>
      <translation>Сот отырысы туралы мәлімет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="46" />
      <source>&amp;Outcome:</source>
      <translation>&amp;Нәтижесі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="48" />
      <source>Outcome of the hearing</source>
      <translation>Сот отырысының нәтижесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="49" />
      <source>What the court decided</source>
      <translation>Сот не шешті</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="51" />
      <source>&amp;Record Outcome</source>
      <translation>Нәтижені &amp;жазу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="52" />
      <source>&amp;Edit Hearing…</source>
      <translation>Отырысты ө&amp;ңдеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="67" />
      <source>Select a hearing in the list to see its case, court, people and outcome here.</source>
      <translation>Ісін, сотын, қатысушылары мен нәтижесін осы жерден көру үшін тізімнен сот отырысын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="74" />
      <source>{kind} hearing, {when}</source>
      <translation>{kind}, {when}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="77" />
      <source>(case)</source>
      <translation>(іс)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="80" />
      <source>Court</source>
      <translation>Сот</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="80" />
      <source>Judge</source>
      <translation>Судья</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="81" />
      <source>Defendants</source>
      <translation>Айыпталушылар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="82" />
      <source>Lawyers</source>
      <translation>Адвокаттар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="83" />
      <source>Observers</source>
      <translation>Бақылаушылар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="83" />
      <source>Notes</source>
      <translation>Ескертпелер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="85" />
      <source>not recorded</source>
      <translation>жазылмаған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="86" />
      <source>Case:</source>
      <translation>Іс:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="86" />
      <source>Outcome:</source>
      <translation>Нәтижесі:</translation>
    </message>
    <message>
      <source>Record Outcome</source>
      <translation type="vanished">Отырыс нәтижесін жазу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/detail_pane.py" line="105" />
      <source>Outcome recorded.</source>
      <translation>Нәтиже жазылды.</translation>
    </message>
  </context>
  <context>
    <name>HearingDialog</name>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="36" />
      <source>New Hearing</source>
      <translation>Жаңа сот отырысы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="37" />
      <source>Edit Hearing</source>
      <translation>Сот отырысын өңдеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="49" />
      <source>Type a case number, title or defendant</source>
      <translation>Іс нөмірін, атауын немесе айыпталушыны теріңіз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="57" />
      <source>Empty until the court has decided</source>
      <translation>Сот шешім шығарғанша бос</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="59" />
      <source>Who attends or attended for the campaign</source>
      <translation>Науқан атынан кім қатысады немесе қатысты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="62" />
      <source>C&amp;ase:</source>
      <translation>&amp;Іс:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="62" />
      <source>C&amp;ourt:</source>
      <translation>&amp;Сот:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="63" />
      <source>&amp;Date:</source>
      <translation>&amp;Күні:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="63" />
      <source>&amp;Time:</source>
      <translation>&amp;Уақыты:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="64" />
      <source>&amp;Kind:</source>
      <translation>&amp;Түрі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="64" />
      <source>&amp;Judge:</source>
      <translation>Су&amp;дья:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="65" />
      <source>O&amp;utcome:</source>
      <translation>&amp;Нәтижесі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="66" />
      <source>O&amp;bservers:</source>
      <translation>&amp;Бақылаушылар:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="67" />
      <source>&amp;Notes:</source>
      <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="86" />
      <source>Choose the case from the list</source>
      <translation>Істі тізімнен таңдаңыз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/edit_dialog.py" line="97" />
      <source>Give the date of the hearing</source>
      <translation>Сот отырысының күнін жазыңыз</translation>
    </message>
  </context>
  <context>
    <name>HearingListView</name>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="36" />
      <source>Search case, defendant, court, judge…</source>
      <extracomment>Initial widths of the text columns in average characters; the last column stretches.</extracomment>
      <translation>Іс, айыпталушы, сот, судья бойынша іздеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="37" />
      <source>Search hearings</source>
      <translation>Сот отырыстарын іздеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="37" />
      <source>Hearings</source>
      <translation>Сот отырыстары</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="38" />
      <source>Number of hearings listed</source>
      <translation>Тізімдегі сот отырыстарының саны</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="39" />
      <source>From</source>
      <translation>Қашаннан</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="40" />
      <source>Hearings on or after this date</source>
      <translation>Осы күні немесе одан кейінгі отырыстар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="41" />
      <source>Until</source>
      <translation>Қашанға дейін</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="42" />
      <source>Hearings on or before this date</source>
      <translation>Осы күні немесе одан бұрынғы отырыстар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="43" />
      <source>&amp;Missing outcome only</source>
      <translation>Тек &amp;нәтижесі жоқтар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/list_view.py" line="44" />
      <source>Only hearings whose outcome is not recorded</source>
      <translation>Нәтижесі жазылмаған отырыстар ғана</translation>
    </message>
  </context>
  <context>
    <name>HearingTableModel</name>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="51" />
      <source>Date</source>
      <extracomment>Tables whose changes can alter which hearings are listed or what a row shows. The columns the core can sort by, with its sort key.</extracomment>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="51" />
      <source>Time</source>
      <translation>Уақыты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="51" />
      <source>Court</source>
      <translation>Сот</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="51" />
      <source>Case</source>
      <translation>Іс</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="52" />
      <source>Defendants</source>
      <translation>Айыпталушылар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="52" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/table_model.py" line="52" />
      <source>Outcome</source>
      <translation>Нәтижесі</translation>
    </message>
  </context>
  <context>
    <name>HearingsPage</name>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="32" />
      <source>&amp;New Hearing…</source>
      <translation>&amp;Жаңа сот отырысы…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="32" />
      <source>Add a hearing to a case (Ctrl+N)</source>
      <translation>Іске сот отырысын қосу (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="34" />
      <source>Export to &amp;Calendar…</source>
      <translation>&amp;Күнтізбеге экспорттау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="35" />
      <source>Save the hearings listed as a calendar file (.ics) that calendar applications import; a later export updates the same events</source>
      <translation>Тізімдегі отырыстарды күнтізбе бағдарламалары импорттайтын файлға (.ics) сақтау; кейінгі экспорт сол оқиғаларды жаңартады</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="42" />
      <location filename="../../caseapp/gui/pages.py" line="48" />
      <source>Hearings</source>
      <translation>Сот отырыстары</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="53" />
      <source>the hearing</source>
      <translation>сот отырысы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="54" />
      <source>the hearing of {date}</source>
      <translation>{date} күнгі сот отырысы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="59" />
      <source>Export to Calendar</source>
      <translation>Күнтізбеге экспорттау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="60" />
      <source>Calendar files (*.ics)</source>
      <translation>Күнтізбе файлдары (*.ics)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/hearings/page.py" line="68" />
      <source>Wrote {count} hearings to {path}</source>
      <translation>{path} файлына {count} отырыс жазылды</translation>
    </message>
  </context>
  <context>
    <name>LazyTableModel</name>
    <message>
      <location filename="../../caseapp/gui/common/lazy_model.py" line="202" />
      <source>This column cannot be sorted</source>
      <extracomment>Ids and rows are read this many at a time. Cached rows and id pages are dropped beyond these many. rows of a page could not be read (a damaged file); the message names the file</extracomment>
      <translation>Бұл бағанды сұрыптау мүмкін емес</translation>
    </message>
  </context>
  <context>
    <name>LetterDialog</name>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="60" />
      <source>Write Letter</source>
      <translation>Хат жазу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="82" />
      <source>Addressee &amp;Book…</source>
      <translation>&amp;Адрестер кітабы…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="84" />
      <source>&amp;To:</source>
      <translation>&amp;Кімге:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="85" />
      <source>Addressee</source>
      <translation>Адресат</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="87" />
      <source>&amp;Edit Template…</source>
      <translation>&amp;Үлгіні өзгерту…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="89" />
      <source>&amp;Letter:</source>
      <translation>&amp;Хат:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="91" />
      <source>Kind of letter</source>
      <translation>Хат түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="95" />
      <source>La&amp;nguage:</source>
      <translation>&amp;Тіл:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="98" />
      <source>Address:</source>
      <translation>Мекенжай:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="100" />
      <source>&amp;Subject:</source>
      <translation>Та&amp;қырып:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="102" />
      <source>Te&amp;xt:</source>
      <translation>&amp;Мәтін:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="113" />
      <source>Save &amp;PDF…</source>
      <translation>&amp;PDF сақтау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="114" />
      <source>Save &amp;Text…</source>
      <translation>Мә&amp;тінді сақтау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="115" />
      <source>&amp;Copy</source>
      <translation>Кө&amp;шіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="116" />
      <source>Copy the letter for an e-mail</source>
      <translation>Хатты электрондық поштаға көшіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="169" />
      <source>Not in the records, marked in the text for you to fill in: {names}</source>
      <translation>Жазбаларда жоқ, толтыруыңыз үшін мәтінде белгіленген: {names}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="242" />
      <source>Logged as a campaign action (sent); follow up on {day}. Edit ▸ Undo removes the entry.</source>
      <translation>Науқан әрекеті ретінде жазылды (жіберілді); {day} қайта тексеру. Түзету ▸ Болдырмау жазбаны өшіреді.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="245" />
      <source>Saved {path}</source>
      <translation>Сақталды: {path}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="246" />
      <source>Copied the letter</source>
      <translation>Хат көшірілді</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="254" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="255" />
      <source>Text files (*.txt)</source>
      <translation>Мәтіндік файлдар (*.txt)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/letter_dialog.py" line="256" />
      <source>Save the Letter As</source>
      <translation>Хатты басқаша сақтау</translation>
    </message>
  </context>
  <context>
    <name>LinkEditor</name>
    <message>
      <location filename="../../caseapp/gui/actions/links_editor.py" line="35" />
      <source>Add to {name}</source>
      <translation>Қосу: {name}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/links_editor.py" line="39" />
      <source>Remo&amp;ve</source>
      <translation>Алып &amp;тастау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/links_editor.py" line="40" />
      <source>Remove from {name}</source>
      <translation>Алып тастау: {name}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/actions/links_editor.py" line="51" />
      <source>Remove</source>
      <translation>Алып тастау</translation>
    </message>
  </context>
  <context>
    <name>ListDetailPage</name>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="68" />
      <source>&amp;Edit…</source>
      <extracomment>First-run proportions of list and detail pane.</extracomment>
      <translation>Ө&amp;ңдеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="69" />
      <source>&amp;Delete</source>
      <translation>&amp;Жою</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="72" />
      <source>Export…</source>
      <translation>Экспорттау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="72" />
      <source>Save the records listed (with this search and these filters) as a spreadsheet or JSON</source>
      <translation>Тізімдегі жазбаларды (осы іздеу мен сүзгілермен) кесте немесе JSON етіп сақтау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="190" />
      <source>the record</source>
      <translation>жазба</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/list_detail_page.py" line="203" />
      <source>Moved {name} to the trash. Undo brings it back.</source>
      <translation>Себетке жіберілді: {name}. Болдырмау оны қайтарады.</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="41" />
      <source>Passphrase</source>
      <translation>Құпия сөз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="46" />
      <source>&amp;Unlock</source>
      <translation>&amp;Құлыпты ашу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="48" />
      <source>&amp;Open Database…</source>
      <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="78" />
      <source>Locked</source>
      <translation>Құлыпталған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="80" />
      <source>{name} is closed. Type its passphrase to open it again.</source>
      <translation>{name} жабық. Оны қайта ашу үшін құпия сөзді енгізіңіз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="82" />
      <source>{name} is closed. Unlock opens it again.</source>
      <translation>{name} жабық. «Құлыпты ашу» батырмасы оны қайта ашады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="84" />
      <source>This file is not encrypted: the lock only hides it from view. Anyone who can use this computer, or who copies the file, can read it. Only encryption (File ▸ Encrypt Database) protects a file.</source>
      <translation>Бұл файл шифрланбаған: құлып оны тек экраннан жасырады. Осы компьютерді пайдалана алатын немесе файлды көшіріп алған кез келген адам оны оқи алады. Файлды тек шифрлау ғана қорғайды (Файл ▸ Дерекқорды шифрлау).</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="93" />
      <source>No database open</source>
      <translation>Дерекқор ашылмаған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/lock_screen.py" line="94" />
      <source>The database was closed; the list of recent files, the saved view and the clipboard were cleared. Open a database to go on.</source>
      <translation>Дерекқор жабылды; соңғы файлдар тізімі, сақталған көрініс және алмасу буфері тазартылды. Жалғастыру үшін дерекқорды ашыңыз.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../caseapp/gui/mainwindow.py" line="212" />
      <source>Undone: {step}</source>
      <extracomment>The first page has shown its data: the window is usable (start-up benchmark).</extracomment>
      <translation>Болдырылмады: {step}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/mainwindow.py" line="217" />
      <source>Redone: {step}</source>
      <translation>Қайталанды: {step}</translation>
    </message>
    <message>
      <source>Backing up the database…</source>
      <translation type="vanished">Дерекқордың сақтық көшірмесі жасалуда…</translation>
    </message>
    <message>
      <source>Backed up to {path}</source>
      <translation type="vanished">Сақтық көшірме сақталды: {path}</translation>
    </message>
    <message>
      <source>Checking the database…</source>
      <translation type="vanished">Дерекқор тексерілуде…</translation>
    </message>
    <message>
      <source>About CaseApp</source>
      <translation type="vanished">CaseApp туралы</translation>
    </message>
    <message>
      <source>&lt;h3&gt;CaseApp {version}&lt;/h3&gt;&lt;p&gt;Offline case tracking for groups that defend political detainees.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
      <translation type="vanished">&lt;h3&gt;CaseApp {version}&lt;/h3&gt;&lt;p&gt;Саяси тұтқындарды қорғайтын топтарға арналған, интернетсіз жұмыс істейтін істер есебі.&lt;/p&gt;&lt;p&gt;GNU GPL 3-нұсқасы немесе одан кейінгі нұсқасы бойынша таратылатын еркін бағдарлама.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>New Database</source>
      <translation type="vanished">Жаңа дерекқор</translation>
    </message>
    <message>
      <source>{name} already exists. A new database needs a new file name; to work in this one, use File ▸ Open Database.</source>
      <translation type="vanished">{name} бұрыннан бар. Жаңа дерекқорға жаңа файл аты керек; осы дерекқормен жұмыс істеу үшін Файл ▸ Дерекқорды ашу пәрменін таңдаңыз.</translation>
    </message>
    <message>
      <source>Created {name}</source>
      <translation type="vanished">Жасалды: {name}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="70" />
      <source>Open Database</source>
      <translation>Дерекқорды ашу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="126" />
      <source>{path} — damaged, read-only</source>
      <translation>{path} — бүлінген, тек оқу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="129" />
      <source>SQLite's check found errors in this file; caseapp writes nothing to it. Restore a backup from File ▸ Backups.</source>
      <translation>SQLite тексерісі бұл файлдан қателер тапты; caseapp оған ештеңе жазбайды. Сақтық көшірмені Файл ▸ Сақтық көшірмелер арқылы қалпына келтіріңіз.</translation>
    </message>
    <message>
      <source>CaseApp databases ({patterns});;All files (*)</source>
      <translation type="vanished">CaseApp дерекқорлары ({patterns});;Барлық файлдар (*)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="134" />
      <source>{name} — {app}</source>
      <translation>{name} — {app}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_file.py" line="121" />
      <source>The open database file</source>
      <translation>Ашық тұрған дерекқор файлы</translation>
    </message>
  </context>
  <context>
    <name>MappingModel</name>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="95" />
      <source>Column</source>
      <translation>Баған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="95" />
      <source>Import as</source>
      <translation>Не ретінде импорттау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="96" />
      <source>Row {number}</source>
      <translation>{number}-жол</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="125" />
      <source>Columns and the fields they go to</source>
      <translation>Бағандар және олар түсетін өрістер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="127" />
      <source>&amp;Keep columns not imported in the notes, as “Column: value”</source>
      <translation>Импортталмайтын бағандарды ескертпеде «Баған: мән» түрінде &amp;сақтау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="131" />
      <source>Save this mapping &amp;as:</source>
      <translation>Бұл сәйкестікті &amp;мына атпен сақтау:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="133" />
      <source>Name to save the mapping under</source>
      <translation>Сәйкестікті сақтайтын ат</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="138" />
      <source>Read as {source}; headings on line {line}; {rows} rows. Choose what each column is imported as.</source>
      <translation>{source} ретінде оқылды; тақырыптар {line}-жолда; жолдар: {rows}. Әр бағанның не ретінде импортталатынын таңдаңыз.</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="30" />
      <source>names: {count}</source>
      <extracomment>What moves, by table, as the summary line names it.</extracomment>
      <translation>есімдер: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="31" />
      <source>cases: {count}</source>
      <translation>істер: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="32" />
      <source>charges: {count}</source>
      <translation>айыптар: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="33" />
      <source>detentions: {count}</source>
      <translation>қамаулар: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="34" />
      <source>sentences: {count}</source>
      <translation>үкімдер: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="35" />
      <source>campaign actions: {count}</source>
      <translation>науқан әрекеттері: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="36" />
      <source>reported events: {count}</source>
      <translation>хабарланған оқиғалар: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="37" />
      <source>citations: {count}</source>
      <translation>дәйексөздер: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="38" />
      <source>tags: {count}</source>
      <translation>белгілер: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="49" />
      <source>Merge Persons</source>
      <translation>Адамдарды біріктіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="54" />
      <source>&amp;Keep the Other Instead</source>
      <translation>&amp;Екіншісін қалдыру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="60" />
      <source>&amp;Merge</source>
      <translation>&amp;Біріктіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="70" />
      <source>Everything of the other person — names, cases, charges, detentions, sentences, campaign actions, reported events, citations and tags — moves to the kept one, and the other goes to the trash. Where the two differ, choose what to keep. Edit ▸ Undo takes the merge back.</source>
      <translation>Екінші адамның бәрі — есімдері, істері, айыптары, қамаулары, үкімдері, науқан әрекеттері, хабарланған оқиғалары, дәйексөздері мен белгілері — қалатын адамға көшеді, ал екіншісі себетке түседі. Екеуі әртүрлі болған жерде не қалатынын таңдаңыз. Түзету ▸ Болдырмау біріктіруді қайтарады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="75" />
      <source>Merge &amp;into it</source>
      <translation>&amp;Оған қосу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="80" />
      <source>Both persons' details</source>
      <translation>Екі адамның мәліметтері</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="116" />
      <source>Choose the person to merge into the kept one.</source>
      <translation>Қалатын адамға кімді қосатынын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="121" />
      <source>Nothing is linked to the other person; {name} keeps what is chosen above.</source>
      <translation>Екінші адамға ештеңе байланбаған; {name} жоғарыда таңдалғанды алады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="123" />
      <source>Moves to {name}: {moved}.</source>
      <translation>{name} жазбасына көшеді: {moved}.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_dialog.py" line="127" />
      <source>Choose the person to merge into the kept one</source>
      <translation>Қалатын адамға кімді қосатынын таңдаңыз</translation>
    </message>
  </context>
  <context>
    <name>MergeFields</name>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="22" />
      <source>Name</source>
      <translation>Есімі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="23" />
      <source>Given name</source>
      <translation>Аты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="24" />
      <source>Family name</source>
      <translation>Тегі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="25" />
      <source>Patronymic</source>
      <translation>Әкесінің аты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="26" />
      <source>Born</source>
      <translation>Туған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="27" />
      <source>Gender</source>
      <translation>Жынысы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="28" />
      <source>Citizenship</source>
      <translation>Азаматтығы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="29" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="30" />
      <source>Contacts</source>
      <translation>Байланыс</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="31" />
      <source>Notes</source>
      <translation>Жазбалар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="32" />
      <source>Photo</source>
      <translation>Фото</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/merge_fields.py" line="89" />
      <source>both</source>
      <extracomment>Longest value shown in a cell; the tooltip has it whole.</extracomment>
      <translation>екеуі де</translation>
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="34" />
      <source>Cyrillic</source>
      <extracomment>What ``names.script_of`` and ``names.language_of_name`` return, as the volunteer reads it.</extracomment>
      <translation>Кирилл әліпбиі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="35" />
      <source>Latin</source>
      <translation>Латын әліпбиі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="36" />
      <source>mixed scripts</source>
      <translation>аралас әліпби</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="37" />
      <source>other script</source>
      <translation>басқа әліпби</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="38" />
      <source>Kazakh</source>
      <translation>Қазақша</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="39" />
      <source>Russian</source>
      <translation>Орысша</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="40" />
      <source>English</source>
      <translation>Ағылшынша</translation>
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <location filename="../../caseapp/gui/navigator.py" line="23" />
      <source>Views</source>
      <extracomment>Extra room around the widest title, in multiples of the font's height.</extracomment>
      <translation>Бөлімдер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/navigator.py" line="24" />
      <source>Choose what the window shows; Ctrl+1 to Ctrl+7</source>
      <translation>Терезеде не көрсетілетінін таңдаңыз; Ctrl+1 … Ctrl+7</translation>
    </message>
  </context>
  <context>
    <name>NewDatabaseDialog</name>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="28" />
      <source>CaseApp databases ({patterns});;All files (*)</source>
      <translation>CaseApp дерекқорлары ({patterns});;Барлық файлдар (*)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="45" />
      <location filename="../../caseapp/gui/safety/new_database.py" line="63" />
      <source>New Database</source>
      <translation>Жаңа дерекқор</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="47" />
      <source>C&amp;hoose…</source>
      <translation>&amp;Таңдау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="48" />
      <source>Choose where the new database goes</source>
      <translation>Жаңа дерекқор қайда сақталатынын таңдау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="50" />
      <source>&amp;File:</source>
      <translation>&amp;Файл:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="51" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="52" />
      <source>&amp;Encrypt with a passphrase</source>
      <translation>Құпия сөзбен &amp;шифрлау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="54" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Құпия сөз:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="56" />
      <source>Create</source>
      <translation>Жасау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="79" />
      <source>Give the new file a name.</source>
      <translation>Жаңа файлға атау беріңіз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/new_database.py" line="82" />
      <source>{name} already exists. A new database needs a new file name; to work in this one, use File ▸ Open Database.</source>
      <translation>{name} бар. Жаңа дерекқорға жаңа файл атауы керек; осы дерекқормен жұмыс істеу үшін Файл ▸ Дерекқорды ашу пәрменін таңдаңыз.</translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseDialog</name>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="84" />
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="98" />
      <source>Change Passphrase</source>
      <translation>Құпия сөзді ауыстыру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="85" />
      <source>Encrypt Database</source>
      <translation>Дерекқорды шифрлау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="90" />
      <source>&amp;Current passphrase:</source>
      <translation>&amp;Қазіргі құпия сөз:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="93" />
      <source>&amp;New passphrase:</source>
      <translation>&amp;Жаңа құпия сөз:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="94" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Құпия сөз:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="98" />
      <source>Encrypt</source>
      <translation>Шифрлау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="104" />
      <source>The whole of {name} is encrypted again with the new passphrase. Backups made before keep the old one.</source>
      <translation>{name} түгелдей жаңа құпия сөзбен қайта шифрланады. Бұрын жасалған көшірмелер ескі құпия сөзбен қалады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="106" />
      <source>{name} is rewritten so that only the passphrase opens it; its backups from now on are encrypted too. Backups made before stay readable until you delete them.</source>
      <translation>{name} оны тек құпия сөз ғана аша алатындай етіп қайта жазылады; бұдан былай оның сақтық көшірмелері де шифрланады. Бұрын жасалған көшірмелерді өзіңіз жоймайынша, олар оқылатын күйде қалады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_dialogs.py" line="121" />
      <source>This is not the passphrase of the open file.</source>
      <translation>Бұл ашық тұрған файлдың құпия сөзі емес.</translation>
    </message>
  </context>
  <context>
    <name>PartialDateEdit</name>
    <message>
      <source>2016, 04.2016 or 14.08.2019</source>
      <translation type="vanished">2016, 04.2016 немесе 14.08.2019</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/fields.py" line="26" />
      <source>yyyy, mm.yyyy or dd.mm.yyyy</source>
      <translation>жжжж, аа.жжжж немесе кк.аа.жжжж</translation>
    </message>
  </context>
  <context>
    <name>PassphraseRows</name>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="37" />
      <source>Too short: at least {count} characters.</source>
      <translation>Тым қысқа: кемінде {count} таңба керек.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="40" />
      <source>Strong, if the words are unrelated.</source>
      <translation>Сөздер бір-бірімен байланыссыз болса, күшті.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="42" />
      <source>Good. One or two more unrelated words make it strong.</source>
      <translation>Жақсы. Тағы бір-екі байланыссыз сөз қоссаңыз, күшті болады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="44" />
      <source>Weak: easy to guess. Use several unrelated words.</source>
      <translation>Әлсіз: оңай табылады. Бір-бірімен байланыссыз бірнеше сөз қолданыңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="61" />
      <source>Sho&amp;w passphrase</source>
      <translation>Құпия сөзді &amp;көрсету</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="80" />
      <source>&amp;Type it again:</source>
      <translation>Қ&amp;айта енгізіңіз:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="83" />
      <source>Several unrelated words (four or more) are best: long, and easy to remember. Write the passphrase down and keep it apart from the computer: a lost passphrase cannot be recovered, by anyone, and without it the data is lost too.</source>
      <translation>Бір-бірімен байланыссыз бірнеше сөз (төрт не одан көп) ең жақсы: ұзын әрі есте сақтау оңай. Құпия сөзді жазып алып, компьютерден бөлек сақтаңыз: жоғалған құпия сөзді ешкім қалпына келтіре алмайды, ал онсыз деректер де жоғалады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="102" />
      <source>A passphrase needs at least {count} characters; several unrelated words are best.</source>
      <translation>Құпия сөзде кемінде {count} таңба болуы керек; бір-бірімен байланыссыз бірнеше сөз ең жақсы.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="106" />
      <source>The two passphrases differ; type the same one twice.</source>
      <translation>Құпия сөздер сәйкес емес; бір құпия сөзді екі рет енгізіңіз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/safety/passphrase_rows.py" line="116" />
      <source>Strength: {hint}</source>
      <translation>Беріктігі: {hint}</translation>
    </message>
  </context>
  <context>
    <name>PasteArticleDialog</name>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="55" />
      <source>Paste Article</source>
      <translation>Мақаланы қою</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="66" />
      <source>&amp;Analyse</source>
      <translation>&amp;Талдау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="68" />
      <source>‹ &amp;Back</source>
      <translation>‹ &amp;Артқа</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="69" />
      <source>Back to the text</source>
      <translation>Мәтінге қайту</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="71" />
      <source>&amp;Import</source>
      <translation>&amp;Импорттау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="98" />
      <source>Import the article</source>
      <translation>Мақаланы импорттау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="129" />
      <source>Store the article as a source with what it says (new persons: {new}, linked: {linked}) in one step that Edit ▸ Undo can take back</source>
      <translation>Мақаланы ондағы мәліметтермен бірге дереккөз ретінде сақтау (жаңа адамдар: {new}, байланыстырылғандар: {linked}); бұл бір қадам, оны Түзету ▸ Болдырмау арқылы қайтаруға болады</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="146" />
      <source>Reading the article…</source>
      <translation>Мақала оқылуда…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="196" />
      <source>This article is already in the database.</source>
      <translation>Бұл мақала дерекқорда бұрыннан бар.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_dialog.py" line="213" />
      <source>Article imported as a source. New persons: {created}; linked to existing persons: {linked}; records in all: {records}. Edit ▸ Undo takes it back.</source>
      <translation>Мақала дереккөз ретінде импортталды. Жаңа адамдар: {created}; бар адамдармен байланыстырылғаны: {linked}; барлық жазбалар: {records}. Түзету ▸ Болдырмау мұны қайтарады.</translation>
    </message>
  </context>
  <context>
    <name>PastePage</name>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="49" />
      <source>&amp;Open File…</source>
      <translation>Файлды &amp;ашу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="59" />
      <source>Paste a news article in Kazakh, Russian or English here: the title on the first line, then the text.</source>
      <translation>Қазақ, орыс немесе ағылшын тіліндегі жаңалық мақаласын осында қойыңыз: бірінші жолда тақырыбы, одан кейін мәтіні.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="62" />
      <source>Article text</source>
      <translation>Мақала мәтіні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="64" />
      <source>Open an article file</source>
      <translation>Мақала файлын ашу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="65" />
      <source>Read a saved .txt or .html article</source>
      <translation>Сақталған .txt немесе .html мақаланы оқу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="67" />
      <source>Publication date</source>
      <translation>Жарияланған күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="69" />
      <source>Words such as “yesterday” and dates without a year are counted from this day</source>
      <translation>«Кеше» сияқты сөздер мен жылы жоқ күндер осы күннен бастап есептеледі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="73" />
      <source>Article language</source>
      <translation>Мақала тілі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="74" />
      <source>Length of the text</source>
      <translation>Мәтін ұзындығы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="81" />
      <source>&amp;Published:</source>
      <translation>&amp;Жарияланды:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="84" />
      <source>&amp;Language:</source>
      <translation>&amp;Тілі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="122" />
      <source>Characters: {count}</source>
      <translation>Таңбалар: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="130" />
      <source>Open Article</source>
      <translation>Мақаланы ашу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/paste_page.py" line="131" />
      <source>Articles ({patterns});;All files (*)</source>
      <translation>Мақалалар ({patterns});;Барлық файлдар (*)</translation>
    </message>
  </context>
  <context>
    <name>PersonActionsBar</name>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="41" />
      <source>&amp;Detention…</source>
      <extracomment>the English text, marked with QT_TRANSLATE_NOOP</extracomment>
      <translation>&amp;Ұстау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="42" />
      <source>&amp;Hearing…</source>
      <translation>&amp;Сот отырысы…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="44" />
      <source>&amp;Sentence…</source>
      <translation>Ү&amp;кім…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="46" />
      <source>Campaign &amp;Action…</source>
      <translation>Науқан ә&amp;рекеті…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="65" />
      <source>&amp;New Person…</source>
      <translation>&amp;Жаңа адам…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="66" />
      <source>Enter a new person (Ctrl+N)</source>
      <translation>Жаңа адамды енгізу (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="68" />
      <source>E&amp;dit…</source>
      <translation>Ө&amp;ңдеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="69" />
      <source>Edit the selected person's names, details and tags (Enter)</source>
      <translation>Таңдалған адамның аттарын, мәліметтерін және тегтерін өңдеу (Enter)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="72" />
      <source>Add for This &amp;Person</source>
      <translation>Осы адамға &amp;қосу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="74" />
      <source>Write &amp;Letter…</source>
      <translation>&amp;Хат жазу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/actions_bar.py" line="75" />
      <source>An Urgent Action letter about the selected person, logged as a campaign action</source>
      <translation>Таңдалған адам туралы шұғыл хат; науқан әрекеті ретінде жазылады</translation>
    </message>
  </context>
  <context>
    <name>PersonChooser</name>
    <message>
      <location filename="../../caseapp/gui/reports/person_chooser.py" line="47" />
      <source>Type a name in any script…</source>
      <translation>Атын кез келген әліпбимен теріңіз…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/person_chooser.py" line="48" />
      <source>Search persons for the report</source>
      <translation>Есепке адамдарды іздеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/person_chooser.py" line="52" />
      <source>Matching persons</source>
      <translation>Сәйкес адамдар</translation>
    </message>
  </context>
  <context>
    <name>PersonDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/persons/detail_pane.py" line="35" />
      <source>Person details</source>
      <translation>Адам туралы мәлімет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_pane.py" line="46" />
      <source>Select a person in the list to see their names, cases, detentions, hearings, sentences and campaign actions here.</source>
      <translation>Аттарын, істерін, ұстауларын, сот отырыстарын, үкімдерін және науқан әрекеттерін осы жерден көру үшін тізімнен адамды таңдаңыз.</translation>
    </message>
  </context>
  <context>
    <name>PersonEditDialog</name>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="73" />
      <source>New Person</source>
      <extracomment>Fields the core names in Invalid errors → the section that shows them. Plain text fields of Person read from QLineEdits, in form order.</extracomment>
      <translation>Жаңа адам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="73" />
      <source>Edit Person</source>
      <translation>Адамды өңдеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="82" />
      <source>&amp;Display name:</source>
      <translation>&amp;Көрсетілетін аты:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="83" />
      <source>The name the person is known by; it is always kept among their names</source>
      <translation>Адам белгілі болған аты; ол әрқашан оның аттарының арасында сақталады</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="85" />
      <source>&amp;Family name:</source>
      <translation>&amp;Тегі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="86" />
      <source>&amp;Given name:</source>
      <translation>&amp;Аты:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="87" />
      <source>&amp;Patronymic:</source>
      <translation>&amp;Әкесінің аты:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="88" />
      <source>&amp;Born:</source>
      <translation>Т&amp;уған күні:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="90" />
      <source>G&amp;ender:</source>
      <translation>&amp;Жынысы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="91" />
      <source>&amp;Citizenship:</source>
      <translation>А&amp;заматтығы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="92" />
      <source>&amp;Status:</source>
      <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="93" />
      <source>P&amp;hoto:</source>
      <translation>&amp;Фото:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="98" />
      <source>More about the person</source>
      <translation>Адам туралы толығырақ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="99" />
      <source>Name</source>
      <translation>Аты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="99" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="99" />
      <source>Script and language</source>
      <translation>Әліпбиі мен тілі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="100" />
      <source>&amp;Add Name</source>
      <translation>Ат &amp;қосу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="100" />
      <source>names</source>
      <translation>аттар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="101" />
      <source>&amp;Names</source>
      <translation>Атта&amp;р</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="104" />
      <source>C&amp;ontacts and Notes</source>
      <translation>&amp;Байланыстар мен ескертпелер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="106" />
      <source>&amp;Tags</source>
      <translation>Те&amp;гтер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="110" />
      <source>Spellings in other scripts and former names let searches find the person however an article writes the name.</source>
      <translation>Басқа әліпбилердегі жазылулар мен бұрынғы аттар мақалада аты қалай жазылса да, адамды іздеп табуға көмектеседі.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="123" />
      <source>Contacts (family, lawyer):</source>
      <translation>Байланыстар (отбасы, адвокат):</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="124" />
      <source>Notes:</source>
      <translation>Ескертпелер:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_dialog.py" line="195" />
      <source>Give the name the person is known by</source>
      <translation>Адам белгілі болған атты жазыңыз</translation>
    </message>
  </context>
  <context>
    <name>PersonListView</name>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="41" />
      <source>Number of persons listed</source>
      <translation>Тізімдегі адамдар саны</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="38" />
      <source>Search names in any script, case numbers, notes…</source>
      <extracomment>Initial column widths in average character widths (besides the padding); the last column stretches.</extracomment>
      <translation>Кез келген әліпбидегі аттар, іс нөмірлері, ескертпелер бойынша іздеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="39" />
      <source>Find persons as you type (Ctrl+F)</source>
      <translation>Теру барысында адамдарды іздеу (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="40" />
      <source>Search persons</source>
      <translation>Адамдарды іздеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="100" />
      <source>Show persons with status</source>
      <translation>Осы мәртебедегі адамдарды көрсету</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="101" />
      <source>All statuses</source>
      <translation>Барлық мәртебелер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/list_view.py" line="40" />
      <source>Persons</source>
      <translation>Адамдар</translation>
    </message>
  </context>
  <context>
    <name>PersonMatchModel</name>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="61" />
      <source>Create a new person “{name}”</source>
      <extracomment>PERSON_ID_ROLE of the "create a new person" entry.</extracomment>
      <translation>«{name}» деген жаңа адам жасау</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="92" />
      <source>Type a name in any script…</source>
      <translation>Атын кез келген әліпбимен теріңіз…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="105" />
      <source>Choose a person</source>
      <translation>Адамды таңдаңыз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="106" />
      <source>Choose “{name}” from the list of matches, or create a new person</source>
      <translation>«{name}» атын сәйкестіктер тізімінен таңдаңыз немесе жаңа адам жасаңыз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="144" />
      <source>Matching persons</source>
      <translation>Сәйкес адамдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/pickers.py" line="177" />
      <source>A new person with this name will be created</source>
      <translation>Осы атпен жаңа адам жасалады</translation>
    </message>
  </context>
  <context>
    <name>PersonRenderer</name>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="48" />
      <source>born {date}</source>
      <translation>туған күні: {date}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="53" />
      <source>citizen of {country}</source>
      <translation>азаматтығы: {country}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="60" />
      <source>Names</source>
      <translation>Аттары</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="64" />
      <source>Cases</source>
      <translation>Істер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="67" />
      <source>(no number)</source>
      <translation>(нөмірсіз)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="79" />
      <source>Art. {article} part {part}</source>
      <translation>{article}-баптың {part}-бөлігі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="81" />
      <source>Art. {article}</source>
      <translation>{article}-бап</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="88" />
      <source>Facility</source>
      <translation>Мекеме</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="88" />
      <location filename="../../caseapp/gui/persons/detail_html.py" line="118" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="88" />
      <source>From</source>
      <translation>Басталуы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="88" />
      <source>Until</source>
      <translation>Аяқталуы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="89" />
      <source>Days held</source>
      <translation>Күн саны</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="92" />
      <source>now</source>
      <translation>қазір</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="94" />
      <source>Detentions</source>
      <translation>Ұстаулар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="98" />
      <source>Sentences</source>
      <translation>Үкімдер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="107" />
      <source>pre-trial days credited: {days}</source>
      <translation>сотқа дейін ұсталған есептелген күндер: {days}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="111" />
      <source>Expected release:</source>
      <translation>Күтілетін босату:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="118" />
      <location filename="../../caseapp/gui/persons/detail_html.py" line="126" />
      <source>Date</source>
      <translation>Күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="118" />
      <source>Action</source>
      <translation>Әрекет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="118" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="122" />
      <source>Campaign actions</source>
      <translation>Науқан әрекеттері</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="126" />
      <source>Event</source>
      <translation>Оқиға</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="126" />
      <source>Source</source>
      <translation>Дереккөз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="129" />
      <source>Reported in sources</source>
      <translation>Дереккөздердегі хабарлар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="134" />
      <source>Cyrillic</source>
      <translation>Кирилл әліпбиі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="134" />
      <source>Latin</source>
      <translation>Латын әліпбиі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/detail_html.py" line="135" />
      <source>mixed scripts</source>
      <translation>аралас әліпби</translation>
    </message>
  </context>
  <context>
    <name>PersonTableModel</name>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="65" />
      <source>Name</source>
      <extracomment>Tables whose changes can alter which persons are listed or what a row shows. The columns the core can sort by, with its sort key.</extracomment>
      <translation>Аты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="65" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="65" />
      <source>Held at</source>
      <translation>Ұсталған жері</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="65" />
      <source>Articles</source>
      <translation>Баптар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/table_model.py" line="66" />
      <source>Updated</source>
      <translation>Жаңартылды</translation>
    </message>
  </context>
  <context>
    <name>PersonsPage</name>
    <message>
      <location filename="../../caseapp/gui/pages.py" line="46" />
      <location filename="../../caseapp/gui/persons/page.py" line="49" />
      <source>Persons</source>
      <translation>Адамдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/page.py" line="37" />
      <source>&amp;Merge with…</source>
      <translation>&amp;Біріктіру…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/page.py" line="70" />
      <source>the person</source>
      <translation>адам туралы жазба</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/page.py" line="83" />
      <source>Merged into “{name}”. Edit ▸ Undo takes it back.</source>
      <translation>«{name}» жазбасына біріктірілді. Түзету ▸ Болдырмау қайтарады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/page.py" line="89" />
      <source>Saved “{name}”.</source>
      <translation>«{name}» сақталды.</translation>
    </message>
  </context>
  <context>
    <name>PhotoField</name>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="92" />
      <source>Photo</source>
      <translation>Фото</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="93" />
      <source>Choose Photo…</source>
      <translation>Фото таңдау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="94" />
      <source>Remove Photo</source>
      <translation>Фотоны алып тастау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="116" />
      <source>Choose a Photo</source>
      <translation>Фото таңдау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="117" />
      <source>Pictures ({patterns})</source>
      <translation>Суреттер ({patterns})</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="135" />
      <source>no photo</source>
      <translation>фото жоқ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/persons/edit_parts.py" line="135" />
      <source>no preview</source>
      <translation>алдын ала көрініс жоқ</translation>
    </message>
  </context>
  <context>
    <name>ProposalsModel</name>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="94" />
      <source>Name</source>
      <extracomment>Decision column: the (value, label) pairs the decision editor offers for this row. Any column: the PersonProposal of the row. Background of a row whose proposed link waits for the volunteer's confirmation. The role on the target side: only such persons get charges, custody and sentences. The dot before each decision: green creates, blue links, grey drops.</extracomment>
      <translation>Аты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="94" />
      <source>Role</source>
      <translation>Рөлі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="94" />
      <source>Decision</source>
      <translation>Шешім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="95" />
      <source>Best match in the database</source>
      <translation>Дерекқордағы ең жақсы сәйкестік</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="230" />
      <source>{decision} (check)</source>
      <translation>{decision} (тексеріңіз)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="236" />
      <source>no match</source>
      <translation>сәйкестік жоқ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="237" />
      <source>{name} · {score} · {reason}</source>
      <translation>{name} · {score} · {reason}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="252" />
      <source>Only a surname or a given name: correct it to the full name to create the person, or link it to a person in the database</source>
      <translation>Тек тегі не есімі: адамды жасау үшін толық есімге түзетіңіз немесе дерекқордағы адаммен байланыстырыңыз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="255" />
      <source>Found in the article as: {name}</source>
      <translation>Мақалада былай жазылған: {name}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="257" />
      <source>Mentions in the article: {count}</source>
      <translation>Мақалада аталуы: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="260" />
      <source>Detainees get the charges, detentions and sentences the article tells; other roles get none</source>
      <translation>Ұсталғандарға мақаладағы айыптар, қамаулар мен үкімдер сақталады; басқа рөлдерге — жоқ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="262" />
      <source>Not on the side of the detained: no charge, detention or sentence is stored for this person</source>
      <translation>Ұсталғандар жағында емес: бұл адамға айып, қамау не үкім сақталмайды</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="265" />
      <source>A close match in the database is proposed: select the row to compare, then confirm the link or change the decision</source>
      <translation>Дерекқордан жақын сәйкестік ұсынылды: салыстыру үшін жолды таңдаңыз, сосын байланысты растаңыз не шешімді өзгертіңіз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/proposals_model.py" line="268" />
      <source>Possible matches: {count}; select the row to compare them</source>
      <translation>Ықтимал сәйкестіктер: {count}; оларды салыстыру үшін жолды таңдаңыз</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="50" />
      <source>&amp;Select All</source>
      <translation>Барлығын &amp;таңдау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="51" />
      <source>&amp;Step up</source>
      <translation>&amp;Жоғары қадам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="52" />
      <source>Step &amp;down</source>
      <translation>Т&amp;өмен қадам</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="54" />
      <source>Look in:</source>
      <translation>Қарау орны:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="55" />
      <source>File &amp;name:</source>
      <translation>&amp;Файл аты:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="56" />
      <source>Files of type:</source>
      <translation>Файл түрлері:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="57" />
      <source>Directory:</source>
      <translation>Бума:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="58" />
      <source>&amp;Open</source>
      <translation>&amp;Ашу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="59" />
      <source>&amp;Save</source>
      <translation>&amp;Сақтау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="60" />
      <source>&amp;Choose</source>
      <translation>&amp;Таңдау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="61" />
      <source>Open</source>
      <translation>Ашу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="62" />
      <source>Save As</source>
      <translation>Басқаша сақтау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="63" />
      <source>Find Directory</source>
      <translation>Буманы табу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="64" />
      <source>Back</source>
      <translation>Артқа</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="65" />
      <source>Forward</source>
      <translation>Алға</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="66" />
      <source>Parent Directory</source>
      <translation>Жоғарғы бума</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="67" />
      <source>Create New Folder</source>
      <translation>Жаңа бума жасау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="68" />
      <source>New Folder</source>
      <translation>Жаңа бума</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="69" />
      <source>&amp;New Folder</source>
      <translation>&amp;Жаңа бума</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="70" />
      <source>&amp;Rename</source>
      <translation>&amp;Атын өзгерту</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="71" />
      <source>&amp;Delete</source>
      <translation>&amp;Өшіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="72" />
      <source>Show &amp;hidden files</source>
      <translation>Жасырын файлдарды &amp;көрсету</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="73" />
      <source>List View</source>
      <translation>Тізім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="74" />
      <source>Detail View</source>
      <translation>Толық көрініс</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="75" />
      <source>Recent Places</source>
      <translation>Соңғы орындар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="76" />
      <source>My Computer</source>
      <translation>Менің компьютерім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="77" />
      <source>All Files (*)</source>
      <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="78" />
      <source>All files (*)</source>
      <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="79" />
      <source>Directories</source>
      <translation>Бумалар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="80" />
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 бұрыннан бар.
Оны ауыстыру керек пе?</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="81" />
      <source>Name</source>
      <translation>Аты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="82" />
      <source>Size</source>
      <translation>Өлшемі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="83" />
      <source>Type</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="84" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="85" />
      <source>Date Modified</source>
      <translation>Өзгертілген күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="86" />
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="35" />
      <source>&amp;Undo</source>
      <translation>&amp;Болдырмау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="36" />
      <source>&amp;Redo</source>
      <translation>&amp;Қайталау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="37" />
      <source>Cu&amp;t</source>
      <translation>Қиып &amp;алу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="38" />
      <source>&amp;Copy</source>
      <translation>Кө&amp;шіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="39" />
      <source>&amp;Paste</source>
      <translation>Қ&amp;ою</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="40" />
      <source>Delete</source>
      <translation>Жою</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="41" />
      <source>Select All</source>
      <translation>Барлығын таңдау</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="31" />
      <source>Show Details...</source>
      <translation>Толығырақ көрсету...</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="32" />
      <source>Hide Details...</source>
      <translation>Толығырақты жасыру...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="19" />
      <source>OK</source>
      <translation>ОК</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="20" />
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="21" />
      <source>Close</source>
      <translation>Жабу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="22" />
      <source>Save</source>
      <translation>Сақтау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="23" />
      <source>Open</source>
      <translation>Ашу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="24" />
      <source>Apply</source>
      <translation>Қолдану</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="25" />
      <source>Reset</source>
      <translation>Ысыру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="26" />
      <source>Help</source>
      <translation>Анықтама</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="27" />
      <source>Discard</source>
      <translation>Сақтамау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="28" />
      <source>&amp;Yes</source>
      <translation>&amp;Иә</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="29" />
      <source>&amp;No</source>
      <translation>&amp;Жоқ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="30" />
      <source>Restore Defaults</source>
      <translation>Әдепкі мәндерді қайтару</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="33" />
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="42" />
      <source>&amp;Undo</source>
      <translation>&amp;Болдырмау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="43" />
      <source>&amp;Redo</source>
      <translation>&amp;Қайталау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="44" />
      <source>Cu&amp;t</source>
      <translation>Қиып &amp;алу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="45" />
      <source>&amp;Copy</source>
      <translation>Кө&amp;шіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="46" />
      <source>&amp;Paste</source>
      <translation>Қ&amp;ою</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="47" />
      <source>Delete</source>
      <translation>Жою</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="48" />
      <source>Select All</source>
      <translation>Барлығын таңдау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/qt_strings.py" line="49" />
      <source>Copy &amp;Link Location</source>
      <translation>Сілтеме &amp;мекенжайын көшіру</translation>
    </message>
  </context>
  <context>
    <name>RecordListView</name>
    <message>
      <location filename="../../caseapp/gui/common/record_list.py" line="258" />
      <source>Showing {count}</source>
      <extracomment>The count label is wide enough for this many records, so it does not jump. Builds the view's model from (its source, parent).</extracomment>
      <translation>Көрсетілді: {count}</translation>
    </message>
  </context>
  <context>
    <name>RecordSearchEdit</name>
    <message>
      <location filename="../../caseapp/gui/custody/choosers.py" line="99" />
      <source>Type to search, then pick from the list (Down shows it)</source>
      <extracomment>A record as a chooser shows it: (id, label). Runs on the database worker: the records matching a text, best first.</extracomment>
      <translation>Іздеу үшін теріңіз, содан кейін тізімнен таңдаңыз (төмен көрсеткі оны ашады)</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="59" />
      <source>Reports</source>
      <translation>Есептер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="66" />
      <source>&amp;Write PDF</source>
      <translation>PDF &amp;жазу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="76" />
      <source>Dossier of one person</source>
      <translation>Бір адамның досьесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="77" />
      <source>Brief on several persons</source>
      <translation>Бірнеше адам туралы анықтама</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="78" />
      <source>Hearing schedule</source>
      <translation>Сот отырыстарының кестесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="79" />
      <source>Re&amp;port:</source>
      <translation>&amp;Есеп:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="81" />
      <source>P&amp;erson:</source>
      <translation>&amp;Адам:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="82" />
      <source>Person</source>
      <translation>Адам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="84" />
      <source>P&amp;ersons:</source>
      <translation>&amp;Адамдар:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="88" />
      <source> days from today</source>
      <translation> күн, бүгіннен бастап</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="89" />
      <source>&amp;Period:</source>
      <translation>&amp;Кезең:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="94" />
      <source>&amp;Language:</source>
      <translation>&amp;Тілі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="95" />
      <source>For &amp;public distribution</source>
      <translation>Көп&amp;шілікке тарату үшін</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="96" />
      <source>Redaction:</source>
      <translation>Деректерді жасыру:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="97" />
      <source>A public copy leaves out relatives, contacts, addresses, birth dates, private notes and volunteers' names.</source>
      <translation>Көпшілікке арналған көшірмеде туыстары, байланыстары, мекенжайлары, туған күндері, жеке ескертпелері және еріктілердің аттары болмайды.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="108" />
      <source>&amp;Save as:</source>
      <translation>&amp;Сақтау орны:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="109" />
      <source>PDF file</source>
      <translation>PDF файлы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="105" />
      <source>C&amp;hoose…</source>
      <translation>Таң&amp;дау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="106" />
      <source>Choose the PDF file</source>
      <translation>PDF файлын таңдау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="132" />
      <source>Save the Report As</source>
      <translation>Есепті сақтау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="133" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="159" />
      <source>Writing the report…</source>
      <translation>Есеп жазылуда…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="171" />
      <source>Wrote {path}</source>
      <translation>Жазылды: {path}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="189" />
      <source>Report Written</source>
      <translation>Есеп дайын</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="190" />
      <source>The report is saved as {path}.</source>
      <translation>Есеп сақталды: {path}.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/report_dialog.py" line="192" />
      <source>&amp;Open PDF</source>
      <translation>PDF-ті &amp;ашу</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="155" />
      <source>Rows that will not be imported</source>
      <translation>Импортталмайтын жолдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="159" />
      <source>Rows: {rows}. New: {created}; updated: {updated}; unchanged: {unchanged}; not imported: {skipped}.</source>
      <translation>Жолдар: {rows}. Жаңа: {created}; жаңартылған: {updated}; өзгеріссіз: {unchanged}; импортталмайды: {skipped}.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="164" />
      <source>Columns not imported: {columns}</source>
      <translation>Импортталмайтын бағандар: {columns}</translation>
    </message>
  </context>
  <context>
    <name>ReportRequest</name>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="50" />
      <source>Choose the person the dossier is about.</source>
      <extracomment>Called by this name so that lupdate collects the strings into the catalogs (it does not see through a helper such as ``_tr(text)``).</extracomment>
      <translation>Досье кім туралы екенін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="55" />
      <source>The number of days must be 0 or more.</source>
      <translation>Күн саны 0 немесе одан көп болуы керек.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="61" />
      <source>Choose a tag.</source>
      <translation>Тегті таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="63" />
      <source>No persons are selected; choose a tag or a status instead.</source>
      <translation>Ешкім таңдалмаған; оның орнына тегті немесе мәртебені таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="70" />
      <source>Choose where to save the PDF.</source>
      <translation>PDF-ті қайда сақтау керегін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="75" />
      <source>Give the full path of the file.</source>
      <translation>Файлдың толық жолын жазыңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="77" />
      <source>The folder {folder} does not exist.</source>
      <translation>{folder} бумасы жоқ.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/reports/request.py" line="80" />
      <source>This is a folder; give a file name.</source>
      <translation>Бұл бума; файл атын жазыңыз.</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="97" />
      <source>Duplicate article</source>
      <translation>Қайталанған мақала</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="101" />
      <source>Article title</source>
      <translation>Мақала тақырыбы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="108" />
      <source>What the article contains</source>
      <translation>Мақалада не бар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="109" />
      <source>Article with highlighted findings</source>
      <translation>Табылғандары бөлектелген мақала</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="115" />
      <source>Persons found in the article</source>
      <translation>Мақаладан табылған адамдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="116" />
      <source>Decision</source>
      <translation>Шешім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="117" />
      <source>Role</source>
      <translation>Рөлі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="156" />
      <source>Double-click a place to correct its name in every event</source>
      <translation>Орынның атауын барлық оқиғада түзету үшін екі рет шертіңіз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="233" />
      <source>Dates</source>
      <translation>Күндер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="233" />
      <source>Places</source>
      <translation>Орындар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="234" />
      <source>Organisations</source>
      <translation>Ұйымдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="234" />
      <source>Events</source>
      <translation>Оқиғалар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="264" />
      <source>dates to check: {count}</source>
      <translation>тексерілетін күндер: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="300" />
      <source>Double-click a name to correct it, or a role or a decision to change it.</source>
      <translation>Есімді түзету үшін, рөлді не шешімді өзгерту үшін екі рет шертіңіз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="303" />
      <source>Yellow rows ({count}): a link proposed for a close match in the database; check each and confirm or change it.</source>
      <translation>Сары жолдар ({count}): дерекқордағы жақын сәйкестікке ұсынылған байланыс; әрқайсысын тексеріп, растаңыз не өзгертіңіз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="162" />
      <source>Other findings</source>
      <translation>Басқа табылғандар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="170" />
      <source>Persons found</source>
      <translation>Табылған адамдар</translation>
    </message>
    <message>
      <source>Double-click a name to correct it, or a decision to change it.</source>
      <translation type="vanished">Атты түзету үшін оны, ал шешімді өзгерту үшін шешімді екі рет басыңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="240" />
      <source>{name} ({count})</source>
      <translation>{name} ({count})</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="247" />
      <source>This article is already in the database (the same text was imported before). Importing it again would create nothing new, so Import is switched off.</source>
      <translation>Бұл мақала дерекқорда бұрыннан бар (дәл осы мәтін бұрын импортталған). Қайта импорттау жаңа ештеңе жасамайды, сондықтан импорт өшірулі.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="253" />
      <source>Language: {language}</source>
      <translation>Тілі: {language}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="256" />
      <source>published {date}</source>
      <translation>жарияланған күні: {date}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="258" />
      <source>no publication date: dates without a year and words such as “yesterday” are left out</source>
      <translation>жарияланған күні жоқ: жылы жоқ күндер мен «кеше» сияқты сөздер ескерілмейді</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="260" />
      <source>persons: {count}</source>
      <translation>адамдар: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="261" />
      <source>dates: {count}</source>
      <translation>күндер: {count}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/articles/review_page.py" line="262" />
      <source>events: {count}</source>
      <translation>оқиғалар: {count}</translation>
    </message>
  </context>
  <context>
    <name>RowEditor</name>
    <message>
      <location filename="../../caseapp/gui/common/row_editor.py" line="85" />
      <source>Remove</source>
      <translation>Алып тастау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/row_editor.py" line="137" />
      <source>{column}, row {number} of {name}</source>
      <translation>{column}, {number}-жол ({name})</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/row_editor.py" line="139" />
      <source>Remove row {number} of {name}</source>
      <translation>{number}-жолды өшіру ({name})</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <location filename="../../caseapp/gui/dashboard/section.py" line="130" />
      <source>{title} ({count})</source>
      <extracomment>Rows shown before the table scrolls.</extracomment>
      <translation>{title} ({count})</translation>
    </message>
  </context>
  <context>
    <name>SelfTest</name>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="36" />
      <source>open the main window in Kazakh</source>
      <translation>басты терезені қазақ тілінде ашу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="41" />
      <source>FAILED  {step}: {problem}</source>
      <translation>ҚАТЕ  {step}: {problem}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="44" />
      <source>ok  {step} ({seconds:.2f} s)</source>
      <translation>ok  {step} ({seconds:.2f} с)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="75" />
      <source>the window's Kazakh translation is missing</source>
      <translation>терезенің қазақша аудармасы жоқ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/selftest.py" line="85" />
      <source>the window did not open</source>
      <translation>терезе ашылмады</translation>
    </message>
  </context>
  <context>
    <name>SentenceDialog</name>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="51" />
      <source>New Sentence</source>
      <translation>Жаңа үкім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="53" />
      <source>Edit Sentence</source>
      <translation>Үкімді өңдеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="70" />
      <source>(no case)</source>
      <translation>(іссіз)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="79" />
      <source>Days already served before the verdict (pre-trial detention counted towards the term)</source>
      <translation>Үкімге дейін өтелген күндер (сотқа дейін қамауда болған уақыт мерзімге есептеледі)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="82" />
      <source>Leave empty if the term runs from the verdict date</source>
      <translation>Мерзім үкім күнінен басталса, бос қалдырыңыз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="91" />
      <source>years</source>
      <translation>жыл</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="92" />
      <source>months</source>
      <translation>ай</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="93" />
      <source>days</source>
      <translation>күн</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="95" />
      <source>&amp;Case:</source>
      <translation>&amp;Іс:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="95" />
      <source>&amp;Date:</source>
      <translation>&amp;Күні:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="96" />
      <source>C&amp;ourt:</source>
      <translation>&amp;Сот:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="96" />
      <source>&amp;Kind:</source>
      <translation>&amp;Түрі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="97" />
      <source>&amp;Term:</source>
      <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="98" />
      <source>C&amp;redited days:</source>
      <translation>&amp;Есептелген күндер:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="99" />
      <source>Term &amp;starts:</source>
      <translation>Мерзім &amp;басы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="100" />
      <source>&amp;Fine:</source>
      <translation>&amp;Айыппұл:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="100" />
      <source>&amp;Note:</source>
      <translation>Ескерт&amp;пе:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="101" />
      <source>Expected release:</source>
      <translation>Күтілетін босату:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="102" />
      <source>Years</source>
      <translation>Жылдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="102" />
      <source>Months</source>
      <translation>Айлар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="103" />
      <source>Days</source>
      <translation>Күндер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="166" />
      <source>none (no custodial term)</source>
      <translation>жоқ (бас бостандығынан айырусыз)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/custody/sentence_dialog.py" line="172" />
      <source>give the sentence date or the start of the term</source>
      <translation>үкім күнін немесе мерзімнің басталуын жазыңыз</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="50" />
      <source>Settings</source>
      <extracomment>Language names as their speakers write them; never translated. Called by this name so that lupdate collects the strings into the catalogs (it does not see through a helper such as ``_tr(text)``).</extracomment>
      <translation>Баптаулар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="59" />
      <source>&amp;Interface language:</source>
      <translation>&amp;Интерфейс тілі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="60" />
      <source>A new interface language is used from the next start of caseapp.</source>
      <translation>Жаңа интерфейс тілі caseapp келесі іске қосылғанда қолданылады.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="66" />
      <source>&amp;Report language:</source>
      <translation>&amp;Есептер тілі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="68" />
      <source>Printed on the reports</source>
      <translation>Есептерде басылады</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="69" />
      <source>&amp;Organisation:</source>
      <translation>&amp;Ұйым:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="71" />
      <source>Written to the audit log with every change</source>
      <translation>Әр өзгеріспен бірге аудит журналына жазылады</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="72" />
      <source>&amp;Your name:</source>
      <translation>&amp;Сіздің атыңыз:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="78" />
      <source>&amp;Backup folder:</source>
      <translation>Сақтық &amp;көшірмелер бумасы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="80" />
      <source>Backup folder</source>
      <translation>Сақтық көшірмелер бумасы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="83" />
      <source> backups</source>
      <translation> көшірме</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="84" />
      <source>&amp;Keep:</source>
      <translation>Са&amp;қтау:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="87" />
      <source>Never</source>
      <translation>Ешқашан</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="88" />
      <source> minutes without use</source>
      <translation> минут әрекетсіз болса</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="89" />
      <source>&amp;Lock after:</source>
      <translation>Құ&amp;лыптау:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="92" />
      <source>The time zone of hearing times in calendar files, e.g. Asia/Almaty or Asia/Tashkent</source>
      <translation>Күнтізбе файлдарындағы отырыс уақытының сағат белдеуі, мысалы Asia/Almaty немесе Asia/Tashkent</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="93" />
      <source>Calendar &amp;time zone:</source>
      <translation>Күнтізбенің &amp;сағат белдеуі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="99" />
      <source>As the system (English if not available)</source>
      <translation>Жүйедегідей (қолжетімсіз болса, ағылшынша)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="75" />
      <source>C&amp;hoose…</source>
      <translation>&amp;Таңдау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="76" />
      <source>Choose the backup folder</source>
      <translation>Сақтық көшірмелер бумасын таңдау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="106" />
      <source>Backup Folder</source>
      <translation>Сақтық көшірмелер бумасы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="159" />
      <source>Give the full path of the folder, e.g. {example}</source>
      <translation>Буманың толық жолын жазыңыз, мыс. {example}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/settings/dialog.py" line="163" />
      <source>This is a file, not a folder</source>
      <translation>Бұл файл, бума емес</translation>
    </message>
  </context>
  <context>
    <name>SourceDetailPane</name>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="53" />
      <source>Source details</source>
      <translation>Дереккөз туралы мәлімет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="56" />
      <source>Full text of the source</source>
      <translation>Дереккөздің толық мәтіні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="66" />
      <source>Citations of this source</source>
      <translation>Осы дереккөзден алынған дәйексөздер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="91" />
      <source>Add &amp;Citation…</source>
      <translation>Дәйексөз &amp;қосу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="92" />
      <source>&amp;Open Record</source>
      <translation>Жазбаны &amp;ашу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="93" />
      <source>Remove C&amp;itation</source>
      <translation>Дәйексөзді алып &amp;тастау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="94" />
      <source>&amp;Edit Source…</source>
      <translation>Дереккөзді ө&amp;ңдеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="108" />
      <source>Select a source in the list to read its text and see what it is cited for.</source>
      <translation>Мәтінін оқу және неге дәйексөз ретінде алынғанын көру үшін тізімнен дереккөзді таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="116" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="117" />
      <source>Publisher</source>
      <translation>Баспагер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="118" />
      <source>Published</source>
      <translation>Жарияланды</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="120" />
      <source>Language</source>
      <translation>Тілі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="121" />
      <source>(untitled)</source>
      <translation>(атауы жоқ)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="164" />
      <source>The cited record is no longer in the database.</source>
      <translation>Дәйексөз алынған жазба енді дерекқорда жоқ.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/detail_pane.py" line="175" />
      <source>Citation removed. Undo brings it back.</source>
      <translation>Дәйексөз алып тасталды. Болдырмау оны қайтарады.</translation>
    </message>
  </context>
  <context>
    <name>SourceDialog</name>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="36" />
      <source>New Source</source>
      <translation>Жаңа дереккөз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="37" />
      <source>Edit Source</source>
      <translation>Дереккөзді өңдеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="54" />
      <source>Paste the text of the article or document</source>
      <translation>Мақаланың немесе құжаттың мәтінін қойыңыз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="56" />
      <source>&amp;Kind:</source>
      <translation>&amp;Түрі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="56" />
      <source>&amp;Title:</source>
      <translation>&amp;Атауы:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="57" />
      <source>&amp;URL:</source>
      <translation>&amp;URL:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="58" />
      <source>&amp;Publisher:</source>
      <translation>&amp;Баспагер:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="59" />
      <source>&amp;Language:</source>
      <translation>Т&amp;ілі:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="60" />
      <source>P&amp;ublished:</source>
      <translation>&amp;Жарияланды:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="61" />
      <source>&amp;Full text:</source>
      <translation>Т&amp;олық мәтіні:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="68" />
      <source>(not known)</source>
      <translation>(белгісіз)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="68" />
      <source>Kazakh</source>
      <translation>Қазақша</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="69" />
      <source>Russian</source>
      <translation>Орысша</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="69" />
      <source>English</source>
      <translation>Ағылшынша</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/source_dialog.py" line="112" />
      <source>This text is already stored as another source</source>
      <translation>Бұл мәтін басқа дереккөз ретінде сақталған</translation>
    </message>
  </context>
  <context>
    <name>SourceListView</name>
    <message>
      <location filename="../../caseapp/gui/sources/list_view.py" line="29" />
      <source>Search titles, publishers and texts…</source>
      <extracomment>Initial widths of the text columns in average characters; the last column stretches.</extracomment>
      <translation>Атаулар, баспагерлер және мәтіндер бойынша іздеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/list_view.py" line="30" />
      <source>Search sources</source>
      <translation>Дереккөздерді іздеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/list_view.py" line="30" />
      <source>Sources</source>
      <translation>Дереккөздер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/list_view.py" line="31" />
      <source>Number of sources listed</source>
      <translation>Тізімдегі дереккөздер саны</translation>
    </message>
  </context>
  <context>
    <name>SourceTableModel</name>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="55" />
      <source>Published</source>
      <extracomment>Tables whose changes can alter which sources are listed or what a row shows. The columns the core can sort by, with its sort key.</extracomment>
      <translation>Жарияланды</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="55" />
      <source>Title</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="55" />
      <source>Publisher</source>
      <translation>Баспагер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="56" />
      <source>Language</source>
      <translation>Тілі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/table_model.py" line="56" />
      <source>Citations</source>
      <translation>Дәйексөздер</translation>
    </message>
  </context>
  <context>
    <name>SourcesPage</name>
    <message>
      <location filename="../../caseapp/gui/sources/page.py" line="28" />
      <source>&amp;New Source…</source>
      <translation>&amp;Жаңа дереккөз…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/page.py" line="28" />
      <source>Add an article or document by hand (Ctrl+N)</source>
      <translation>Мақаланы не құжатты қолмен қосу (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/pages.py" line="50" />
      <location filename="../../caseapp/gui/sources/page.py" line="34" />
      <source>Sources</source>
      <translation>Дереккөздер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/sources/page.py" line="47" />
      <source>the source</source>
      <translation>дереккөз</translation>
    </message>
  </context>
  <context>
    <name>TableImport</name>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="28" />
      <source>— not imported —</source>
      <translation>— импорттамау —</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="29" />
      <source>uid (record id)</source>
      <translation>uid (жазба идентификаторы)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="30" />
      <source>name</source>
      <translation>аты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="31" />
      <source>given name</source>
      <translation>есімі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="32" />
      <source>family name</source>
      <translation>тегі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="33" />
      <source>patronymic</source>
      <translation>әкесінің аты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="34" />
      <source>other names</source>
      <translation>басқа аттары</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="35" />
      <source>date of birth</source>
      <translation>туған күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="36" />
      <source>date of death</source>
      <translation>қайтыс болған күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="37" />
      <source>gender</source>
      <translation>жынысы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="38" />
      <source>citizenship</source>
      <translation>азаматтығы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="39" />
      <source>status</source>
      <translation>мәртебесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="40" />
      <source>place</source>
      <translation>орны</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="41" />
      <source>notes</source>
      <translation>ескертпелер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="42" />
      <source>source link</source>
      <translation>дереккөз сілтемесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="43" />
      <source>tags</source>
      <translation>белгілер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="44" />
      <source>kind</source>
      <translation>түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="45" />
      <source>city</source>
      <translation>қала</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="46" />
      <source>region</source>
      <translation>өңір</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="47" />
      <source>postal address</source>
      <translation>пошта мекенжайы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="48" />
      <source>coordinates</source>
      <translation>координаттар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="49" />
      <source>case number</source>
      <translation>іс нөмірі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="50" />
      <source>person</source>
      <translation>адам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="51" />
      <source>articles charged</source>
      <translation>айып баптары</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="52" />
      <source>country</source>
      <translation>ел</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="53" />
      <source>date opened</source>
      <translation>қозғалған күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="54" />
      <source>facility</source>
      <translation>мекеме</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="55" />
      <source>from</source>
      <translation>басталуы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="56" />
      <source>until</source>
      <translation>аяқталуы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="57" />
      <source>court</source>
      <translation>сот</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="58" />
      <source>date</source>
      <translation>күні</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="59" />
      <source>time</source>
      <translation>уақыты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="60" />
      <source>judge</source>
      <translation>судья</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/models.py" line="61" />
      <source>outcome</source>
      <translation>нәтижесі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="39" />
      <source>Persons</source>
      <translation>Адамдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="40" />
      <source>Cases (with charges)</source>
      <translation>Істер (айыптарымен)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="41" />
      <source>Facilities</source>
      <translation>Мекемелер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="42" />
      <source>Detentions</source>
      <translation>Ұстаулар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/pages.py" line="43" />
      <source>Hearings</source>
      <translation>Отырыстар</translation>
    </message>
  </context>
  <context>
    <name>TableImportDialog</name>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="39" />
      <source>Import Spreadsheet</source>
      <translation>Кестені импорттау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="49" />
      <source>‹ &amp;Back</source>
      <translation>‹ &amp;Артқа</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="50" />
      <source>&amp;Next ›</source>
      <translation>&amp;Келесі ›</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="51" />
      <source>&amp;Check</source>
      <translation>&amp;Тексеру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="53" />
      <source>&amp;Import</source>
      <translation>&amp;Импорттау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="100" />
      <source>Reading the file…</source>
      <translation>Файл оқылуда…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="123" />
      <source>Checking the rows…</source>
      <translation>Жолдар тексерілуде…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="145" />
      <source>Importing…</source>
      <translation>Импортталуда…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/table_import/wizard.py" line="154" />
      <source>Imported: {created} new, {updated} updated, {skipped} not imported. Edit ▸ Undo takes the import back.</source>
      <translation>Импортталды: жаңа {created}, жаңартылған {updated}, импортталмаған {skipped}. Түзету ▸ Болдырмау импортты қайтарады.</translation>
    </message>
  </context>
  <context>
    <name>TagEditor</name>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="44" />
      <source>New or existing tag</source>
      <extracomment>Tables whose changes may add or remove a tag name.</extracomment>
      <translation>Жаңа немесе бар тег</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="45" />
      <source>Tag to add</source>
      <translation>Қосылатын тег</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="50" />
      <source>Add Tag</source>
      <translation>Тег қосу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="53" />
      <source>Tags</source>
      <translation>Тегтер</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="55" />
      <source>Remove Tag</source>
      <translation>Тегті алып тастау</translation>
    </message>
  </context>
  <context>
    <name>TagFilter</name>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="110" />
      <source>Show only records with tag</source>
      <translation>Тек тегі бар жазбаларды көрсету</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="111" />
      <source>Show only records with this tag</source>
      <translation>Тек осы тегі бар жазбаларды көрсету</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/tag_widgets.py" line="131" />
      <source>All tags</source>
      <translation>Барлық тегтер</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="29" />
      <source>Letter Template: {kind} ({language})</source>
      <translation>Хат үлгісі: {kind} ({language})</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="35" />
      <source>&amp;Subject:</source>
      <translation>Та&amp;қырып:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="37" />
      <source>&amp;Text:</source>
      <translation>&amp;Мәтін:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="39" />
      <source>&amp;Restore Shipped Text</source>
      <translation>&amp;Бастапқы мәтінді қайтару</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/letters/template_dialog.py" line="49" />
      <source>The records fill in these placeholders:</source>
      <translation>Бұл өрістер жазбалардан толтырылады:</translation>
    </message>
  </context>
  <context>
    <name>TimeEdit</name>
    <message>
      <source>HH:MM</source>
      <translation type="vanished">СС:ММ</translation>
    </message>
    <message>
      <source>Write the time as HH:MM, e.g. 09:30</source>
      <translation type="vanished">Уақытты СС:ММ түрінде жазыңыз, мыс. 09:30</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/fields.py" line="60" />
      <source>hh:mm</source>
      <translation>сс:мм</translation>
    </message>
  </context>
  <context>
    <name>Trash</name>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="28" />
      <source>Person</source>
      <extracomment>Names of the record kinds, by table; translated when shown.</extracomment>
      <translation>Адам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="29" />
      <source>Name of a person</source>
      <translation>Адамның аты</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="30" />
      <source>Case</source>
      <translation>Іс</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="31" />
      <source>Party to a case</source>
      <translation>Іске қатысушы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="32" />
      <source>Code article</source>
      <translation>Кодекс бабы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="33" />
      <source>Charge</source>
      <translation>Айып</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="34" />
      <source>Facility</source>
      <translation>Мекеме</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="35" />
      <source>Detention</source>
      <translation>Ұстау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="36" />
      <source>Hearing</source>
      <translation>Сот отырысы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="37" />
      <source>Sentence</source>
      <translation>Үкім</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="38" />
      <source>Campaign action</source>
      <translation>Науқан әрекеті</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="39" />
      <source>Person in an action</source>
      <translation>Әрекеттегі адам</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="40" />
      <source>Case in an action</source>
      <translation>Әрекеттегі іс</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="41" />
      <source>Source</source>
      <translation>Дереккөз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="42" />
      <source>Citation</source>
      <translation>Дәйексөз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="43" />
      <source>Organisation</source>
      <translation>Ұйым</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="44" />
      <source>Tag</source>
      <translation>Тег</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="45" />
      <source>Tag on a record</source>
      <translation>Жазбадағы тег</translation>
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="65" />
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="65" />
      <source>Record</source>
      <translation>Жазба</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="65" />
      <source>Deleted</source>
      <translation>Жойылған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/model.py" line="75" />
      <source>uid {uid}</source>
      <translation>uid {uid}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/model.py" line="86" />
      <source>{label}, with %n record(s) that went along</source>
      <translation>
        <numerusform>{label}, онымен бірге %n жазба</numerusform>
        <numerusform>{label}, онымен бірге %n жазба</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrashPage</name>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="62" />
      <source>Filter the trash…</source>
      <translation>Себетті сүзу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="63" />
      <source>Filter the trash</source>
      <translation>Себетті сүзу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="71" />
      <source>Deleted records wait here. Restore brings one back with its links; Delete for Good removes it and cannot be undone.</source>
      <translation>Жойылған жазбалар осында сақталады. «Қалпына келтіру» жазбаны байланыстарымен бірге қайтарады; «Біржола жою» оны өшіреді, мұны болдырмау мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="82" />
      <source>Records in the trash</source>
      <translation>Себеттегі жазбалар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="95" />
      <source>&amp;Restore</source>
      <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="96" />
      <source>Bring the selected records back (Undo reverses this)</source>
      <translation>Таңдалған жазбаларды қайтару (Болдырмау мұны кері қайтарады)</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="99" />
      <source>Delete for &amp;Good…</source>
      <translation>&amp;Біржола жою…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="100" />
      <source>Remove the selected records; this cannot be undone</source>
      <translation>Таңдалған жазбаларды өшіру; мұны болдырмау мүмкін емес</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="103" />
      <source>&amp;Empty Trash…</source>
      <translation>Себетті &amp;тазалау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/pages.py" line="51" />
      <location filename="../../caseapp/gui/trash/page.py" line="115" />
      <source>Trash</source>
      <translation>Себет</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="133" />
      <source>Nothing can be added to the trash; delete a record instead.</source>
      <translation>Себетке ештеңе қосуға болмайды; оның орнына жазбаны жойыңыз.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="159" />
      <source>Restored %n record(s) from the trash (Undo reverses this).</source>
      <translation>
        <numerusform>Себеттен %n жазба қалпына келтірілді (Болдырмау мұны кері қайтарады).</numerusform>
        <numerusform>Себеттен %n жазба қалпына келтірілді (Болдырмау мұны кері қайтарады).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="173" />
      <source>Delete everything in the trash (%n record(s)) for good?</source>
      <translation>
        <numerusform>Себеттегінің бәрін (%n жазба) біржола жою керек пе?</numerusform>
        <numerusform>Себеттегінің бәрін (%n жазба) біржола жою керек пе?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="165" />
      <source>Delete %n record(s) for good?</source>
      <translation>
        <numerusform>%n жазбаны біржола жою керек пе?</numerusform>
        <numerusform>%n жазбаны біржола жою керек пе?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="165" />
      <location filename="../../caseapp/gui/trash/page.py" line="205" />
      <source>Delete for Good</source>
      <translation>Біржола жою</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="174" />
      <source>Empty Trash</source>
      <translation>Себетті тазалау</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="184" />
      <source>Deleted %n record(s) for good.</source>
      <translation>
        <numerusform>%n жазба біржола жойылды.</numerusform>
        <numerusform>%n жазба біржола жойылды.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="188" />
      <source>Replaced %n older backup(s) with one fresh backup.</source>
      <translation>
        <numerusform>%n ескі сақтық көшірме бір жаңа көшірмемен ауыстырылды.</numerusform>
        <numerusform>%n ескі сақтық көшірме бір жаңа көшірмемен ауыстырылды.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="192" />
      <source>Older Backups</source>
      <translation>Ескі сақтық көшірмелер</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="193" />
      <source>%n backup(s) made before still hold the deleted records.</source>
      <translation>
        <numerusform>Бұрын жасалған %n сақтық көшірмеде жойылған жазбалар әлі бар.</numerusform>
        <numerusform>Бұрын жасалған %n сақтық көшірмеде жойылған жазбалар әлі бар.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="196" />
      <source>Replace them with one fresh backup made now? Anyone who gets the older backups can read the deleted records; keeping them lets you go back to an earlier state.</source>
      <translation>Оларды қазір жасалған бір жаңа көшірмемен ауыстыру керек пе? Ескі көшірмелерді алған адам жойылған жазбаларды оқи алады; оларды сақтасаңыз, бұрынғы күйге қайта аласыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="198" />
      <source>Replace Backups</source>
      <translation>Көшірмелерді ауыстыру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="199" />
      <source>Keep Backups</source>
      <translation>Көшірмелерді сақтау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/trash/page.py" line="207" />
      <source>This cannot be undone. The undo history is cleared as well.</source>
      <translation>Мұны болдырмау мүмкін емес. Болдырмау тарихы да тазаланады.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../caseapp/gui/trash/page.py" line="218" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n жазба</numerusform>
        <numerusform>%n жазба</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <location filename="../../caseapp/gui/undo.py" line="27" />
      <source>&amp;Undo</source>
      <translation>&amp;Болдырмау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/undo.py" line="28" />
      <source>&amp;Redo</source>
      <translation>&amp;Қайталау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/undo.py" line="30" />
      <source>&amp;Undo {step}</source>
      <translation>&amp;Болдырмау: {step}</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/undo.py" line="33" />
      <source>&amp;Redo {step}</source>
      <translation>&amp;Қайталау: {step}</translation>
    </message>
  </context>
  <context>
    <name>UnexpectedErrorDialog</name>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="101" />
      <source>Unexpected Error</source>
      <extracomment>Path parts after which a file's path says where it is without naming the computer's user.</extracomment>
      <translation>Күтпеген қате</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="107" />
      <source>Something went wrong that caseapp did not expect.</source>
      <translation>Бірдеңе дұрыс болмады: caseapp мұны күтпеген.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="110" />
      <source>What was saved before is safe. If you were saving a change, check whether it is there, and try again.

If this happens again, press “Copy Details” and send what it copies to the person who helps your group with caseapp. The details name no one from your database.</source>
      <translation>Бұрын сақталғанның бәрі аман. Өзгерісті сақтап жатқан болсаңыз, оның сақталғанын тексеріп, қайта көріңіз.

Бұл қайталанса, «Мәліметтерді көшіру» батырмасын басып, көшірілгенді тобыңызға caseapp бойынша көмектесетін адамға жіберіңіз. Мәліметтерде дерекқорыңыздағы ешкімнің аты жоқ.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="115" />
      <source>&amp;Copy Details</source>
      <translation>Мәліметтерді &amp;көшіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unexpected.py" line="123" />
      <source>Details Copied</source>
      <translation>Мәліметтер көшірілді</translation>
    </message>
  </context>
  <context>
    <name>Unsaved</name>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="128" />
      <source>Discard Changes?</source>
      <translation>Өзгерістерден бас тарту керек пе?</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="129" />
      <source>You changed this form. Save the changes?</source>
      <translation>Сіз бұл пішінді өзгерттіңіз. Өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="132" />
      <source>&amp;Save</source>
      <translation>&amp;Сақтау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="134" />
      <source>&amp;Discard</source>
      <translation>Сақта&amp;мау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/common/unsaved.py" line="136" />
      <source>Cancel</source>
      <translation>Болдырмау</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="105" />
      <location filename="../../caseapp/gui/welcome/screen.py" line="106" />
      <source>Welcome to CaseApp</source>
      <translation>CaseApp-қа қош келдіңіз</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="108" />
      <source>CaseApp keeps the cases of detained people on this computer and never goes online. Choose your language, then how to begin.</source>
      <translation>CaseApp ұсталған адамдардың істерін осы компьютерде сақтайды және ешқашан интернетке шықпайды. Тілді, содан кейін неден бастайтыныңызды таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="110" />
      <source>Language:</source>
      <translation>Тіл:</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="111" />
      <source>&amp;Create a new database…</source>
      <translation>Жаңа дерекқор &amp;жасау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="112" />
      <source>An empty file, encrypted with a passphrase if you wish</source>
      <translation>Бос файл, қаласаңыз құпия сөзбен шифрланған</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="114" />
      <source>&amp;Import a list you keep in a spreadsheet…</source>
      <translation>Кестедегі тізімді &amp;импорттау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="116" />
      <source>Create a new database, then take persons, cases, facilities, detentions or hearings from a CSV or Excel file</source>
      <translation>Жаңа дерекқор жасап, оған CSV немесе Excel файлынан адамдарды, істерді, мекемелерді, ұстауларды не сот отырыстарын алу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="118" />
      <source>Open the &amp;demo</source>
      <translation>&amp;Демоны ашу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="119" />
      <source>Try CaseApp on fictional people</source>
      <translation>CaseApp-ты ойдан шығарылған адамдармен байқап көру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="120" />
      <source>&amp;Open an existing file…</source>
      <translation>Бар файлды &amp;ашу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/welcome/screen.py" line="160" />
      <source>Open Database</source>
      <translation>Дерекқорды ашу</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="51" />
      <source>&amp;New…</source>
      <translation>&amp;Жасау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="53" />
      <source>Add a record to the list you are looking at</source>
      <translation>Ашық тұрған тізімге жазба қосу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="54" />
      <source>New &amp;Database…</source>
      <translation>Жаңа &amp;дерекқор…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="56" />
      <source>Create an empty database file and open it</source>
      <translation>Бос дерекқор файлын жасап, оны ашу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="57" />
      <source>&amp;Open Database…</source>
      <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="66" />
      <source>&amp;Back Up Now</source>
      <translation>&amp;Сақтық көшірме жасау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="67" />
      <source>Copy the database into the backup folder</source>
      <translation>Дерекқорды сақтық көшірмелер бумасына көшіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="59" />
      <source>&amp;Settings…</source>
      <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="62" />
      <source>&amp;Quit</source>
      <translation>&amp;Шығу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="68" />
      <source>Bac&amp;kups…</source>
      <translation>Сақтық &amp;көшірмелер…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="69" />
      <source>See the backups, restore one, or replace them with one fresh backup</source>
      <translation>Сақтық көшірмелерді көру, біреуін қалпына келтіру немесе оларды бір жаңа көшірмемен ауыстыру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="71" />
      <source>&amp;Encrypt Database…</source>
      <translation>Дерекқорды ш&amp;ифрлау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="72" />
      <source>Encrypt the open file with a passphrase</source>
      <translation>Ашық тұрған файлды құпия сөзбен шифрлау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="73" />
      <source>C&amp;hange Passphrase…</source>
      <translation>Құпия сөзді а&amp;уыстыру…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="75" />
      <source>E&amp;xport Decrypted Copy…</source>
      <translation>Шифры ашылған көшірмені &amp;экспорттау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="77" />
      <source>Write a copy that opens without the passphrase</source>
      <translation>Құпия сөзсіз ашылатын көшірме жазу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="79" />
      <source>&amp;Lock</source>
      <translation>&amp;Құлыптау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="80" />
      <source>Close the database and hide it until it is unlocked</source>
      <translation>Дерекқорды жауып, құлып ашылғанша жасыру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="81" />
      <source>&amp;Panic: Close and Forget</source>
      <translation>Дабыл: жабу және &amp;ұмыту</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="83" />
      <source>Close the database at once and clear the recent files, the saved view and the clipboard</source>
      <translation>Дерекқорды бірден жауып, соңғы файлдар тізімін, сақталған көріністі және алмасу буферін тазарту</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="87" />
      <source>&amp;Undo</source>
      <translation>&amp;Болдырмау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="88" />
      <source>&amp;Redo</source>
      <translation>&amp;Қайталау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="90" />
      <source>&amp;Find…</source>
      <translation>&amp;Іздеу…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="92" />
      <source>Search the list you are looking at</source>
      <translation>Ашық тұрған тізімнен іздеу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="93" />
      <source>&amp;Delete</source>
      <translation>&amp;Жою</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="95" />
      <source>Move the selected record to the trash</source>
      <translation>Таңдалған жазбаны себетке жіберу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="98" />
      <source>&amp;Paste Article…</source>
      <translation>Мақаланы &amp;қою…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="101" />
      <source>Paste a news article and turn it into persons, cases and hearings</source>
      <translation>Жаңалық мақаласын қойып, одан адамдар, істер және сот отырыстарын жасау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="102" />
      <source>&amp;Import Spreadsheet…</source>
      <translation>Кестені &amp;импорттау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="105" />
      <source>Import persons, cases, facilities, detentions or hearings from CSV or XLSX</source>
      <translation>CSV немесе XLSX файлынан адамдарды, істерді, мекемелерді, ұстауларды немесе отырыстарды импорттау</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="106" />
      <source>&amp;Reports…</source>
      <translation>&amp;Есептер…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="107" />
      <source>Write a dossier, brief or hearing schedule as PDF</source>
      <translation>Досьені, анықтаманы немесе сот отырыстарының кестесін PDF түрінде жазу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="108" />
      <source>E&amp;xport Bundle…</source>
      <translation>Пакетті &amp;экспорттау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="110" />
      <source>Write the records to a file for a colleague's caseapp</source>
      <translation>Жазбаларды әріптестің caseapp-ына арналған файлға жазу</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="112" />
      <source>&amp;Import Bundle…</source>
      <translation>Пакетті &amp;импорттау…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="114" />
      <source>Merge a colleague's bundle into this database</source>
      <translation>Әріптестің пакетін осы дерекқорға біріктіру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="115" />
      <source>Exchange C&amp;onflicts…</source>
      <translation>Алмасу &amp;қайшылықтары…</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="117" />
      <source>&amp;Check Database</source>
      <translation>Дерекқорды &amp;тексеру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="118" />
      <source>Look for damage in the database file</source>
      <translation>Дерекқор файлында зақым бар-жоғын тексеру</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="119" />
      <source>Volunteer &amp;Guide</source>
      <translation>Ерікті &amp;нұсқаулығы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="121" />
      <source>First case, articles, reports, backups and safety, step by step</source>
      <translation>Алғашқы іс, мақалалар, есептер, сақтық көшірмелер және қауіпсіздік — қадам-қадаммен</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="123" />
      <source>&amp;About CaseApp</source>
      <translation>CaseApp &amp;туралы</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="145" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="146" />
      <source>Open &amp;Recent</source>
      <translation>Соңғы &amp;файлдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="154" />
      <source>&amp;Edit</source>
      <translation>&amp;Түзету</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="156" />
      <source>&amp;View</source>
      <translation>&amp;Көрініс</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="158" />
      <source>&amp;Tools</source>
      <translation>&amp;Құралдар</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="161" />
      <source>&amp;Help</source>
      <translation>&amp;Анықтама</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="188" />
      <source>No recent databases</source>
      <translation>Соңғы дерекқорлар жоқ</translation>
    </message>
    <message>
      <location filename="../../caseapp/gui/window_actions.py" line="191" />
      <source>&amp;Clear Menu</source>
      <translation>Мәзірді &amp;тазалау</translation>
    </message>
  </context>
  <context>
    <name>WindowLock</name>
    <message>
      <location filename="../../caseapp/gui/safety/lock.py" line="131" />
      <source>Type the passphrase of {name}.</source>
      <translation>{name} құпия сөзін енгізіңіз.</translation>
    </message>
  </context>
</TS>
