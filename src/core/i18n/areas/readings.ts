/**
 * Problem messages of the readings area (see the file list in README, Languages): periods and dates
 * (core/periods.ts), timescales (timescales.ts), bank holidays (bank-holidays.ts) and the widgets' layouts'
 * own problems (components/*\/*.layout.ts). Welsh: kit's own wording unless a key says otherwise, NEEDS REVIEW
 * BY A WELSH SPEAKER.
 *
 * As in the schema area, each message follows its place, so the Welsh starts without a subject or with the
 * value and a colon (`{value}: nid yw’n gyfnod`), and nothing from the data mutates. The forms a reader takes
 * (`2009/10`, `Q1 2010/11`, `"Within three months"`, `academic year`, `AY`) and the names of fields and
 * columns (`due`, `timescale`, `polarity`, `range`, `time_period`) are typed as they stand, in English.
 */
import type { WelshOf } from '../types.js';

export const EN = {
  // Periods (periods.ts): each reason follows the value, `"2009/11" is not a financial year: …`.
  'period.value': '{value} {why}',
  'period.notText': 'is not a period: write a date or period in quotes, such as "2010-03-31" or "2009/10"',
  'period.notPeriod':
    'is not a period: use a date (2010-03-31), a month (2010-03 or March 2010), a financial year (2009/10), a quarter (Q1 2010/11) or a year (2009)',
  'period.notAcademicYear':
    'is not an academic year: the second year must follow the first, as in 2018/19 academic year',
  'period.notTerm': 'is not a term: the second year must follow the first, as in Spring term 2024/25',
  'period.notFinancialYear': 'is not a financial year: the second year must follow the first, as in 2009/10',
  'period.notQuarter': 'is not a quarter: the second year must follow the first, as in Q1 2010/11',
  'period.notMonth': 'is not a month: write a month as 2010-03, or a financial year as 2009/10',
  'period.unknownMonth':
    'is not a date: the month is not one the kit knows. Write it as a word (March) or a number (2010-03-31)',
  'period.notRealDate': 'is not a real date: check the day and the month',
  'period.twoDigitYear':
    'has a two-digit year from 30 to 99, which could mean 19xx or 20xx: write the year in full (e.g. {later} or {earlier})',
  'period.monthOrDay':
    'is ambiguous: write {short} or {month} for the month, or a date with its year, such as {day}, for the day',
  'period.serial':
    'looks like an Excel date serial number: format the column as dates in Excel (e.g. 31/03/2010), or write {date}',
  'period.monthNoYear': 'has no year: write e.g. {example} or "2010-03"',
  'period.termNoYear': 'has no year: write it with its academic year, e.g. {example}',
  'period.quarterNoYear': 'has no year: write it with its financial year, e.g. {example}',
  'period.snapshotNoYear': 'has no year: write the snapshot date with its year, e.g. {example}',
  'period.notSnapshot':
    'is not a snapshot date: write the day, such as "As at 31 March 2025" or "at 2025-03-31"',
  'period.calendarQuarter': 'is ambiguous: write the financial quarter as {example}, or give months',
  'period.yearCode':
    'could be the financial year {pair} (April {first} to March {next}) or the academic year {pair} (September {first} to August {next}): write {pair} for the financial year, or {pair} academic year (or AY {pair}) for the academic year',
  'period.monthOrAcademicYear':
    'could be {month} or the academic year {pair}: write {pair} for the academic year, or {month} for the month',
  // A date outside the years the kit reads: a period's reason, and part of a timescale's message.
  'period.outOfYears': 'is outside the years the kit reads ({first} to {last}): check the year',
  'period.outside': '{outOfYears}',
  // Explore Education Statistics codes (eesPeriod): each message names its column.
  'period.ees.empty': 'time_period is empty: write the period code, such as 202425',
  'period.ees.notSix': 'time_period {value} is not {what} code: write six digits, such as 202425 for 2024/25',
  'period.ees.notPair':
    'time_period {value} is not {what} code: the second year must follow the first, as in 202425 for 2024/25',
  'period.ees.academicYear': 'an academic year',
  'period.ees.financialYear': 'a financial year',
  'period.ees.year': 'a year',
  'period.ees.notFour': 'time_period {value} is not a calendar year: write four digits, such as 2024',
  'period.ees.monthAmbiguous':
    'time_period {value} with {identifier} could be {month} {first} (financial year {pair}) or {month} {next} (academic year {pair}): write the time_period as {first} or {next}',
  'period.ees.unknownIdentifier': 'time_identifier {value} is not one the kit reads yet: use {identifiers}',
  'period.ees.quarters': 'Financial year Q1 to Q4',
  'period.ees.aMonth': 'a month (January to December)',
  // Timescales (timescales.ts).
  'timescale.needsPublished':
    '{value} counts from the publication date, but none is given: add the report\'s "published" date to the data, or a published attribute to the tag',
  'timescale.needsInspected':
    '{value} counts from the inspection, but no date is given: add the inspection\'s "inspected" date (or the report\'s "published" date) to the data, or an inspected attribute to the tag',
  'timescale.badNumber':
    '{value} has a number the kit cannot read: write it in digits (14) or as a word from one to twelve',
  'timescale.outOfYears': '{value} gives a due date that {outOfYears} and the number',
  'timescale.holidaysUnknown':
    '{value} counts working days into {year}, but the kit knows the bank holidays of {region} from {first} to {last} only: give the action its "due" date instead',
  'timescale.notTimescale':
    '{value} is not a timescale: use "Immediately", "Within three months" (or days, weeks, working days), "by 31 March 2010" or "Ongoing"',
  // Bank holidays (bank-holidays.ts): the regions, as GOV.UK names their lists.
  'holiday.england-and-wales': 'England and Wales',
  'holiday.scotland': 'Scotland',
  'holiday.northern-ireland': 'Northern Ireland',
  // The judgement grid (judgement-grid.layout.ts).
  'layout.grid.columnScalesExpected': 'columns and their scales',
  'layout.grid.columnScalesHow':
    'write each column, a colon and its scale, with commas between (Safeguarding: ofsted-safeguarding)',
  'layout.grid.notColumnScales': '{value} is not a list of columns and scales: {how}',
  'layout.grid.notColumnScale': '{value} is not a column and its scale: {how}',
  'layout.grid.columnNotScale':
    '{value} gives {column} the scale {id}, which is not a scale{guess}: use {scales}',
  'layout.grid.valueTwice': '{value} is used by two grades',
  'layout.grid.notColumn': '{value} is not a column{guess}: use {columns}',
  'layout.grid.beforeScale':
    '{value} is before the {scale} came in, on {date}: check the date, or give the column the scale it was graded on ("scale")',
  'layout.grid.outOfOrder':
    'is earlier than the column before it: compare reads columns left to right, oldest first',
  // The RAG matrix (rag-matrix.layout.ts).
  'layout.rag.noStatus':
    'has no status it can show: give a status or a rating, or a value and a target that can be read',
  'layout.rag.noTarget':
    'has a value but no target, so it has no status: give a target, a status or a rating',
  'layout.rag.noPolarity':
    'has a value and a target but does not say which way is better, so it has no status: give a polarity, up (higher is better) or down (lower is better), or a status or a rating',
  'layout.rag.polarityNone':
    'has a value and a target, but its polarity says nothing is judged, so it has no status: give a polarity up or down, or a status or a rating',
  // The KPI sparkline (kpi-sparkline.layout.ts).
  'layout.kpi.periodTwice': '{period} appears twice in the series: keep one value for each period',
  'layout.kpi.rangeWithout':
    'is a range (Bell Shaped), but there is no "range" or target, so no status can be given: add "range": [low, high], or a target',
  // The deadline timeline (deadline-timeline.layout.ts).
  // The fields' names and the example are holes: typed as they stand, in every language.
  'layout.timeline.noDue': 'has no due date: give it a {due} date or a {timescale} (such as {example})',
  'layout.timeline.completedNotDone':
    'is given, but the status is {status}: set the status to done, or remove the completed date',
} as const;

