/**
 * Problem messages of the sheets area (see the file list in README, Languages): CSV and pasted tables (csv.ts),
 * and loading (load/: fetching `src`, its address, JSON text, `select`, how a file's bytes were read). Welsh:
 * kit's own wording unless a key says otherwise, NEEDS REVIEW BY A WELSH SPEAKER.
 *
 * Each message follows its place (`CSV row 5: has 4 cells…`, `The file at …: the server answered 404…`,
 * `Line 3, column 1 is not valid JSON…`), so the Welsh starts without a subject, or with the value and a colon
 * (`{src}: nid yw’n gyfeiriad gwe`). A row or line number, a status and a count of cells are written as the
 * data has them (no thousands separator), as the English always wrote them. Names from Excel's menus
 * ("CSV UTF-8", "Unicode text") and from the web (CORS, UTF-8) stay as they are.
 */
import type { WelshOf } from '../types.js';

export const EN = {
  // A place in a sheet (csv.ts `sheetPlaceIn`): the path stays British English; the error panel says these.
  'csv.csvRow': 'CSV row {row}',
  'csv.tableRow': 'table row {row}',
  'csv.column': '{place}, column {column}',
  'csv.columnNumber': '{place}, column {n}',
  'csv.theCsv': 'CSV',
  'csv.theTable': 'table',
  'json.place': 'line {line}, column {column}',
  // How a CSV file was read (a note under the widget).
  'csv.readAs1252': 'Read as Windows-1252 text',
  'csv.read': 'Read',
  'csv.readAsUtf16': 'Read as UTF-16 text',
  'csv.between': '{read} {with} between columns',
  'csv.withCommas': 'with commas',
  'csv.withSemicolons': 'with semicolons',
  'csv.withTabs': 'with tabs',
  'csv.whyRegions': 'as Excel saves CSV in some regions',
  'csv.why1252': 'as Excel saves "CSV (Comma delimited)"',
  'csv.whyUnicode': 'as Excel saves "Unicode text"',
  'csv.whyCopied': 'as copying cells from Excel gives',
  'csv.fix1252': 'If a letter or symbol looks wrong, save the file as "CSV UTF-8".',
  'csv.tableTitle':
    "The table's first row, {title}, was read as its title, and the row under it as its header.",
  // Problems with the CSV text itself.
  'csv.unclosedQuote':
    'has a quote (") that opens a cell and is never closed, so it was read without it: put a closing quote after the cell’s text, or remove the opening one',
  'csv.twoSeparators':
    'splits into {columns} columns {with} and {withOther} alike; it was read {with}. If the columns look wrong, put quotes round each header and cell that holds a comma or a semicolon',
  'csv.comma': 'comma',
  'csv.semicolon': 'semicolon',
  'csv.tab': 'tab',
  // `{cells}` and `{header}` as written; `count` (the cells not read) chooses the words.
  'csv.extraCells': {
    one: 'has {cells} cells but the header has {header}: {extra} is not read. Put quotes round a cell that holds a {separator}, or add the missing header',
    other:
      'has {cells} cells but the header has {header}: {extra} are not read. Put quotes round a cell that holds a {separator}, or add the missing header',
  },
  'csv.moreExtraRows': {
    one: '{n} more row has more cells than the header: check the separator the file uses, and put quotes round cells that hold it',
    other:
      '{n} more rows have more cells than the header: check the separator the file uses, and put quotes round cells that hold it',
  },
  'csv.decimalComma':
    '{cell} may be {point} written with a decimal comma, as Excel writes numbers where semicolons separate columns: write {point}, or {plain} without the comma',
  'csv.moreDecimals':
    '{n} more cells may be written with a decimal comma: save the file from Excel as "CSV UTF-8", or write decimals with a point',
  // How a JSON file's bytes were read (decode.ts).
  'decode.json1252':
    'Read as Windows-1252 text, as the file is not UTF-8. If a letter or symbol looks wrong, save the file as UTF-8.',
  'decode.jsonUtf16':
    'Read as UTF-16 text, as the file’s first bytes say. If another program cannot read the file, save it as UTF-8.',
  // JSON text (json.ts), after its place `line 3, column 1`.
  'json.invalid': 'is not valid JSON: {hint}',
  'json.trailingComma': 'there is a comma before a closing bracket: remove it',
  'json.comments': 'comments are not allowed in JSON: remove them',
  'json.endsEarly': 'the file ends too early: check that it was copied or saved whole',
  'json.checkHere': 'check the quotes, commas and brackets here (the browser says: {reason})',
  // The address in src (url.ts), after the place `The file named in src`.
  'url.notAddress': '{src} is not a web address: check the src attribute',
  'url.password':
    '{src} has a user name or password in it: remove them from src (the kit never sends them; the browser signs in for the page)',
  'url.protocol': '{src} was not fetched, to keep the page safe: use an https, http or relative address',
  // Fetching (fetch.ts, shared.ts), after the place `The file at {url}`; `{from}` is `fetch.sentOn` or nothing.
  'fetch.sentOn': ' (after the request was sent on to {url})',
  'fetch.status': 'the server answered {status}{from}: {fix}',
  'fetch.fixMissing':
    'there is no file at this address. Check the src address, and that the file was uploaded',
  'fetch.fixSignIn': 'the file needs signing in, or this page may not read it. Check who may see the file',
  'fetch.fixServer': 'the server had a fault. Try again later with {retry}',
  'fetch.fixAddress': 'check the src address',
  'fetch.webPage':
    'the server sent a web page, not data{from}: check the address, and that the file does not need signing in to',
  'fetch.unreachable':
    'could not reach the file ({error}): the page may be offline, or the server does not let this page read it (CORS)',
  'fetch.networkError': 'network error',
  'fetch.tooLarge':
    'the file is too large ({size}; the limit is {limit}){from}: split it, or keep only the part to show',
  'fetch.tooLargeOver': 'the file is too large (over {limit}){from}: split it, or keep only the part to show',
  'fetch.timeout': 'no answer from the server after {seconds} seconds',
  // select (select.ts), after the place `The select attribute`.
  'select.theData': 'the data',
  'select.forbidden':
    '{step} is a name the kit never reads, to keep the page safe: check the select attribute',
  // `{length}` as written; `count` chooses the words.
  'select.noIndex': {
    one: '{at} holds {length} part numbered from 0, so there is no {step}: use 0',
    other: '{at} holds {length} parts numbered from 0, so there is no {step}: use a number from 0 to {last}',
  },
  'select.noPart': 'there is no part {step} in {at}{guess}: {fix}',
  'select.use': 'use {parts}',
  'select.useMore': 'use {parts} (or another of its parts)',
  'select.checkFile': 'check the file',
  'select.noParts': '{at} is {value}, which has no parts: remove {step} from select',
} as const;

