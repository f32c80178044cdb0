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
  // The judgement grid (judgement-grid.layout.ts).
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
    'does dim dyddiad dyledus: rhowch ddyddiad ({due}) neu amserlen ({timescale}) iddo (fel {example})',
  // The status follows a colon, as the data wrote it.
  'layout.timeline.completedNotDone':
    'mae wedi’i roi, ond statws y cam gweithredu yw: {status}: gosodwch y statws i done, neu tynnwch y dyddiad cwblhau',
};
