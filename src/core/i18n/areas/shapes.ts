/**
 * Problem messages of the shapes area (see the file list in README, Languages): the readers of each widget's
 * data shape (core/shapes/). Welsh: kit's own wording unless a key says otherwise, NEEDS REVIEW BY A WELSH
 * SPEAKER.
 *
 * Each message follows its place (`Rhes 3 CSV: …`, `Y briodwedd ref: …`), so the Welsh starts without a
 * subject or with the value and a colon (`{value}: nid yw’n …`). What the data holds (an area, a column's
 * header, a filter's value) stands after a colon, in quotes, or after words that do not mutate it (`ar gyfer`,
 * `y golofn`); the headers, fields and words to type (`title`, `period`, `ref="Leeds: …"`, `"columns"`) are
 * typed as they stand. The ref attribute's problems follow its place, `Y briodwedd ref`, which is feminine
 * (`wedi’i gosod`, `ei hangen`).
 */
import type { WelshOf } from '../types.js';

export const EN = {
  // The widgets, as messages name them (recognise.ts, sheet-shape.ts).
  'shape.widget.grid': 'judgement grid',
  'shape.widget.matrix': 'RAG matrix',
  'shape.widget.kpi': 'KPI sparkline',
  'shape.widget.timeline': 'deadline timeline',
  // Data for another widget, or a select on the wrong part (recognise.ts).
  'shape.why.grades': 'its rows have grades',
  'shape.why.cells': 'its rows have cells with statuses',
  'shape.why.actions': 'it has actions',
  'shape.why.series': 'it has a series of values',
  'shape.why.kpis': 'it holds indicators',
  'shape.otherWidget': 'looks like data for a {other} ({why}), not a {widget}: use {tag} for it{hint}',
  'shape.orHint': ', or {hint}',
  'shape.wholeReport': 'is a whole report, not the data for one {widget}: {hint} (the report holds {holds})',
  'shape.notData': 'is not data for a {widget}: {hint}',
  'shape.changeSelect': 'change select="{select}" to {part}',
  'shape.changeSelectOneOf': 'change select="{select}" to one of {parts}',
  'shape.addSelect': 'add {part} to the tag',
  'shape.chooseSelect': "choose a part with the tag's select attribute: {parts}",
  'shape.whereSelect': 'The part chosen by select="{select}"',
  'shape.wherePart': 'The part of the data at {path}',
  // Shared parts (common.ts).
  'shape.aPeriod': 'a period',
  'shape.notColumnId':
    '{value} is not the id of a column: use {ids}, or add a column with this id to "columns"',
  // A table for another widget (sheet-shape.ts); a sheet's kind in messages.
  'sheet.otherWidget':
    'looks like a table for a {other} (its columns are {columns}), not a {widget}: use {tag} for it',
  'sheet.CSV': 'CSV',
  'sheet.table': 'table',
  // A header that two aliases could stand for (header-aliases.ts), and the fields they stand for.
  'alias.ambiguous':
    'the columns {names} could each be the {field}, so none of them is read: head the one to use "{own}"',
  'alias.reference': 'reference',
  'alias.title': 'title',
  'alias.period': 'period',
  'alias.value': 'value',
  'alias.due': 'due date',
  'alias.owner': 'owner',
  'alias.completed': 'date completed',
  // The judgement grid's and the RAG matrix's tables (grid-sheet.ts), and the grid's rows (judgements.ts).
  'grid.needsRowAndColumn': 'needs both a {row} and a {column}, so it is not read: fill in the empty one',
  'grid.noHeader': 'has values but no header, so it is not read: give the column a header',
  'grid.notColumn':
    '{value} is not a column in the {source}{guess}: use its header as written (the headers are {headers})',
  'grid.noLabel': 'has no label in its first column, so it is not read: write the row’s label there',
  'grid.expectedCell':
    'one grade (such as "Good" or 2), or a grade with a note: { "grade": "Good", "note": "…" }',
  'grid.expectedScale': 'a scale\'s name ({ids}), or a scale of your own: { "id", "name", "grades" }',
  'grid.secondGrade':
    'gives {row} a second grade for {column}; the first, at {first}, is shown: remove the one that is wrong',
  'grid.parentTwice':
    'its parent {parent} names more than one row, so it is put under the first: give the rows different labels',
  'grid.parentMissing':
    'its parent {parent} is not a row in the {source}, so it is shown at the top level: check the spelling, or add that row',
  'grid.parentUnder':
    'its parent {parent} sits under it, so it is shown at the top level: check the parent column',
  // The RAG matrix (rag.ts).
  'rag.expectedCell':
    'one status or rating (such as "Green" or "Good"), or one with a note: { "rating": "Good", "note": "…" }',
  'rag.expectedMap': 'rating words and their statuses',
  'rag.mapHow': 'write each rating word, a colon and its status, with commas between (lg:green, la:amber)',
  'rag.notMap': '{value} is not a map: {how}',
  'rag.notRatingAndStatus': '{value} is not a rating and its status: {how}',
  'rag.notStatus': '{entry} gives {word} the status {status}, which is not a status: use {statuses}',
  // A KPI (kpi.ts).
  'kpi.expectedUnit': '"percent", "count", a word such as "days", { "rate": 10000 } or { "outOf": 15 }',
  'kpi.expectedValue': 'a number, or nothing for a gap (leave the value out)',
  'kpi.expectedTarget':
    'one number, or { "period": "2009/10", "value": 80 }, or several of those in [ ] for a stepped target',
  'kpi.noColumn': 'has no {name} column: add a column headed {column} (the headers are {headers})',
  'kpi.refNotNeeded': 'is not needed: the data holds no indicators. Add the indicators to "kpis"',
  'kpi.refNotSet': 'is not set, and the data holds {n} indicators: choose one with ref{refs}',
  'kpi.refOneIndicator':
    '{value} cannot be picked: the data is one indicator, not several under "kpis". Remove ref, or check the file',
  'kpi.refNotFound': '{value} is not the ref of an indicator in the data: use one of its refs{refs}',
  'kpi.refTwice':
    '{value} is also the ref of an earlier indicator, which is the one shown: give each indicator its own ref',
  // An Explore Education Statistics file (ees.ts).
  'ees.andMore': ', and {n} more',
  'ees.refNotSet': 'is not set',
  'ees.refNotAreaIndicator': '{value} does not name an area and an indicator',
  'ees.chooseArea':
    '{problem}: this is an Explore Education Statistics file, so choose its area and indicator column, such as ref="{example}" (its areas are {areas}; its indicator columns {indicators})',
  'ees.notColumn': '{value} is not a column of the file: use one of its indicator columns, {indicators}',
  'ees.notIndicator':
    '{value} is not an indicator column (it holds words, not numbers): use one of its indicator columns, {indicators}',
  'ees.notArea': '{value} is not an area in the file: use one of its areas, by name or code: {areas}',
  'ees.areaAtLevels':
    '{value} is an area at more than one geographic_level ({levels}): write its level after it, such as ref="{example}"',
  'ees.notFilter':
    '{value} is not a filter column of the file: use one of {filters}, such as {filter} = {sample}',
  'ees.noFilters': '{value} is not a filter column: the file has none, so remove ", {text}"',
  'ees.notValue': '{value} is not a value of {column} for {area}: use one of {values}',
  'ees.rowsDiffer':
    'picks rows for {area} that differ in {column} ({values}): choose one after the column, such as ref="{example}"',
  'ees.secondRow': 'is a second row for {area} in {period} (the first is row {first}): remove one of them',
  // The deadline timeline's table (timeline.ts).
  'timeline.noTitle':
    'has no "title" column: add a column headed title, one action to a row (the headers are {headers})',
} as const;