export const CY: WelshOf<typeof EN> = {
  'csv.csvRow': 'rhes {row} yn y CSV',
  'csv.tableRow': 'rhes {row} yn y tabl',
  'csv.column': '{place}, colofn {column}',
  'csv.columnNumber': '{place}, colofn {n}',
  'csv.theCsv': 'y CSV',
  'csv.theTable': 'y tabl',
  'json.place': 'llinell {line}, colofn {column}',
  'csv.readAs1252': 'Darllenwyd fel testun Windows-1252',
  'csv.read': 'Darllenwyd',
  'csv.readAsUtf16': 'Darllenwyd fel testun UTF-16',
  'csv.between': '{read} {with} rhwng y colofnau',
  'csv.withCommas': 'gyda chomas',
  'csv.withSemicolons': 'gyda hanner colonau',
  'csv.withTabs': 'gyda thabiau',
  'csv.whyRegions': 'fel y mae Excel yn cadw CSV mewn rhai rhanbarthau',
  'csv.why1252': 'fel y mae Excel yn cadw "CSV (Comma delimited)"',
  'csv.whyUnicode': 'fel y mae Excel yn cadw "Unicode text"',
  'csv.whyCopied': 'fel y daw wrth gopïo celloedd o Excel',
  'csv.fix1252': 'Os yw llythyren neu symbol yn edrych yn anghywir, cadwch y ffeil fel "CSV UTF-8".',
  'csv.tableTitle':
    'Darllenwyd rhes gyntaf y tabl, {title}, fel ei deitl, a’r rhes oddi tani fel ei bennawd.',
  'csv.unclosedQuote':
    'mae ynddi ddyfynnod (") sy’n agor cell ac nad yw byth yn cau, felly fe’i darllenwyd hebddo: rhowch ddyfynnod cau ar ôl testun y gell, neu tynnwch yr un agor',
  'csv.twoSeparators':
    'mae’n rhannu’n {columns} o golofnau {with} a {withOther} fel ei gilydd; fe’i darllenwyd {with}. Os yw’r colofnau’n edrych yn anghywir, rhowch ddyfynodau o amgylch pob pennawd a chell sy’n cynnwys coma neu hanner colon',
  'csv.comma': 'coma',
  'csv.semicolon': 'hanner colon',
  'csv.tab': 'tab',
  'csv.extraCells': {
    zero: 'mae {cells} o gelloedd ynddi ond {header} sydd yn y pennawd: ni ddarllenir {extra}. Rhowch ddyfynodau o amgylch cell sy’n cynnwys {separator}, neu ychwanegwch y pennawd sydd ar goll',
    one: 'mae {cells} o gelloedd ynddi ond {header} sydd yn y pennawd: ni ddarllenir {extra}. Rhowch ddyfynodau o amgylch cell sy’n cynnwys {separator}, neu ychwanegwch y pennawd sydd ar goll',
    two: 'mae {cells} o gelloedd ynddi ond {header} sydd yn y pennawd: ni ddarllenir {extra}. Rhowch ddyfynodau o amgylch cell sy’n cynnwys {separator}, neu ychwanegwch y pennawd sydd ar goll',
    few: 'mae {cells} o gelloedd ynddi ond {header} sydd yn y pennawd: ni ddarllenir {extra}. Rhowch ddyfynodau o amgylch cell sy’n cynnwys {separator}, neu ychwanegwch y pennawd sydd ar goll',
    many: 'mae {cells} o gelloedd ynddi ond {header} sydd yn y pennawd: ni ddarllenir {extra}. Rhowch ddyfynodau o amgylch cell sy’n cynnwys {separator}, neu ychwanegwch y pennawd sydd ar goll',
    other:
      'mae {cells} o gelloedd ynddi ond {header} sydd yn y pennawd: ni ddarllenir {extra}. Rhowch ddyfynodau o amgylch cell sy’n cynnwys {separator}, neu ychwanegwch y pennawd sydd ar goll',
  },
  'csv.moreExtraRows': {
    zero: 'mae gan {n} o resi eraill fwy o gelloedd na’r pennawd: gwiriwch y gwahanydd y mae’r ffeil yn ei ddefnyddio, a rhowch ddyfynodau o amgylch celloedd sy’n ei gynnwys',
    one: 'mae gan {n} rhes arall fwy o gelloedd na’r pennawd: gwiriwch y gwahanydd y mae’r ffeil yn ei ddefnyddio, a rhowch ddyfynodau o amgylch celloedd sy’n ei gynnwys',
    two: 'mae gan {n} o resi eraill fwy o gelloedd na’r pennawd: gwiriwch y gwahanydd y mae’r ffeil yn ei ddefnyddio, a rhowch ddyfynodau o amgylch celloedd sy’n ei gynnwys',
    few: 'mae gan {n} o resi eraill fwy o gelloedd na’r pennawd: gwiriwch y gwahanydd y mae’r ffeil yn ei ddefnyddio, a rhowch ddyfynodau o amgylch celloedd sy’n ei gynnwys',
    many: 'mae gan {n} o resi eraill fwy o gelloedd na’r pennawd: gwiriwch y gwahanydd y mae’r ffeil yn ei ddefnyddio, a rhowch ddyfynodau o amgylch celloedd sy’n ei gynnwys',
    other:
      'mae gan {n} o resi eraill fwy o gelloedd na’r pennawd: gwiriwch y gwahanydd y mae’r ffeil yn ei ddefnyddio, a rhowch ddyfynodau o amgylch celloedd sy’n ei gynnwys',
  },
  'csv.decimalComma':
    '{cell}: efallai mai {point} yw hwn wedi’i ysgrifennu gyda choma degol, fel y mae Excel yn ysgrifennu rhifau lle mae hanner colonau’n gwahanu’r colofnau: ysgrifennwch {point}, neu {plain} heb y coma',
  'csv.moreDecimals':
    'efallai fod {n} o gelloedd eraill wedi’u hysgrifennu gyda choma degol: cadwch y ffeil o Excel fel "CSV UTF-8", neu ysgrifennwch ddegolion gyda phwynt',
  'decode.json1252':
    'Darllenwyd fel testun Windows-1252, gan nad yw’r ffeil yn UTF-8. Os yw llythyren neu symbol yn edrych yn anghywir, cadwch y ffeil fel UTF-8.',
  'decode.jsonUtf16':
    'Darllenwyd fel testun UTF-16, fel y dywed beitiau cyntaf y ffeil. Os na fydd rhaglen arall yn gallu darllen y ffeil, cadwch hi fel UTF-8.',
  // After `Llinell 3, colofn 1` and a space: "… yw’r man lle nad yw’r testun yn JSON dilys".
  'json.invalid': 'yw’r man lle nad yw’r testun yn JSON dilys: {hint}',
  'json.trailingComma': 'mae coma cyn braced cau: tynnwch ef',
  'json.comments': 'ni chaniateir sylwadau mewn JSON: tynnwch nhw',
  'json.endsEarly':
    'mae’r ffeil yn dod i ben yn rhy gynnar: gwiriwch iddi gael ei chopïo neu ei chadw’n gyfan',
  'json.checkHere': 'gwiriwch y dyfynodau, y comas a’r bracedi yma (dywed y porwr: {reason})',
  'url.notAddress': '{src}: nid yw’n gyfeiriad gwe: gwiriwch y briodwedd src',
  'url.password':
    '{src}: mae enw defnyddiwr neu gyfrinair ynddo: tynnwch nhw o src (nid yw’r pecyn byth yn eu hanfon; mae’r porwr yn mewngofnodi ar ran y dudalen)',
  'url.protocol':
    '{src}: ni chafodd ei nôl, er mwyn cadw’r dudalen yn ddiogel: defnyddiwch gyfeiriad https, http neu berthynol',
  'fetch.sentOn': ' (ar ôl i’r cais gael ei anfon ymlaen i {url})',
  'fetch.status': 'atebodd y gweinydd {status}{from}: {fix}',
  'fetch.fixMissing':
    'nid oes ffeil yn y cyfeiriad hwn. Gwiriwch y cyfeiriad src, a bod y ffeil wedi’i llwytho i fyny',
  'fetch.fixSignIn':
    'mae angen mewngofnodi i weld y ffeil, neu efallai na chaiff y dudalen hon ei darllen. Gwiriwch pwy sy’n cael gweld y ffeil',
  'fetch.fixServer': 'roedd nam ar y gweinydd. Rhowch gynnig arall arni’n nes ymlaen gyda’r botwm "{retry}"',
  'fetch.fixAddress': 'gwiriwch y cyfeiriad src',
  'fetch.webPage':
    'anfonodd y gweinydd dudalen we, nid data{from}: gwiriwch y cyfeiriad, ac nad oes angen mewngofnodi i weld y ffeil',
  'fetch.unreachable':
    'ni ellid cyrraedd y ffeil ({error}): efallai fod y dudalen all-lein, neu nad yw’r gweinydd yn gadael i’r dudalen hon ei darllen (CORS)',
  'fetch.networkError': 'gwall rhwydwaith',
  'fetch.tooLarge':
    'mae’r ffeil yn rhy fawr ({size}; y terfyn yw {limit}){from}: rhannwch hi, neu cadwch y rhan i’w dangos yn unig',
  'fetch.tooLargeOver':
    'mae’r ffeil yn rhy fawr (dros {limit}){from}: rhannwch hi, neu cadwch y rhan i’w dangos yn unig',
  'fetch.timeout': 'dim ateb gan y gweinydd ar ôl {seconds} eiliad',
  'select.theData': 'y data',
  'select.forbidden':
    '{step}: mae’n enw nad yw’r pecyn byth yn ei ddarllen, er mwyn cadw’r dudalen yn ddiogel: gwiriwch y briodwedd select',
  'select.noIndex': {
    zero: '{at}: mae ynddo {length} o rannau, wedi’u rhifo o 0, felly nid oes {step}: defnyddiwch rif o 0 i {last}',
    one: '{at}: mae ynddo {length} rhan, wedi’i rhifo o 0, felly nid oes {step}: defnyddiwch 0',
    two: '{at}: mae ynddo {length} o rannau, wedi’u rhifo o 0, felly nid oes {step}: defnyddiwch rif o 0 i {last}',
    few: '{at}: mae ynddo {length} o rannau, wedi’u rhifo o 0, felly nid oes {step}: defnyddiwch rif o 0 i {last}',
    many: '{at}: mae ynddo {length} o rannau, wedi’u rhifo o 0, felly nid oes {step}: defnyddiwch rif o 0 i {last}',
    other:
      '{at}: mae ynddo {length} o rannau, wedi’u rhifo o 0, felly nid oes {step}: defnyddiwch rif o 0 i {last}',
  },
  'select.noPart': '{at}: nid oes rhan o’r enw {step} ynddo{guess}: {fix}',
  'select.use': 'defnyddiwch {parts}',
  'select.useMore': 'defnyddiwch {parts} (neu un arall o’i rannau)',
  'select.checkFile': 'gwiriwch y ffeil',
  'select.noParts': '{at}: {value} yw hwn, heb rannau ynddo: tynnwch {step} o select',
};