export const CY: WelshOf<typeof EN> = {
  // A reason follows the value and a colon, so that nothing mutates it.
  'period.value': '{value}: {why}',
  'period.notText':
    'nid yw’n gyfnod: ysgrifennwch ddyddiad neu gyfnod mewn dyfynodau, fel "2010-03-31" neu "2009/10"',
  'period.notPeriod':
    'nid yw’n gyfnod: defnyddiwch ddyddiad (2010-03-31), mis (2010-03 neu March 2010), blwyddyn ariannol (2009/10), chwarter (Q1 2010/11) neu flwyddyn (2009)',
  'period.notAcademicYear':
    'nid yw’n flwyddyn academaidd: rhaid i’r ail flwyddyn ddilyn y gyntaf, fel yn 2018/19 academic year',
  'period.notTerm': 'nid yw’n dymor: rhaid i’r ail flwyddyn ddilyn y gyntaf, fel yn Spring term 2024/25',
  'period.notFinancialYear':
    'nid yw’n flwyddyn ariannol: rhaid i’r ail flwyddyn ddilyn y gyntaf, fel yn 2009/10',
  'period.notQuarter': 'nid yw’n chwarter: rhaid i’r ail flwyddyn ddilyn y gyntaf, fel yn Q1 2010/11',
  'period.notMonth': 'nid yw’n fis: ysgrifennwch fis fel 2010-03, neu flwyddyn ariannol fel 2009/10',
  'period.unknownMonth':
    'nid yw’n ddyddiad: nid yw’r pecyn yn adnabod y mis. Ysgrifennwch ef fel gair (March) neu rif (2010-03-31)',
  'period.notRealDate': 'nid yw’n ddyddiad go iawn: gwiriwch y diwrnod a’r mis',
  // The forms to write follow "e.e.", which mutates nothing.
  'period.twoDigitYear':
    'mae ganddo flwyddyn dau ddigid o 30 i 99, a allai olygu 19xx neu 20xx: ysgrifennwch y flwyddyn yn llawn (e.e. {later} neu {earlier})',
  'period.monthOrDay':
    'mae’n amwys: ar gyfer y mis, ysgrifennwch {short} neu {month}; ar gyfer y diwrnod, dyddiad gyda’i flwyddyn, e.e. {day}',
  'period.serial':
    'mae’n edrych fel rhif cyfresol dyddiad Excel: fformatiwch y golofn fel dyddiadau yn Excel (e.e. 31/03/2010), neu ysgrifennwch: {date}',
  'period.monthNoYear': 'does dim blwyddyn: ysgrifennwch e.e. {example} neu "2010-03"',
  'period.termNoYear': 'does dim blwyddyn: ysgrifennwch ef gyda’i flwyddyn academaidd, e.e. {example}',
  'period.quarterNoYear': 'does dim blwyddyn: ysgrifennwch ef gyda’i flwyddyn ariannol, e.e. {example}',
  'period.snapshotNoYear':
    'does dim blwyddyn: ysgrifennwch ddyddiad y cipolwg gyda’i flwyddyn, e.e. {example}',
  'period.notSnapshot':
    'nid yw’n ddyddiad cipolwg: ysgrifennwch y diwrnod, fel "As at 31 March 2025" neu "at 2025-03-31"',
  'period.calendarQuarter': 'mae’n amwys: ysgrifennwch y chwarter ariannol fel {example}, neu rhowch fisoedd',
  // The years stand after "o" and "i", which mutate no digit; the forms to write stay in English.
  'period.yearCode':
    'gallai fod y flwyddyn ariannol {pair} (Ebrill {first} i Fawrth {next}) neu’r flwyddyn academaidd {pair} (Medi {first} i Awst {next}): ysgrifennwch {pair} ar gyfer y flwyddyn ariannol, neu {pair} academic year (neu AY {pair}) ar gyfer y flwyddyn academaidd',
  'period.monthOrAcademicYear':
    'gallai olygu’r naill neu’r llall o’r rhain: y mis {month}, y flwyddyn academaidd {pair}: ysgrifennwch {pair} ar gyfer y flwyddyn academaidd, neu {month} ar gyfer y mis',
  'period.outOfYears':
    'y tu allan i’r blynyddoedd y mae’r pecyn yn eu darllen ({first} i {last}): gwiriwch y flwyddyn',
  'period.outside': 'mae’r dyddiad {outOfYears}',
  'period.ees.empty': 'mae time_period yn wag: ysgrifennwch god y cyfnod, fel 202425',
  // The code follows "time_period"; what it is not, a name of the kit's, follows "cod", which mutates nothing.
  'period.ees.notSix':
    'time_period {value}: nid yw’n god {what}: ysgrifennwch chwe digid, fel 202425 ar gyfer 2024/25',
  'period.ees.notPair':
    'time_period {value}: nid yw’n god {what}: rhaid i’r ail flwyddyn ddilyn y gyntaf, fel yn 202425 ar gyfer 2024/25',
  'period.ees.academicYear': 'blwyddyn academaidd',
  'period.ees.financialYear': 'blwyddyn ariannol',
  'period.ees.year': 'blwyddyn',
  'period.ees.notFour': 'time_period {value}: nid yw’n flwyddyn galendr: ysgrifennwch bedwar digid, fel 2024',
  'period.ees.monthAmbiguous':
    'time_period {value}, time_identifier {identifier}: gallai olygu’r naill neu’r llall o’r rhain: {month} {first} (blwyddyn ariannol {pair}), {month} {next} (blwyddyn academaidd {pair}): ysgrifennwch y time_period fel {first} neu {next}',
  'period.ees.unknownIdentifier':
    'time_identifier {value}: nid yw’r pecyn yn ei ddarllen eto: defnyddiwch {identifiers}',
  'period.ees.quarters': '"Financial year Q1" i "Financial year Q4"',
  'period.ees.aMonth': 'unrhyw fis ("January" i "December")',
  // The words to type (the field names, the number words, the forms of a timescale) stay in English, in quotes.
  'timescale.needsPublished':
    '{value}: mae’n cyfrif o ddyddiad cyhoeddi, ond ni roddwyd un: ychwanegwch ddyddiad "published" yr adroddiad at y data, neu briodwedd published at y tag',
  'timescale.needsInspected':
    '{value}: mae’n cyfrif o’r arolygiad, ond ni roddwyd dyddiad: ychwanegwch ddyddiad "inspected" yr arolygiad (neu ddyddiad "published" yr adroddiad) at y data, neu briodwedd inspected at y tag',
  'timescale.badNumber':
    '{value}: mae rhif ynddo nad yw’r pecyn yn gallu ei ddarllen: ysgrifennwch ef mewn digidau (14) neu fel gair o "one" i "twelve"',
  'timescale.outOfYears': '{value}: mae’n rhoi dyddiad cau sydd {outOfYears} a’r rhif',
  // The region is the kit's own name (holiday.*), after "gwyliau banc", which mutates nothing.
  'timescale.holidaysUnknown':
    '{value}: mae’n cyfrif diwrnodau gwaith i mewn i {year}, ond dim ond gwyliau banc {region} o {first} i {last} y mae’r pecyn yn eu gwybod: rhowch ddyddiad "due" i’r cam gweithredu yn lle hynny',
  'timescale.notTimescale':
    '{value}: nid yw’n amserlen: defnyddiwch "Immediately", "Within three months" (neu "days", "weeks", "working days"), "by 31 March 2010" neu "Ongoing"',
  // The names of the nations in Welsh.
  'holiday.england-and-wales': 'Cymru a Lloegr',
  'holiday.scotland': 'yr Alban',
  'holiday.northern-ireland': 'Gogledd Iwerddon',
  'layout.grid.columnScalesExpected': 'colofnau a’u graddfeydd',
  'layout.grid.columnScalesHow':
    'ysgrifennwch bob colofn, colon a’i graddfa, gyda chomâu rhyngddynt (Safeguarding: ofsted-safeguarding)',
  'layout.grid.notColumnScales': '{value}: nid yw’n rhestr o golofnau a graddfeydd: {how}',
  'layout.grid.notColumnScale': '{value}: nid yw’n golofn a’i graddfa: {how}',
  // The column and the id follow a colon and "graddfa:", so that nothing mutates them.
  'layout.grid.columnNotScale':
    '{value}: mae’n rhoi graddfa nad yw’n bod i’r golofn {column} (graddfa: {id}){guess}: defnyddiwch {scales}',
  'layout.grid.valueTwice': '{value}: mae dwy radd yn defnyddio’r rhif hwn',
  'layout.grid.notColumn': '{value}: nid yw’n golofn{guess}: defnyddiwch {columns}',
  // The scale's name stands in brackets, as in scale.notGrade.
  'layout.grid.beforeScale':
    '{value}: mae’n gynharach na’r dyddiad y daeth y raddfa hon ({scale}) i rym, sef {date}: gwiriwch y dyddiad, neu rhowch i’r golofn y raddfa y’i graddiwyd arni ("scale")',
  'layout.grid.outOfOrder':
    'mae’n gynharach na’r golofn o’i blaen: mae compare yn darllen y colofnau o’r chwith i’r dde, yr hynaf yn gyntaf',
  'layout.rag.noStatus':
    'does dim statws y gall ei ddangos: rhowch statws neu sgôr, neu werth a tharged y gellir eu darllen',
  'layout.rag.noTarget': 'mae gwerth ond dim targed, felly does dim statws: rhowch darged, statws neu sgôr',
  'layout.rag.noPolarity':
    'mae gwerth a tharged, ond nid yw’n dweud pa ffordd sy’n well, felly does dim statws: rhowch "polarity", up (uwch sy’n well) neu down (is sy’n well), neu statws neu sgôr',
  'layout.rag.polarityNone':
    'mae gwerth a tharged, ond mae ei "polarity" yn dweud nad oes dim yn cael ei farnu, felly does dim statws: rhowch "polarity" up neu down, neu statws neu sgôr',
  'layout.kpi.periodTwice':
    '{period}: mae’n ymddangos ddwywaith yn y gyfres: cadwch un gwerth ar gyfer pob cyfnod',
  'layout.kpi.rangeWithout':
    'mae’n ystod (Bell Shaped), ond does dim "range" na tharged, felly ni ellir rhoi statws: ychwanegwch "range": [isaf, uchaf], neu darged',
  'layout.timeline.noDue':
    'does dim dyddiad cau: rhowch ddyddiad ({due}) neu amserlen ({timescale}) iddo (fel {example})',
  // The status follows a colon, as the data wrote it.
  'layout.timeline.completedNotDone':
    'mae wedi’i roi, ond statws y cam gweithredu yw: {status}: gosodwch y statws i done, neu tynnwch y dyddiad cwblhau',
};
