/**
 * Problem messages of the schema area (see the file list in README, Languages): the schema readers
 * (core/schema.ts) and what they expect, statuses (status.ts), grades and scales (scales.ts), links (links.ts)
 * and the `export` attribute (export/kinds.ts). Welsh: kit's own wording unless a key says otherwise, NEEDS
 * REVIEW BY A WELSH SPEAKER.
 *
 * Each message follows its place (`Row "…": is missing: add it`), so the Welsh starts without a subject
 * (`ar goll: ychwanegwch ef`), or with the value and a colon (`{value}: nid yw’n rhif`) so that nothing from
 * the data mutates. The words to type (`true`, `none`, `csv`, a grade's label, `"not judged"`) are what the
 * readers take, and stay as the data writes them.
 */
import type { WelshOf } from '../types.js';

export const EN = {
  // What a reader expects, inside other messages ("write a number instead").
  'schema.text': 'text',
  'schema.aNumber': 'a number',
  'schema.trueOrFalse': 'true or false',
  'schema.oneOf': 'one of {words}',
  'schema.orAlso': 'or {words}',
  // How much is read of one document.
  'schema.stoppedValues':
    'is where reading stopped: the data holds more than {most} values in all, more than a widget can show, so the rest is not read: split the data into smaller files, or pick part of it with select',
  'schema.stoppedText':
    'is where reading stopped: the data holds more than {most} characters of text, more than a widget can show, so the rest is not read: split the data into smaller files, or pick part of it with select',
  'schema.tooManyItems':
    'holds {count} items: only the first {most} are read and shown (split the data, or pick part of it with select)',
  'schema.tooManyNames':
    'holds {count} names: only the first {most} are read and shown (split the data, or pick part of it with select)',
  'schema.tooDeep': 'is nested more than {most} levels deep: move its parts up a level',
  // Data that is not plain data.
  'schema.cycle':
    'contains itself: it is {place} again, so reading it would never end: give a copy of the part instead',
  'schema.wholeData': 'the whole data',
  'schema.partHoldingIt': 'a part of the data that holds it',
  'schema.readError':
    'could not be read: reading it raised an error ({error}): give plain data (for example JSON.parse(JSON.stringify(data)))',
  'schema.errorUnshowable': 'an error that cannot be shown',
  'schema.forbiddenName': 'is a name the kit never reads, to keep the page safe: rename it',
  // Values of the wrong kind.
  'schema.notText': 'should be text, not {value}: write the words here, in quotes',
  'schema.empty': 'is empty: fill it in',
  'schema.notGroup':
    'should be a group of named values in { }, not {value}: write it as { "name": value, … }',
  'schema.notList':
    'should be several values in [ ], not {value}: put the items between [ and ], with commas between them',
  'schema.notEmpty': 'should be empty, not {value}: remove it',
  'schema.missing': 'is missing: add it',
  'schema.notBoolean': '{value} is not yes or no: write true or false',
  'schema.notWord': '{value} is not a word this takes{guess}: use {words}',
  'schema.writeInstead': 'holds {value}: write {expected} instead',
  // The length of a list: `{length}` is the number as written (no thousands separator), `count` chooses the words.
  'schema.countExactly': { one: 'holds {length} value: give {n}', other: 'holds {length} values: give {n}' },
  'schema.countAtLeast': {
    one: 'holds {length} value: give at least {n}',
    other: 'holds {length} values: give at least {n}',
  },
  'schema.countBetween': {
    one: 'holds {length} value: give {low} to {high}',
    other: 'holds {length} values: give {low} to {high}',
  },
  // Numbers.
  'schema.notNumber': '{value} is not a number: write a plain number, such as 76.5 or 1234',
  'schema.lessThan': '{number} is less than {min}: use {min} or more',
  'schema.percentSign':
    '{value} has a per cent sign: write the number alone, {number} (a KPI in per cent says "unit": "percent")',
  'schema.money':
    '{value} is written as money or with k, m or bn: write the plain number, {number}, and name the currency or unit in the title',
  'schema.bracketNegative': '{value} is a negative number in brackets: write it with a minus sign, {number}',
  'schema.spaceThousands': '{value} has a space between the thousands: write {number}',
  'schema.spaceThousandsComma':
    '{value} has a space between the thousands and a comma before the decimals: write {number}',
  'schema.pointThousands':
    '{value} has a point between the thousands, as written in much of Europe: write {number}',
  'schema.pointThousandsComma':
    '{value} has a point between the thousands and a comma before the decimals, as written in much of Europe: write {number}',
  'schema.commaDecimal': '{value} has a comma before the decimals: write {number}',
  // Statuses and ratings (status.ts).
  'status.emptyCell': 'is empty: write a status ({statuses}) or a rating ({ratings})',
  'status.notRating': '{value} is not a rating{guess}: use {ratings} (or a status: {statuses})',
  'status.notStatus': '{value} is not a status or a rating{guess}: use {statuses} (or a rating: {ratings})',
  // Grades and scales (scales.ts).
  'scale.unknown': '{value} is not a scale{guess}: use {scales}, or describe your own scale in the data',
  'scale.narrativeGrade':
    '{value} reads as a grade{guess}, but this column is set to "narrative" (judgements in words, with no grades): write the judgement in words, or give the column its grade scale in the scale or column-scales attribute',
  'scale.notGrade':
    '{value} is not a grade on the {scale}{guess}: use {grades}{numbers}{states}; leave it empty or write "not judged" for no judgement',
  'scale.orNumber': ', or {n}',
  'scale.orNumberFrom': ', or a number from {low} to {high}',
  'scale.orNumberFromBest': ', or a number from {low} to {high} ({high} is best)',
  'scale.statesWords': '; write {states} where the inspectorate gave none',
  'scale.twoGrades':
    '{value} gives two grades: {digits} is {grade} on the {scale}, not {other}. Check the report and write one of them, {first} or {second}',
  // Links (links.ts).
  'link.unsafe': '{value} is not linked, to keep the page safe: use an https, http or relative link',
  // The export attribute (export/kinds.ts).
  'export.expected': 'none, or any of {kinds}',
  'export.noneWithOthers':
    'none is given with other kinds of download: write none alone, or any of {kinds} with spaces between (export="csv png")',
  'export.notKind':
    '{value} is not a kind of download{guess}: write none alone, or any of {kinds} with spaces between (export="csv png")',
} as const;