export const CY: WelshOf<typeof EN> = {
  'shape.widget.grid': 'grid barnau',
  'shape.widget.matrix': 'matrics RAG',
  'shape.widget.kpi': 'llinell fach DPA',
  'shape.widget.timeline': 'llinell amser dyddiadau cau',
  'shape.why.grades': 'mae graddau yn ei rhesi',
  'shape.why.cells': 'mae celloedd â statws yn ei rhesi',
  'shape.why.actions': 'mae camau gweithredu ynddo',
  'shape.why.series': 'mae cyfres o werthoedd ynddo',
  'shape.why.kpis': 'mae dangosyddion ynddo',
  // The widgets' names follow "ar gyfer" and "nid", which do not mutate them.
  'shape.otherWidget':
    'mae’n edrych fel data ar gyfer {other} ({why}), nid {widget}: defnyddiwch {tag} ar ei gyfer{hint}',
  // "fel arall" (otherwise) before the hint, so that its verb is not mutated after "neu".
  'shape.orHint': '; fel arall, {hint}',
  'shape.wholeReport':
    'mae’n adroddiad cyfan, nid y data ar gyfer {widget} unigol: {hint} (mae’r adroddiad yn dal {holds})',
  'shape.notData': 'nid yw’n ddata ar gyfer {widget}: {hint}',
  'shape.changeSelect': 'newidiwch select="{select}" i {part}',
  'shape.changeSelectOneOf': 'newidiwch select="{select}" i un o {parts}',
  'shape.addSelect': 'ychwanegwch {part} at y tag',
  'shape.chooseSelect': 'dewiswch ran gyda phriodwedd select y tag: {parts}',
  'shape.whereSelect': 'Y rhan a ddewiswyd gan select="{select}"',
  'shape.wherePart': 'Y rhan o’r data ar y llwybr {path}',
  'shape.aPeriod': 'cyfnod',
  'shape.notColumnId':
    '{value}: nid yw’n id colofn: defnyddiwch {ids}, neu ychwanegwch golofn â’r id hwn at "columns"',
  'sheet.otherWidget':
    'mae’n edrych fel tabl ar gyfer {other} (ei golofnau yw {columns}), nid {widget}: defnyddiwch {tag} ar ei gyfer',
  'sheet.CSV': 'CSV',
  'sheet.table': 'tabl',
  // Each field follows "colofn y", which does not mutate it.
  'alias.ambiguous':
    'gallai pob un o’r colofnau {names} fod yn golofn y {field}, felly ni ddarllenir yr un ohonynt: rhowch y pennawd "{own}" i’r un i’w defnyddio',
  'alias.reference': 'cyfeirnod',
  'alias.title': 'teitl',
  'alias.period': 'cyfnod',
  'alias.value': 'gwerth',
  'alias.due': 'dyddiad cau',
  'alias.owner': 'perchennog',
  'alias.completed': 'dyddiad cwblhau',
  'grid.needsRowAndColumn': 'mae angen {row} a {column} arni, felly ni ddarllenir hi: llenwch yr un sy’n wag',
  'grid.noHeader': 'mae gwerthoedd ynddi ond dim pennawd, felly ni ddarllenir hi: rhowch bennawd i’r golofn',
  'grid.notColumn':
    '{value}: nid yw’n golofn yn y {source}{guess}: defnyddiwch y pennawd yn union fel y mae wedi’i ysgrifennu (y penawdau yw {headers})',
  'grid.noLabel': 'nid oes label yn ei cholofn gyntaf, felly ni ddarllenir hi: ysgrifennwch label y rhes yno',
  'grid.expectedCell': 'un radd (fel "Good" neu 2), neu radd gyda nodyn: { "grade": "Good", "note": "…" }',
  'grid.expectedScale': 'enw graddfa ({ids}), neu eich graddfa eich hun: { "id", "name", "grades" }',
  // The first grade's place stands in brackets: after "yn" it would mutate.
  'grid.secondGrade':
    'mae’n rhoi ail radd i {row} ar gyfer {column}; dangosir y gyntaf ({first}): tynnwch yr un sy’n anghywir',
  'grid.parentTwice':
    'mae ei rhiant {parent} yn enwi mwy nag un rhes, felly fe’i rhoddir o dan y gyntaf: rhowch labeli gwahanol i’r rhesi',
  'grid.parentMissing':
    'nid yw ei rhiant {parent} yn rhes yn y {source}, felly fe’i dangosir ar y lefel uchaf: gwiriwch y sillafu, neu ychwanegwch y rhes honno',
  'grid.parentUnder':
    'mae ei rhiant {parent} oddi tani, felly fe’i dangosir ar y lefel uchaf: gwiriwch y golofn parent',
  'rag.expectedCell':
    'un statws neu sgôr (fel "Green" neu "Good"), neu un gyda nodyn: { "rating": "Good", "note": "…" }',
  'rag.expectedMap': 'geiriau sgôr a’u statws',
  'rag.mapHow': 'ysgrifennwch bob gair sgôr, colon a’i statws, gyda chomâu rhyngddynt (lg:green, la:amber)',
  'rag.notMap': '{value}: nid yw’n fap: {how}',
  'rag.notRatingAndStatus': '{value}: nid yw’n sgôr a’i statws: {how}',
  // The words given stand in quotes: "i" does not mutate them.
  'rag.notStatus':
    '{entry}: mae’n rhoi’r statws {status} i {word}, ond nid statws yw hwnnw: defnyddiwch {statuses}',
  'kpi.expectedUnit': '"percent", "count", gair fel "days", { "rate": 10000 } neu { "outOf": 15 }',
  'kpi.expectedValue': 'rhif, neu ddim byd ar gyfer bwlch (gadewch y gwerth allan)',
  'kpi.expectedTarget':
    'un rhif, neu { "period": "2009/10", "value": 80 }, neu sawl un o’r rheini mewn [ ] ar gyfer targed fesul cam',
  'kpi.noColumn': 'nid oes colofn {name}: ychwanegwch golofn â’r pennawd {column} (y penawdau yw {headers})',
  'kpi.refNotNeeded':
    'nid oes ei hangen: nid oes dangosyddion yn y data. Ychwanegwch y dangosyddion at "kpis"',
  // The number stands before "o": digits are not mutated in writing.
  'kpi.refNotSet': 'nid yw wedi’i gosod, ac mae {n} o ddangosyddion yn y data: dewiswch un gyda ref{refs}',
  'kpi.refOneIndicator':
    '{value}: ni ellir ei ddewis: un dangosydd yw’r data, nid sawl un o dan "kpis". Tynnwch ref, neu gwiriwch y ffeil',
  'kpi.refNotFound':
    '{value}: nid yw’n gyfeirnod (ref) unrhyw ddangosydd yn y data: defnyddiwch un o’i gyfeirnodau{refs}',
  'kpi.refTwice':
    '{value}: dyma gyfeirnod (ref) dangosydd cynharach hefyd, a hwnnw a ddangosir: rhowch ei ref ei hun i bob dangosydd',
  'ees.andMore': ', a {n} arall',
  'ees.refNotSet': 'nid yw wedi’i gosod',
  'ees.refNotAreaIndicator': '{value}: nid yw’n enwi ardal a dangosydd',
  'ees.chooseArea':
    '{problem}: ffeil Explore Education Statistics yw hon, felly dewiswch ei hardal a cholofn ei dangosydd, fel ref="{example}" (ei hardaloedd yw {areas}; colofnau ei dangosyddion yw {indicators})',
  'ees.notColumn':
    '{value}: nid yw’n un o golofnau’r ffeil: defnyddiwch un o golofnau ei dangosyddion, {indicators}',
  'ees.notIndicator':
    '{value}: nid yw’n golofn dangosydd (geiriau sydd ynddi, nid rhifau): defnyddiwch un o golofnau ei dangosyddion, {indicators}',
  'ees.notArea':
    '{value}: nid yw’n ardal yn y ffeil: defnyddiwch un o’i hardaloedd, wrth ei henw neu ei chod: {areas}',
  'ees.areaAtLevels':
    '{value}: mae’n ardal ar fwy nag un geographic_level ({levels}): ysgrifennwch ei lefel ar ei hôl, fel ref="{example}"',
  'ees.notFilter':
    '{value}: nid yw’n golofn hidlo yn y ffeil: defnyddiwch un o {filters}, fel {filter} = {sample}',
  'ees.noFilters': '{value}: nid yw’n golofn hidlo: nid oes un yn y ffeil, felly tynnwch ", {text}"',
  // The column's header and the area's name follow "y golofn" and "ar gyfer", which do not mutate them.
  'ees.notValue':
    '{value}: nid yw’n un o werthoedd y golofn {column} ar gyfer {area}: defnyddiwch un o {values}',
  'ees.rowsDiffer':
    'mae’n dewis rhesi ar gyfer {area} sy’n wahanol yn y golofn {column} ({values}): dewiswch un ar ôl y golofn, fel ref="{example}"',
  'ees.secondRow':
    'mae’n ail res ar gyfer {area} yn y cyfnod {period} (rhes {first} yw’r gyntaf): tynnwch un ohonynt',
  'timeline.noTitle':
    'nid oes colofn "title": ychwanegwch golofn â’r pennawd title, un cam gweithredu i bob rhes (y penawdau yw {headers})',
};