export const CY: WelshOf<typeof EN> = {
  'schema.text': 'testun',
  'schema.aNumber': 'rhif',
  // Words to type, as the reader takes them: quoted, so that they are not mutated after "neu".
  'schema.trueOrFalse': '"true" neu "false"',
  'schema.oneOf': 'un o {words}',
  'schema.orAlso': 'neu {words}',
  // The numbers follow "na" and stand before "o": digits are not mutated in writing.
  'schema.stoppedValues':
    'dyma lle daeth y darllen i ben: mae mwy na {most} o werthoedd i gyd yn y data, mwy nag y gall teclyn eu dangos, felly ni ddarllenir y gweddill: rhannwch y data yn ffeiliau llai, neu ddewiswch ran ohono gyda select',
  'schema.stoppedText':
    'dyma lle daeth y darllen i ben: mae mwy na {most} o nodau o destun yn y data, mwy nag y gall teclyn eu dangos, felly ni ddarllenir y gweddill: rhannwch y data yn ffeiliau llai, neu ddewiswch ran ohono gyda select',
  'schema.tooManyItems':
    'mae ynddo {count} o eitemau: dim ond y {most} cyntaf a ddarllenir ac a ddangosir (rhannwch y data, neu ddewiswch ran ohono gyda select)',
  'schema.tooManyNames':
    'mae ynddo {count} o enwau: dim ond y {most} cyntaf a ddarllenir ac a ddangosir (rhannwch y data, neu ddewiswch ran ohono gyda select)',
  'schema.tooDeep': 'mae wedi’i nythu mwy na {most} o lefelau o ddyfnder: symudwch ei rannau i fyny un lefel',
  'schema.cycle':
    'mae’n ei gynnwys ei hun: {place} yw hwn eto, felly ni fyddai ei ddarllen byth yn dod i ben: rhowch gopi o’r rhan yn lle hynny',
  'schema.wholeData': 'y data cyfan',
  'schema.partHoldingIt': 'rhan o’r data sy’n ei ddal',
  'schema.readError':
    'ni ellid ei ddarllen: cododd gwall wrth ei ddarllen ({error}): rhowch ddata plaen (er enghraifft JSON.parse(JSON.stringify(data)))',
  'schema.errorUnshowable': 'gwall na ellir ei ddangos',
  'schema.forbiddenName':
    'mae’n enw nad yw’r pecyn byth yn ei ddarllen, er mwyn cadw’r dudalen yn ddiogel: ailenwch ef',
  'schema.notText': 'dylai fod yn destun, nid {value}: ysgrifennwch y geiriau yma, rhwng dyfynodau',
  'schema.empty': 'mae’n wag: llenwch ef',
  'schema.notGroup':
    'dylai fod yn grŵp o werthoedd ag enwau mewn { }, nid {value}: ysgrifennwch ef fel { "enw": gwerth, … }',
  'schema.notList':
    'dylai fod yn sawl gwerth mewn [ ], nid {value}: rhowch yr eitemau rhwng [ a ], gyda chomâu rhyngddynt',
  'schema.notEmpty': 'dylai fod yn wag, nid {value}: tynnwch ef',
  'schema.missing': 'ar goll: ychwanegwch ef',
  'schema.notBoolean': '{value}: nid yw’n golygu ie neu na: ysgrifennwch true neu false',
  'schema.notWord': '{value}: nid yw’n air y mae hwn yn ei dderbyn{guess}: defnyddiwch {words}',
  // What is expected stands after a colon: a verb before it would mutate it.
  'schema.writeInstead': '{value}: yn lle hynny, ysgrifennwch: {expected}',
  // "gwerth" after a number is as said: 1 gwerth, 2 werth, 3 gwerth, 6 gwerth, {length} o werthoedd.
  'schema.countExactly': {
    zero: 'does dim gwerth ynddo: rhowch {n}',
    one: 'mae 1 gwerth ynddo: rhowch {n}',
    two: 'mae 2 werth ynddo: rhowch {n}',
    few: 'mae 3 gwerth ynddo: rhowch {n}',
    many: 'mae 6 gwerth ynddo: rhowch {n}',
    other: 'mae {length} o werthoedd ynddo: rhowch {n}',
  },
  'schema.countAtLeast': {
    zero: 'does dim gwerth ynddo: rhowch o leiaf {n}',
    one: 'mae 1 gwerth ynddo: rhowch o leiaf {n}',
    two: 'mae 2 werth ynddo: rhowch o leiaf {n}',
    few: 'mae 3 gwerth ynddo: rhowch o leiaf {n}',
    many: 'mae 6 gwerth ynddo: rhowch o leiaf {n}',
    other: 'mae {length} o werthoedd ynddo: rhowch o leiaf {n}',
  },
  'schema.countBetween': {
    zero: 'does dim gwerth ynddo: rhowch o {low} i {high}',
    one: 'mae 1 gwerth ynddo: rhowch o {low} i {high}',
    two: 'mae 2 werth ynddo: rhowch o {low} i {high}',
    few: 'mae 3 gwerth ynddo: rhowch o {low} i {high}',
    many: 'mae 6 gwerth ynddo: rhowch o {low} i {high}',
    other: 'mae {length} o werthoedd ynddo: rhowch o {low} i {high}',
  },
  'schema.notNumber': '{value}: nid yw’n rhif: ysgrifennwch rif plaen, fel 76.5 neu 1234',
  'schema.lessThan': '{number}: mae’n llai na {min}: defnyddiwch {min} neu fwy',
  // DPA: dangosydd perfformiad allweddol (KPI).
  'schema.percentSign':
    '{value}: mae arwydd y cant ynddo: ysgrifennwch y rhif ar ei ben ei hun, {number} (mae DPA mewn canrannau yn dweud "unit": "percent")',
  'schema.money':
    '{value}: mae wedi’i ysgrifennu fel arian neu gyda k, m neu bn: ysgrifennwch y rhif plaen, {number}, ac enwch yr arian cyfred neu’r uned yn y teitl',
  'schema.bracketNegative':
    '{value}: rhif negatif mewn cromfachau yw hwn: ysgrifennwch ef ag arwydd minws, {number}',
  'schema.spaceThousands': '{value}: mae bwlch rhwng y miloedd: ysgrifennwch {number}',
  'schema.spaceThousandsComma':
    '{value}: mae bwlch rhwng y miloedd a choma cyn y degolion: ysgrifennwch {number}',
  'schema.pointThousands':
    '{value}: mae pwynt rhwng y miloedd, fel yr ysgrifennir mewn llawer o Ewrop: ysgrifennwch {number}',
  'schema.pointThousandsComma':
    '{value}: mae pwynt rhwng y miloedd a choma cyn y degolion, fel yr ysgrifennir mewn llawer o Ewrop: ysgrifennwch {number}',
  'schema.commaDecimal': '{value}: mae coma cyn y degolion: ysgrifennwch {number}',
  'status.emptyCell': 'mae’n wag: ysgrifennwch statws ({statuses}) neu sgôr ({ratings})',
  'status.notRating': '{value}: nid yw’n sgôr{guess}: defnyddiwch {ratings} (neu statws: {statuses})',
  'status.notStatus':
    '{value}: nid yw’n statws nac yn sgôr{guess}: defnyddiwch {statuses} (neu sgôr: {ratings})',
  'scale.unknown':
    '{value}: nid yw’n raddfa{guess}: defnyddiwch {scales}, neu ddisgrifiwch eich graddfa eich hun yn y data',
  'scale.narrativeGrade':
    '{value}: mae’n darllen fel gradd{guess}, ond mae’r golofn hon wedi’i gosod i "narrative" (barnau mewn geiriau, heb raddau): ysgrifennwch y farn mewn geiriau, neu rowch ei graddfa i’r golofn yn y briodwedd scale neu column-scales',
  // The scale's name stands in brackets, so that "ar" does not mutate it.
  'scale.notGrade':
    '{value}: nid yw’n radd ar y raddfa hon ({scale}){guess}: defnyddiwch {grades}{numbers}{states}; gadewch ef yn wag neu ysgrifennwch "not judged" pan nad oes barn',
  'scale.orNumber': ', neu {n}',
  'scale.orNumberFrom': ', neu rif o {low} i {high}',
  'scale.orNumberFromBest': ', neu rif o {low} i {high} ({high} yw’r gorau)',
  'scale.statesWords': '; ysgrifennwch {states} lle na roddodd yr arolygiaeth radd',
  'scale.twoGrades':
    '{value}: mae’n rhoi dwy radd: {digits} yw {grade} ar y raddfa hon ({scale}), nid {other}. Gwiriwch yr adroddiad ac ysgrifennwch un ohonynt, {first} neu {second}',
  'link.unsafe':
    '{value}: ni chaiff ei droi’n ddolen, er mwyn cadw’r dudalen yn ddiogel: defnyddiwch ddolen https, http neu berthynol',
  'export.expected': 'none, neu unrhyw rai o {kinds}',
  'export.noneWithOthers':
    'rhoddir none gyda mathau eraill o lawrlwytho: ysgrifennwch none ar ei ben ei hun, neu unrhyw rai o {kinds} gyda bylchau rhyngddynt (export="csv png")',
  'export.notKind':
    '{value}: nid yw’n fath o lawrlwytho{guess}: ysgrifennwch none ar ei ben ei hun, neu unrhyw rai o {kinds} gyda bylchau rhyngddynt (export="csv png")',
};
